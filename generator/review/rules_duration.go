package review

import (
	"slices"
	"strings"
)

// askedYears is the term Ukraine asks for; askedNotice the notice NATO and the VCLT default set.
const (
	askedYears  = 20
	askedNotice = 12
)

var noDuration = &Rule{
	ID: "G501", Name: "no-duration-or-exit", Title: "No duration or no exit clause",
	Severity: Warning, Weakness: []int{11},
	Why:      "A guarantee must outlast the adversary's planning horizon. An instrument silent on duration and exit invites disputes: under VCLT Art. 56 a treaty silent on exit can be left if a right of withdrawal is implied, on twelve months' notice. Budapest had neither.",
	Source:   "weaknesses.md §4, §5 (duration); VCLT Art. 56; North Atlantic Treaty Art. 13",
	Fix:      "Add duration/fixed-term (years: 20) and an exit clause with notice and survival: final/denunciation in a treaty, final/mou-discontinuation in a memorandum.",
	Evidence: "Library properties (provides duration, denunciation, discontinuation); custom text (en, uk): a term in years, denounce, withdraw, discontinue.",
	check:    checkNoDuration,
}

func checkNoDuration(p *pass) {
	var missing, add []string
	if len(p.providing("duration")) == 0 {
		missing, add = append(missing, "no duration"), append(add, "duration/fixed-term")
	}
	if len(p.providing("denunciation"))+len(p.providing("discontinuation")) == 0 {
		missing, add = append(missing, "no exit clause"), append(add, exitClause(p))
	}
	if len(missing) > 0 {
		p.reportSpec(Warning, []any{"clauses"}, "the %s has %s (add %s)", p.in.Form.Name(), strings.Join(missing, " and "), strings.Join(add, " and "))
	}
}

// exitClause is the library's exit clause for the instrument's form.
func exitClause(p *pass) string {
	if p.in.Form.Binding() {
		return "final/denunciation"
	}
	return "final/mou-discontinuation"
}

var shortTerm = &Rule{
	ID: "G502", Name: "short-term", Title: "Term shorter than the 20 years Ukraine asks for",
	Severity: Warning, Weakness: []int{11},
	Why:      "The US proposed guarantees for 15 years; Ukraine asks for at least 20. A short term lets the adversary wait the guarantee out; NATO locks in 20 years before any party may leave.",
	Source:   "weaknesses.md §1, §5 (duration); Schuman Paper n°830; North Atlantic Treaty Art. 13",
	Fix:      "Set duration/fixed-term to years: 20 (with automatic renewal).",
	Evidence: "Library properties (duration_years, resolved from params); custom text (en, uk): N years in a sentence about the term.",
	check: func(p *pass) {
		for _, c := range p.clauses {
			if y := minOf(c.years); y > 0 && y < askedYears {
				p.report(c, Warning, c.numWords[y], "%s sets a term of %d years, shorter than the %d years Ukraine asks for", c.id, y, askedYears)
			}
		}
	},
}

var shortNotice = &Rule{
	ID: "G503", Name: "short-notice", Title: "Exit on less than twelve months' notice",
	Severity: Warning, Weakness: []int{11},
	Why:      "A guarantor that can leave on a few months' notice can leave as a crisis builds, before the attack it was meant to deter. NATO requires a year's notice after 20 years in force; the VCLT default is twelve months.",
	Source:   "weaknesses.md §4, §5 (duration); VCLT Art. 56(2); North Atlantic Treaty Art. 13",
	Fix:      "Require at least twelve months' notice (final/denunciation, months: 12 or more) and make obligations survive for events before the exit takes effect.",
	Evidence: "Library properties (notice_months, resolved from params); custom text (en, uk): N months in a sentence about notice, denunciation or withdrawal.",
	check: func(p *pass) {
		for _, c := range p.clauses {
			if m := minOf(c.months); m > 0 && m < askedNotice {
				p.report(c, Warning, c.numWords[m], "%s lets a party leave on %d months' notice, less than %d (%s with months: 12 or more)", c.id, m, askedNotice, exitClause(p))
			}
		}
	},
}

var sunset = &Rule{
	ID: "G504", Name: "early-sunset", Title: "Sunset before the risk ends",
	Severity: Warning, Weakness: []int{11},
	Why:      "A guarantee that expires on a date, or ends with a peace agreement, lapses exactly when the adversary can plan for it. Sunsets should follow the risk, not the calendar.",
	Source:   "weaknesses.md §5 (snapback: no sunset before the risk ends; duration)",
	Fix:      "Replace the expiry with a fixed term and automatic renewal (duration/fixed-term), or end the guarantee only when a stronger one (NATO or EU membership) takes over.",
	Evidence: "Custom text (en, uk): expires, ceases to have effect, terminates on, until the conclusion of, without a renewal.",
	check: func(p *pass) {
		for _, c := range p.body() {
			if ph := sunsetIn(c); ph != "" && !hasAny(c, renewalText) && !hasAny(c, natoText) {
				p.report(c, Warning, ph, "%s ends the guarantee (“%s”) with no renewal", c.id, ph)
			}
		}
	},
}

func minOf(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return slices.Min(xs)
}

// sunsetIn returns the phrase of an unconditional expiry in the clause, or "".
func sunsetIn(c *clause) string {
	for _, s := range c.sents {
		if ph, _ := sunsetText.find(s); ph != "" && !conditionText.in(s) {
			return ph
		}
	}
	return ""
}
