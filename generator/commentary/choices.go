package commentary

import (
	"fmt"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// alternatives sets the alternatives of a clause, each with what choosing it would change.
func (a *Analysis) alternatives(l generator.Lang, u *generator.Use) *generator.Paragraph {
	w := wordsFor(l)
	cs := a.Choices[u]
	if len(cs) == 0 {
		return lead(w.alternatives, fmt.Sprintf(w.noAlternatives, w.forms[a.Draft.Instrument.Form]))
	}
	p := lead(w.alternatives, w.altIntro)
	for _, c := range cs {
		p.Points = append(p.Points, &generator.Point{Label: "–", Text: text(a.choice(l, u, c))})
	}
	return p
}

// choice says what an alternative is and what choosing it would change.
func (a *Analysis) choice(l generator.Lang, u *generator.Use, c *Choice) string {
	w := wordsFor(l)
	x := c.Clause
	head := fmt.Sprintf("`%s`, *%s*.", x.ID, escape(x.Title[l]))
	if l == generator.English && x.Summary != "" {
		head += " " + escape(x.Summary)
		if !strings.HasSuffix(head, ".") {
			head += "."
		}
	}
	if c.Report == nil {
		other := c.Block.Other
		if c.Block.Kind != "assemble" && c.Block.Kind != "limit" {
			other = "`" + other + "`"
		}
		return head + " " + fmt.Sprintf(w.blocked, fmt.Sprintf(w.block[c.Block.Kind], other))
	}
	var changes []string
	if from, to := rated(l, u.Clause), rated(l, x); from != to {
		changes = append(changes, fmt.Sprintf(w.profile, ratingLabel(l), from, to))
	}
	for _, r := range c.New {
		sev, _ := severityOn(c.Report, r, "")
		changes = append(changes, fmt.Sprintf(w.adds, ruleText(l, r, sev)))
	}
	for _, r := range c.Removed {
		sev, _ := severityOn(a.Report, r, "")
		changes = append(changes, fmt.Sprintf(w.removes, ruleText(l, r, sev)))
	}
	if before, after := a.Report.Summary(), c.Report.Summary(); before != after {
		changes = append(changes, fmt.Sprintf(w.counts, counts(l, before), counts(l, after)))
	}
	for _, ch := range c.Profile {
		changes = append(changes, fmt.Sprintf(w.profile, word(l, "aspect", string(ch.Aspect)),
			aspectValue(l, ch.Aspect, ch.From), aspectValue(l, ch.Aspect, ch.To)))
	}
	if len(c.Added) > 0 {
		changes = append(changes, fmt.Sprintf(w.added, "`"+strings.Join(c.Added, "`, `")+"`"))
	}
	if len(changes) == 0 {
		changes = []string{w.noChange}
	}
	return head + " " + w.choosing + " " + strings.Join(changes, "; ") + "."
}

// rated words the rated option of a clause, or says it has none.
func rated(l generator.Lang, c *generator.Clause) string {
	if c.Properties.Option == "" {
		return wordsFor(l).unrated
	}
	return optionText(l, optionOf(c))
}

func ratingLabel(l generator.Lang) string {
	if l == generator.Ukrainian {
		return "оцінка"
	}
	return "rating"
}

// openPoints lists the reviewer's findings on the draft as built.
func (a *Analysis) openPoints(l generator.Lang, src *generator.Doc) *generator.Part {
	w := wordsFor(l)
	p := &generator.Part{ID: "open-points", Number: len(src.Parts) + 1, Label: w.conclusion, Heading: w.open}
	where := places(l, src)
	list := para(w.openIntro)
	if a.Report.Count(review.Info) == 0 {
		list = para(w.none)
	}
	for _, f := range a.Report.Findings {
		if f.Suppressed {
			continue
		}
		place := w.instrument
		if f.Clause != "" {
			place = or(where[f.Clause], w.preamble)
		}
		s := fmt.Sprintf("**%s %s** (%s; %s). %s *%s:* %s", f.Rule.ID, escape(f.Rule.Title), w.severity[f.Severity.String()],
			place, escape(sentence(f.Message)), w.fix, escape(f.Rule.Fix))
		list.Points = append(list.Points, &generator.Point{Label: "–", Text: text(s)})
	}
	p.Body = []generator.Block{list}
	if n := a.Report.Summary().Suppressed; n > 0 {
		p.Body = append(p.Body, para(fmt.Sprintf(w.suppressed, n)))
	}
	return p
}

// places maps the clauses of the draft's parts to their labels as a sentence cites them.
func places(l generator.Lang, src *generator.Doc) map[string]string {
	out := map[string]string{}
	for _, p := range src.Parts {
		if p.Use == nil {
			continue
		}
		s := label(l, src, p)
		if l == generator.Ukrainian {
			s = lower(s)
		}
		out[p.Use.Clause.ID] = s
	}
	return out
}

// sentence starts s with a capital and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = capital(s)
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}
