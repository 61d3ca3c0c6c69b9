package assemble

import (
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// Assemble places, numbers and renders the instrument's clauses and builds its typed model in
// every language of the instrument.
func (k *Kit) Assemble(in *generator.Instrument) (*generator.Draft, error) {
	d := &generator.Draft{Instrument: in, Docs: map[generator.Lang]*generator.Doc{}}
	d.Articles = place(in)
	var errs generator.ErrorList
	for _, l := range in.Languages {
		doc, err := k.doc(d, l)
		if err != nil {
			errs.Merge(err)
			continue
		}
		d.Docs[l] = doc
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

// doc builds the model of the draft in lang: it renders every clause, then sets the form's own
// words around them.
func (k *Kit) doc(d *generator.Draft, l generator.Lang) (*generator.Doc, error) {
	in := d.Instrument
	vocab := k.vocab[key{l, in.Form}]
	b := newBuilder(d, l, vocab)
	b.memo = k.memo
	env := &tmpl.Env{Lang: l, Form: in.Form, Ref: b.refs.ref, Annex: b.annex.annex, Ctx: k.ctx}
	f := &former{form: k.forms[key{l, in.Form}], kit: k, env: env, data: formData(d, l, vocab), vocab: vocab}
	texts, err := k.clauseTexts(d, l, env, f)
	if err != nil {
		return nil, err
	}
	if err := b.build(f, texts); err != nil {
		return nil, err
	}
	for i, a := range d.Articles {
		a.Heading[l] = a.Use.Clause.Title[l]
		a.Text[l] = b.refs.words(texts[i])
	}
	return b.doc, nil
}

// clauseTexts renders the text of every placed clause in lang, tidied; cross-references are
// left as markers that the builder turns into typed references.
// The form's data, in f, is a superset of what a clause sees besides its parameters: the
// kit's memo keys a text by the part of it the clause's template reads.
func (k *Kit) clauseTexts(d *generator.Draft, l generator.Lang, env *tmpl.Env, f *former) ([]string, error) {
	in := d.Instrument
	texts := make([]string, len(d.Articles))
	var errs generator.ErrorList
	for i, a := range d.Articles {
		body, _ := a.Use.Clause.Body(l, in.Form)
		data := func() any { return clauseData(in, l, f.vocab, a.Use.Params) }
		var key textKey
		if k.memo != nil {
			scope := k.memo.scope(k.memo.reads(body.Tmpl, ""), f.data, f.vocab)
			key = textKey{clause: a.Use.Clause.ID, tmpl: body.Tmpl, scope: scope, params: valueKey(a.Use.Params)}
		}
		text, err := k.text(body, "", env, data, key)
		if err != nil {
			errs.Merge(err)
			continue
		}
		texts[i] = text
	}
	return texts, errs.Err()
}
