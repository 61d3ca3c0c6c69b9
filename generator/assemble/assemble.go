package assemble

import (
	"fmt"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// Assemble places, numbers and renders the instrument's clauses and fills its form template in
// every language of the instrument.
func (k *Kit) Assemble(in *generator.Instrument) (*generator.Draft, error) {
	d := &generator.Draft{Instrument: in, Markdown: map[generator.Lang][]byte{}}
	d.Articles = place(in)
	var errs generator.ErrorList
	for _, l := range in.Languages {
		md, err := k.render(d, l)
		if err != nil {
			errs.Merge(err)
			continue
		}
		d.Markdown[l] = md
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// place orders the clauses into preamble, operative and final sections (spec order within
// each) and numbers every clause that is not a recital.
func place(in *generator.Instrument) []*generator.Article {
	var out []*generator.Article
	n := 0
	for _, s := range generator.Sections {
		for _, u := range in.Uses {
			if u.Clause.Section != s {
				continue
			}
			a := &generator.Article{Use: u, Section: s,
				Heading: map[generator.Lang]string{}, Text: map[generator.Lang]string{}}
			if s != generator.Preamble {
				n++
				a.Number = n
			}
			out = append(out, a)
		}
	}
	return out
}

// render fills every article's text in lang, then the form template.
func (k *Kit) render(d *generator.Draft, l generator.Lang) ([]byte, error) {
	in := d.Instrument
	vocab := k.vocab[key{l, in.Form}]
	env := &tmpl.Env{Lang: l, Form: in.Form, Ref: refs(d, vocab)}
	var errs generator.ErrorList
	for _, a := range d.Articles {
		body, _ := a.Use.Clause.Body(l, in.Form)
		data := clauseData(in, l, vocab, a.Use.Params)
		text, err := tmpl.Execute(body.Tmpl, env, data, body.Pos)
		if err != nil {
			errs.Merge(err)
			continue
		}
		a.Text[l] = tidy(text)
		a.Heading[l] = a.Use.Clause.Title[l]
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	form := k.forms[key{l, in.Form}]
	out, err := tmpl.Execute(form, env, formData(d, l, vocab), generator.Position{File: form.Name(), Line: 1})
	if err != nil {
		return nil, err
	}
	return []byte(tidy(out) + "\n"), nil
}

// refs returns the resolver for {{ ref "id" }}: "Article 7" or "статтю 7".
func refs(d *generator.Draft, vocab map[string]string) func(id, gramCase string) (string, error) {
	numbers := map[string]int{}
	for _, a := range d.Articles {
		numbers[a.Use.Clause.ID] = a.Number
	}
	return func(id, gramCase string) (string, error) {
		n, ok := numbers[id]
		switch {
		case !ok:
			return "", fmt.Errorf("ref %q: that clause is not in this draft; add it to the spec", id)
		case n == 0:
			return "", fmt.Errorf("ref %q: a recital has no number to refer to", id)
		}
		term := "Article"
		if gramCase == "" {
			gramCase = "acc"
		}
		if c := capitalCase(gramCase); c != "" {
			if _, ok := vocab[term+c]; ok {
				term += c
			}
		} else {
			return "", fmt.Errorf("ref %q: unknown case %q (use nom, gen, dat, acc, ins or loc)", id, gramCase)
		}
		return fmt.Sprintf("%s %d", vocab[term], n), nil
	}
}

func capitalCase(c string) string {
	switch c {
	case "nom":
		return "Nom"
	case "gen", "dat", "acc", "ins", "loc":
		return strings.ToUpper(c[:1]) + c[1:]
	}
	return ""
}
