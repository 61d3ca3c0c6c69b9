package review

import (
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

var suppressNoReason = &Rule{
	ID: "G902", Name: "suppression-without-reason", Title: "Suppression without a reason",
	Severity: Warning,
	Why:      "Silencing a finding is a drafting decision a reviewer must be able to check. A suppression without a reason hides a weakness without saying why it is acceptable, so it does not take effect.",
	Source:   "staticcheck's rule that ignore directives need a justification",
	Fix:      "Give the suppression a reason (suppress: [{rule: G204, reason: \"...\"}]) or remove it.",
	Evidence: "The spec's suppress list.",
}

var suppressUnknown = &Rule{
	ID: "G903", Name: "unknown-suppression", Title: "Suppression of no known rule",
	Severity: Warning,
	Why:      "A suppression that names no rule, or a rule that does not exist (a typo, a retired ID), silences nothing and misleads the reader.",
	Source:   "staticcheck's check of ignore directives",
	Fix:      "Name a rule by ID or name; `guarantor rules` lists them.",
	Evidence: "The spec's suppress list.",
}

var suppressUnused = &Rule{
	ID: "G904", Name: "unused-suppression", Title: "Suppression that matches no finding",
	Severity: Info,
	Why:      "A suppression that silences nothing is left over from an earlier draft; it will silently hide the weakness if it comes back.",
	Source:   "staticcheck's report of unused ignore directives",
	Fix:      "Remove the suppression.",
	Evidence: "The spec's suppress list and the findings.",
}

// suppress marks the findings each valid suppression silences, and reports suppressions that
// are invalid or unused.
func (p *pass) suppress(final bool) {
	for i, s := range p.in.Suppress {
		r := Lookup(s.Rule)
		pos := p.suppressPos(i, s)
		if final {
			p.checkSuppression(s, r, pos)
		}
		if r == nil || s.Reason == "" {
			continue
		}
		for _, f := range p.findings {
			if f.Rule == r && !f.Suppressed {
				f.Suppressed, f.Reason, f.SuppressedAt = true, s.Reason, pos
			}
		}
	}
}

func (p *pass) checkSuppression(s generator.Suppression, r *Rule, pos generator.Position) {
	add := func(rule *Rule, format string, args ...any) {
		p.rule = rule
		f := p.reportSpec(rule.Severity, nil, format, args...)
		f.Pos = pos
	}
	switch {
	case s.Rule == "":
		add(suppressUnknown, "the suppression names no rule")
	case r == nil:
		msg := "the suppression names %q, which is not a rule"
		if hint := suggestRule(s.Rule); hint != "" {
			msg += "; did you mean " + hint + "?"
		}
		add(suppressUnknown, msg, s.Rule)
	case s.Reason == "":
		add(suppressNoReason, "the suppression of %s %s gives no reason, so it does not apply", r.ID, r.Name)
	default:
		for _, f := range p.findings {
			if f.Rule == r {
				return
			}
		}
		add(suppressUnused, "the suppression of %s %s matches no finding", r.ID, r.Name)
	}
}

func (p *pass) suppressPos(i int, s generator.Suppression) generator.Position {
	if s.Pos.Line > 0 {
		return s.Pos
	}
	return p.keyPos("suppress", i)
}

// suggestRule returns the closest rule ID or name to s, or "".
func suggestRule(s string) string {
	var names []string
	for _, r := range registry {
		names = append(names, r.ID, r.Name)
	}
	if h := decode.Suggest(s, names); h != "" {
		return `"` + h + `"`
	}
	return ""
}
