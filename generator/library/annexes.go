package library

import (
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

var annexID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// checkAnnexes reads the annexes a clause declares: each needs an id unique in the clause and a
// title in every language of the clause.
func checkAnnexes(f *decode.File, defs []annexDef, c *generator.Clause, errs *generator.ErrorList) []*generator.AnnexDef {
	var out []*generator.AnnexDef
	seen := map[string]bool{}
	for i, d := range defs {
		switch {
		case !annexID.MatchString(d.ID):
			errs.Addf(f.PosOf("annexes", i), "annex id %q: use lower-case letters, digits and '-'", d.ID).
				WithHint("annexes: [{id: ceasefire-line, title: {en: ..., uk: ...}}]")
			continue
		case seen[d.ID]:
			errs.Addf(f.PosOf("annexes", i, "id"), "annex %q is declared twice", d.ID)
			continue
		}
		seen[d.ID] = true
		a := &generator.AnnexDef{ID: d.ID, Title: map[generator.Lang]string{}, Text: map[generator.Lang]string{}}
		for l, t := range d.Title {
			a.Title[generator.Lang(l)] = strings.TrimSpace(t)
		}
		for l, t := range d.Text {
			a.Text[generator.Lang(l)] = strings.TrimSpace(t)
		}
		for l := range c.Texts {
			if a.Title[l] == "" {
				errs.Addf(f.PosOf("annexes", i), "annex %q has no %q title", d.ID, l)
			}
		}
		out = append(out, a)
	}
	return out
}
