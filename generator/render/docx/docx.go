package docx

import (
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// Options are the choices that are not in the model.
type Options struct {
	// Date is the date of the document properties; zero means the instrument's date.
	Date time.Time
	// Reference is a house template (.docx) whose styles replace ours; nil for ours.
	Reference *Reference
	// Comments are attached to the articles of the clauses they name.
	Comments []*Comment
}

func (o Options) date(doc *generator.Doc) time.Time {
	if o.Date.IsZero() && doc.Instrument != nil {
		return doc.Instrument.Date
	}
	return o.Date
}

// Render writes one language's text as a Word document.
func Render(doc *generator.Doc, opt Options) ([]byte, error) {
	w := &writer{}
	w.raw(xmlHead, `<w:document xmlns:w="`, nsW, `" xmlns:r="`, nsR, `"><w:body>`)
	n := newNotes()
	b := newBody(w, doc, 1, n)
	var list []*Comment
	b.comments, list = place(doc, opt.Comments)
	b.text()
	sectPr(w)
	w.raw(`</w:body></w:document>`)
	p := &pkg{lang: doc.Lang, title: doc.Title, header: doc.Marking.Text() + "\t" + doc.Title,
		footer: pageWords[doc.Lang], date: opt.date(doc), document: []byte(w.String()),
		lists: []*listing{b.list}, langs: []generator.Lang{doc.Lang}, notes: n, ref: opt.Reference.get()}
	if len(list) > 0 {
		p.comments = commentsPart(doc, list, p.date)
	}
	return p.bytes()
}

// text writes the whole text: marking, title, front matter, parts, back matter, annexes.
func (b *body) text() {
	b.line("Marking", b.doc.Marking.Text())
	b.para("Title", -1, "")
	b.comment("", func() { b.run(Run{Text: b.doc.Title}, "") })
	b.end()
	for _, m := range b.doc.Front {
		b.matter(m)
	}
	for _, p := range b.doc.Parts {
		b.part(p)
	}
	for _, m := range b.doc.Back {
		b.matter(m)
	}
	for _, a := range b.doc.Annexes {
		b.line("AnnexHeading", a.Heading)
		if a.Note != "" {
			b.line("AnnexNote", a.Note)
		}
		b.blocks(a.Body)
	}
}
