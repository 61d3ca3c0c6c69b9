package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
)

// renderClause assembles a small instrument of the given form and languages that uses the
// clause and every clause it requires, with example parties and the params' defaults, and
// returns the clause's article as it reads in each language.
func renderClause(p *build.Project, c *generator.Clause, form generator.Form, langs []generator.Lang) (map[generator.Lang]string, *generator.Article, error) {
	in := &generator.Instrument{File: c.Pos.File, Name: "example", Form: form, Languages: langs,
		Scope: generator.Peace, Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		Title: map[generator.Lang]string{}, Place: generator.Names{}}
	cat := p.Loader.Parties
	in.Beneficiary, in.Adversary = cat["UA"], cat["RU"]
	in.Guarantors = []*generator.Party{cat["GB"], cat["FR"]}
	if in.Beneficiary == nil || in.Adversary == nil || in.Guarantors[0] == nil || in.Guarantors[1] == nil {
		return nil, nil, fmt.Errorf("the parties catalogue lacks UA, RU, GB or FR, which the example uses")
	}
	for _, l := range langs {
		in.Title[l] = "Example"
		in.Place[l] = generator.Name{Nom: "Kyiv"}.Filled()
	}
	in.Place[generator.Ukrainian] = generator.Name{Nom: "Київ", Loc: "Києві"}.Filled()
	for _, id := range withRequires(p, c) {
		cl := p.Library.Get(id)
		if cl == nil || !cl.AllowedIn(form) {
			continue
		}
		in.Uses = append(in.Uses, &generator.Use{Clause: cl, Params: exampleParams(cl), Pos: cl.Pos})
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range d.Articles {
		if a.Use.Clause.ID == c.ID {
			return a.Text, a, nil
		}
	}
	return nil, nil, fmt.Errorf("clause %q was not placed in the example", c.ID)
}

// withRequires lists the clause after the clauses it requires, transitively, each once.
func withRequires(p *build.Project, c *generator.Clause) []string {
	var out []string
	var visit func(id string)
	visit = func(id string) {
		if slices.Contains(out, id) {
			return
		}
		if cl := p.Library.Get(id); cl != nil {
			for _, r := range cl.Requires {
				visit(r)
			}
		}
		out = append(out, id)
	}
	visit(c.ID)
	return out
}

// exampleParams gives each param its default, or else its first allowed value or minimum.
func exampleParams(c *generator.Clause) map[string]any {
	out := map[string]any{}
	for _, p := range c.Params {
		switch {
		case !p.Required():
			out[p.Name] = p.Default
		case len(p.Allowed) > 0:
			out[p.Name] = p.Allowed[0]
		case p.Min != nil:
			out[p.Name] = *p.Min
		case p.Type == "int":
			out[p.Name] = 1
		case p.Type == "bool":
			out[p.Name] = true
		default:
			out[p.Name] = "…"
		}
	}
	return out
}

// writeRendered prints the clause's article in each language.
func writeRendered(w io.Writer, c *generator.Clause, form generator.Form, texts map[generator.Lang]string, a *generator.Article, langs []generator.Lang) {
	params := exampleParams(c)
	var ps []string
	for _, p := range c.Params {
		ps = append(ps, fmt.Sprintf("%s: %v", p.Name, params[p.Name]))
	}
	note := "as it reads in a " + form.Name() + " between Ukraine and the United Kingdom and France"
	if len(ps) > 0 {
		note += "; " + strings.Join(ps, ", ")
	}
	for _, line := range wrap("("+note+")", summaryWidth) {
		fmt.Fprintln(w, line)
	}
	for _, l := range langs {
		head := a.Heading[l]
		if a.Number > 0 {
			head = fmt.Sprintf("%d. %s", a.Number, head)
		}
		fmt.Fprintf(w, "\n-- %s: %s --\n", l, head)
		for _, line := range strings.Split(strings.TrimSpace(texts[l]), "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "|") {
				fmt.Fprintln(w, line)
				continue
			}
			indent := len(line) - len(strings.TrimLeft(line, " "))
			for i, part := range wrap(line, summaryWidth-indent) {
				if i > 0 {
					part = strings.Repeat(" ", indent+hang(line)) + part
				} else {
					part = strings.Repeat(" ", indent) + part
				}
				fmt.Fprintln(w, part)
			}
		}
	}
}

// hang is how far the continuation lines of a list item are indented: past its "- " or "1. ".
func hang(line string) int {
	t := strings.TrimLeft(line, " ")
	if strings.HasPrefix(t, "- ") {
		return 2
	}
	if i := strings.Index(t, ". "); i > 0 && i < 4 && strings.Trim(t[:i], "0123456789") == "" {
		return i + 2
	}
	return 0
}
