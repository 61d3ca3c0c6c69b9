package assemble

import (
	"fmt"

	"github.com/guarantor-dev/guarantor/generator"
)

// builder builds one language's model of a draft.
type builder struct {
	d     *generator.Draft
	doc   *generator.Doc
	refs  *refTable
	annex *annexTable
	parts map[int]*generator.Part // by number, for references
	notes *noteTable
	memo  *memo // the kit's, or nil
	shift int   // added to the reference markers of the text being read; see plan
}

func newBuilder(d *generator.Draft, l generator.Lang, vocab map[string]string) *builder {
	doc := &generator.Doc{Lang: l, Instrument: d.Instrument, Title: d.Instrument.Title[l],
		ShortTitle: d.Instrument.ShortTitle[l]}
	return &builder{d: d, doc: doc, refs: newRefTable(d, vocab), annex: newAnnexTable(d, vocab), parts: map[int]*generator.Part{},
		notes: &noteTable{}}
}

// build sets the form's words and the clauses' texts in the model, in document order.
func (b *builder) build(f *former, texts []string) error {
	layout, err := f.layout()
	if err != nil {
		return err
	}
	b.doc.Layout = layout
	if err := b.head(f); err != nil {
		return err
	}
	if err := b.articles(f, texts); err != nil {
		return err
	}
	if err := b.closing(f); err != nil {
		return err
	}
	if err := b.back(f); err != nil {
		return err
	}
	b.annexes(b.annex)
	b.doc.Notes = b.notes.all
	return nil
}

// head sets the marking, the parties, the recitals and the formula.
func (b *builder) head(f *former) error {
	var err error
	m := &b.doc.Marking
	m.Date = f.data["Date"].(string)
	if m.Stamp, err = f.piece("stamp", nil); err != nil {
		return err
	}
	if m.Note, err = f.piece("status", nil); err != nil {
		return err
	}
	return b.formBlock(f, "parties", generator.RoleParties)
}

// formBlock adds a front or back block of the form's words.
func (b *builder) formBlock(f *former, piece string, role generator.Role) error {
	s, err := f.piece(piece, nil)
	if err != nil {
		return err
	}
	blocks := &b.doc.Front
	if role == generator.RoleTestimonium {
		blocks = &b.doc.Back
	}
	for _, p := range paragraphs(s) {
		*blocks = append(*blocks, &generator.Matter{Role: role, Text: b.inline(p, nil)})
	}
	return nil
}

// articles makes the recitals and the parts of the clauses; the formula stands between them.
func (b *builder) articles(f *former, texts []string) error {
	for _, a := range b.d.Articles {
		if a.Number == 0 {
			continue
		}
		label, err := f.label(a.Number)
		if err != nil {
			return err
		}
		p := &generator.Part{ID: fmt.Sprintf("art-%d", a.Number), Number: a.Number, Label: label,
			Heading: a.Use.Clause.Title[b.doc.Lang], Section: a.Section, Use: a.Use}
		b.parts[a.Number] = p
		b.doc.Parts = append(b.doc.Parts, p)
	}
	for i, a := range b.d.Articles {
		if a.Number == 0 {
			if err := b.recitals(texts[i], a.Use); err != nil {
				return err
			}
		}
	}
	if err := b.formBlock(f, "formula", generator.RoleFormula); err != nil {
		return err
	}
	for i, a := range b.d.Articles {
		if a.Number == 0 {
			continue
		}
		body, err := b.body(texts[i], a.Use)
		if err != nil {
			return err
		}
		b.parts[a.Number].Body = body
		if err := b.label(f, b.parts[a.Number]); err != nil {
			return err
		}
	}
	return nil
}

// label gives the unnumbered paragraphs of a part the labels of the form's "paragraph" piece
// ("5.1.", "5.2."), when the form has one and the part more than one such paragraph, so that
// every commitment can be cited.
func (b *builder) label(f *former, p *generator.Part) error {
	if !f.has("paragraph") {
		return nil
	}
	var paras []*generator.Paragraph
	for _, x := range p.Body {
		if para, ok := x.(*generator.Paragraph); ok && para.Number == 0 && len(para.Text) > 0 {
			paras = append(paras, para)
		}
	}
	if len(paras) < 2 {
		return nil
	}
	for i, para := range paras {
		label, err := f.piece("paragraph", map[string]any{"Part": p.Number, "Number": i + 1})
		if err != nil {
			return err
		}
		para.Label = label
	}
	return nil
}

// closing adds the parts the form itself adds after the clauses, numbered on from them.
func (b *builder) closing(f *former) error {
	for n := 1; f.closing(n) != ""; n++ {
		name := f.closing(n)
		number := len(b.doc.Parts) + 1
		label, err := f.label(number)
		if err != nil {
			return err
		}
		heading, err := f.piece(name+" heading", nil)
		if err != nil {
			return err
		}
		text, err := f.piece(name, nil)
		if err != nil {
			return err
		}
		p := &generator.Part{ID: fmt.Sprintf("art-%d", number), Number: number, Label: label,
			Heading: heading, Section: generator.Final}
		if p.Body, err = b.body(text, nil); err != nil {
			return err
		}
		b.doc.Parts = append(b.doc.Parts, p)
	}
	return nil
}

// back sets the testimonium and a signature block for each party, if the form signs.
func (b *builder) back(f *former) error {
	if err := b.formBlock(f, "testimonium", generator.RoleTestimonium); err != nil {
		return err
	}
	if !f.has("signature") {
		return nil
	}
	for _, p := range b.d.Instrument.Parties() {
		s, err := f.piece("signature", p.Names[b.doc.Lang])
		if err != nil {
			return err
		}
		b.doc.Back = append(b.doc.Back, &generator.Matter{Role: generator.RoleSignature, Text: b.inline(s, nil)})
	}
	return nil
}

// recitals adds the paragraphs of a preamble clause as recitals.
func (b *builder) recitals(text string, u *generator.Use) error {
	body, err := b.body(text, u)
	if err != nil {
		return err
	}
	add := func(t generator.Inline) {
		b.doc.Front = append(b.doc.Front, &generator.Matter{Role: generator.RoleRecital, Text: t, Use: u})
	}
	for _, x := range body {
		p, ok := x.(*generator.Paragraph)
		if !ok {
			continue
		}
		if len(p.Text) > 0 {
			add(p.Text)
		}
		for _, pt := range p.Points {
			add(append(generator.Inline{{Text: pt.Label + " "}}, pt.Text...))
		}
	}
	return nil
}
