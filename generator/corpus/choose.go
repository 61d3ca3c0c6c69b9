package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// clauses chooses a valid set of clauses for form: from each category none, one or a few of
// those the form allows, then everything they require, leaving out any that would conflict or
// lack a text in one of langs.
func (g *Generator) clauses(rng *rand.Rand, form generator.Form, langs []generator.Lang) []*generator.Clause {
	byCategory := map[string][]*generator.Clause{}
	var categories []string
	for _, c := range g.Library.Clauses() {
		if !usable(c, form, langs) {
			continue
		}
		if _, ok := byCategory[c.Category]; !ok {
			categories = append(categories, c.Category)
		}
		byCategory[c.Category] = append(byCategory[c.Category], c)
	}
	chosen := map[string]bool{}
	var order []*generator.Clause
	for _, cat := range categories {
		options := byCategory[cat]
		take := rng.IntN(len(options) + 1)
		if cat == "final" || cat == "preamble" {
			take = len(options) - rng.IntN(len(options)/2+1)
		}
		for _, i := range rng.Perm(len(options))[:take] {
			g.add(options[i], form, langs, chosen, &order)
		}
	}
	if len(order) == 0 {
		g.add(byCategory[categories[0]][0], form, langs, chosen, &order)
	}
	return order
}

// add adds c and what it requires, unless one of them conflicts with the clauses already
// chosen or is not allowed in form.
func (g *Generator) add(c *generator.Clause, form generator.Form, langs []generator.Lang, chosen map[string]bool, order *[]*generator.Clause) {
	closure := g.closure(c, nil)
	for _, x := range closure {
		if !usable(x, form, langs) || g.conflicts(x, chosen) {
			return
		}
	}
	for _, x := range closure {
		if !chosen[x.ID] {
			chosen[x.ID] = true
			*order = append(*order, x)
		}
	}
}

// closure returns c and everything it requires, requirements first.
func (g *Generator) closure(c *generator.Clause, seen []*generator.Clause) []*generator.Clause {
	if slices.Contains(seen, c) {
		return seen
	}
	for _, id := range c.Requires {
		if r := g.Library.Get(id); r != nil {
			seen = g.closure(r, seen)
		}
	}
	return append(seen, c)
}

// conflicts reports whether c conflicts with a chosen clause, either way round.
func (g *Generator) conflicts(c *generator.Clause, chosen map[string]bool) bool {
	for _, id := range c.Conflicts {
		if chosen[id] {
			return true
		}
	}
	for id := range chosen {
		if slices.Contains(g.Library.Get(id).Conflicts, c.ID) {
			return true
		}
	}
	return false
}

// params gives some of c's params a random valid value, and every required one a value.
func params(rng *rand.Rand, c *generator.Clause) string {
	var with []string
	for _, p := range c.Params {
		if !p.Required() && rng.IntN(2) == 0 {
			continue
		}
		with = append(with, fmt.Sprintf("%s: %s", p.Name, value(rng, p)))
	}
	return strings.Join(with, ", ")
}

func value(rng *rand.Rand, p *generator.Param) string {
	switch {
	case len(p.Allowed) > 0:
		if s, ok := pick(rng, p.Allowed).(string); ok {
			return fmt.Sprintf("%q", s)
		}
		return fmt.Sprint(pick(rng, p.Allowed))
	case p.Type == generator.BoolParam:
		return fmt.Sprint(rng.IntN(2) == 0)
	case p.Type == generator.IntParam:
		lo, hi := 1, 100
		if p.Min != nil {
			lo = *p.Min
		}
		if p.Max != nil {
			hi = *p.Max
		}
		if d, ok := p.Default.(int); ok && p.Min == nil {
			lo = d
		}
		hi = max(hi, lo)
		return fmt.Sprint(lo + rng.IntN(hi-lo+1))
	}
	if s, ok := p.Default.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return `"sample"`
}

// usable reports whether c may appear in form and has a text in every language of langs.
func usable(c *generator.Clause, form generator.Form, langs []generator.Lang) bool {
	for _, l := range langs {
		if _, ok := c.Body(l, form); !ok {
			return false
		}
	}
	return c.AllowedIn(form)
}
