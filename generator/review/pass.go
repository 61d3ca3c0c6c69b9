package review

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// pass is what a check sees: the draft, the facts about each clause, and where to report.
type pass struct {
	d         *generator.Draft
	in        *generator.Instrument
	clauses   []*clause
	adversary *partyMatcher
	protected *partyMatcher
	rule      *Rule
	findings  []*Finding
	frame     map[generator.Lang]*frameText // the form template's words; see frameSays
	memo      *Memo                         // see Memo.Review; nil for none
}

func newPass(d *generator.Draft, m *Memo) *pass {
	in := d.Instrument
	p := &pass{d: d, in: in, adversary: matchParty(in.Adversary), protected: matchParty(in.Beneficiary), memo: m}
	var ps *provision.Roster // the names the reader of custom text looks for, made when needed
	parties := ""
	for _, a := range d.Articles {
		if !a.Use.Clause.Custom {
			p.clauses = append(p.clauses, newClause(a, in.Languages, provision.Roster{}))
			continue
		}
		if ps == nil {
			r := roster(in)
			ps = &r
			if p.memo != nil {
				parties = partiesKey(in)
			}
		}
		p.clauses = append(p.clauses, p.customClause(a, in.Languages, parties, func() *clause {
			return newClause(a, in.Languages, *ps)
		}))
	}
	return p
}

// operative returns the clauses of the operative section.
func (p *pass) operative() []*clause {
	var out []*clause
	for _, c := range p.clauses {
		if c.section == generator.Operative {
			out = append(out, c)
		}
	}
	return out
}

// body returns the operative and final clauses: all but the recitals.
func (p *pass) body() []*clause {
	var out []*clause
	for _, c := range p.clauses {
		if c.section != generator.Preamble {
			out = append(out, c)
		}
	}
	return out
}

// providing returns the clauses that supply a mechanism.
func (p *pass) providing(mech string) []*clause {
	var out []*clause
	for _, c := range p.clauses {
		if c.provides[mech] {
			out = append(out, c)
		}
	}
	return out
}

// strongest returns the operative clause with the strongest response; nil when none responds.
func (p *pass) strongest() *clause {
	var best *clause
	for _, c := range p.operative() {
		if c.response > lvNone && (best == nil || c.response > best.response) {
			best = c
		}
	}
	return best
}

// adversaryGuarantor reports whether the adversary is one of the guarantors.
func (p *pass) adversaryGuarantor() bool {
	a := p.in.Adversary
	return a != nil && slices.ContainsFunc(p.in.Guarantors, func(g *generator.Party) bool { return g.Code == a.Code })
}

// report records a finding of the current rule on a clause. When phrase is not empty and
// occurs in the clause's own text, the finding points at it.
func (p *pass) report(c *clause, sev Severity, phrase, format string, args ...any) *Finding {
	f := &Finding{Rule: p.rule, Severity: sev, Clause: c.id, Pos: c.art.Use.Pos, Message: fmt.Sprintf(format, args...)}
	if !c.custom {
		f.ClauseFile = c.art.Use.Clause.Pos.File
	} else if pos, ok := p.locate(c.art.Use.Clause, phrase); ok {
		f.Pos = pos
		f.Related = append(f.Related, Related{Pos: c.art.Use.Pos, Message: "the clause entry"})
	}
	p.findings = append(p.findings, f)
	return f
}

// reportSpec records a finding about the instrument as a whole, at a key of the spec.
func (p *pass) reportSpec(sev Severity, key []any, format string, args ...any) *Finding {
	f := &Finding{Rule: p.rule, Severity: sev, Pos: p.keyPos(key...), Message: fmt.Sprintf(format, args...)}
	p.findings = append(p.findings, f)
	return f
}

// keyPos is where a key of the spec is written; the file alone when unknown.
func (p *pass) keyPos(path ...any) generator.Position {
	if len(path) == 0 {
		return generator.Position{File: p.in.File}
	}
	parts := make([]string, len(path))
	for i, k := range path {
		parts[i] = fmt.Sprint(k)
	}
	return p.in.KeyPos(strings.Join(parts, "."))
}

// relate adds each clause to a finding's related places.
func relate(f *Finding, cs []*clause, format string) {
	for _, c := range cs {
		f.Related = append(f.Related, Related{Pos: c.art.Use.Pos, Message: fmt.Sprintf(format, c.id)})
	}
}

// locate finds phrase in a custom clause's source text and returns its position in the spec.
func (p *pass) locate(c *generator.Clause, phrase string) (generator.Position, bool) {
	if phrase == "" {
		return generator.Position{}, false
	}
	for _, l := range c.Languages() {
		body := c.Texts[l].Body
		src := normaliseKeepLines(body.Src)
		i := indexWords(src, phrase)
		if i < 0 || body.Pos.Line == 0 {
			continue
		}
		before := src[:i]
		line := strings.Count(before, "\n")
		col := len([]rune(before[strings.LastIndex(before, "\n")+1:]))
		pos := body.Pos
		pos.Line += line
		pos.Col = max(body.Pos.Col-1, 0) + col + 1
		return pos, true
	}
	return generator.Position{}, false
}

// indexWords finds phrase in src where src may break the phrase's words over lines, so a
// phrase read from a joined sentence is found in the spec as written; -1 when it is not there.
func indexWords(src, phrase string) int {
	if i := strings.Index(src, phrase); i >= 0 {
		return i
	}
	words := strings.Fields(phrase)
	if len(words) < 2 {
		return -1
	}
	for i := range words {
		words[i] = regexp.QuoteMeta(words[i])
	}
	re, err := regexp.Compile(strings.Join(words, `\s+`))
	if err != nil {
		return -1
	}
	if loc := re.FindStringIndex(src); loc != nil {
		return loc[0]
	}
	return -1
}

// normaliseKeepLines is normalise without joining lines, so offsets map back to lines.
func normaliseKeepLines(s string) string {
	return replacer.Replace(strings.ToLower(s))
}
