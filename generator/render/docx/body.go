package docx

import (
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// body writes the paragraphs of one language's text into document.xml.
type body struct {
	w        *writer
	doc      *generator.Doc
	lang     generator.Lang
	prefix   string   // of bookmark names: "" alone, "en_"/"uk_" in the parallel edition
	numID    int      // the Word list of the parts and their paragraphs
	list     *listing // how the parts are numbered; nil when they are not a list
	notes    *notes
	marks    int  // bookmarks written so far
	markBase int  // added to bookmark ids, to keep the two texts of a parallel edition apart
	narrow   bool // set in a column: paragraphs ragged right, not justified
	comments map[string][]*Comment
	cids     *int // the next comment id
}

// newBody returns a writer of doc's text into w.
func newBody(w *writer, doc *generator.Doc, numID int, n *notes) *body {
	b := &body{w: w, doc: doc, lang: doc.Lang, numID: numID, list: listOf(doc),
		notes: n, cids: new(int)}
	return b
}

// noteID is the Word id of a footnote.
func (b *body) noteID(n *generator.Note) int { return b.notes.id(b.doc, n) }

// para opens a paragraph with a style and, when lvl >= 0, the list level of the parts' list.
func (b *body) para(style string, lvl int, extra string) {
	b.w.raw(`<w:p><w:pPr><w:pStyle w:val="`, style, `"/>`)
	if lvl >= 0 {
		b.w.raw(`<w:numPr><w:ilvl w:val="`, itoa(lvl), `"/><w:numId w:val="`, itoa(b.numID), `"/></w:numPr>`)
	}
	if b.narrow && extra == "" && style != "Title" && style != "Marking" && style != "ArticleHeading" {
		extra = `<w:jc w:val="left"/>`
	}
	b.w.raw(extra, `</w:pPr>`)
}

func (b *body) end() { b.w.raw("</w:p>") }

// line writes a paragraph of plain text.
func (b *body) line(style, s string) {
	b.para(style, -1, "")
	if s != "" {
		b.run(Run{Text: s}, "")
	}
	b.end()
}

// matter writes a paragraph of the front or back matter.
func (b *body) matter(m *generator.Matter) {
	style := map[generator.Role]string{generator.RoleParties: "Parties", generator.RoleRecital: "Recital",
		generator.RoleFormula: "Formula", generator.RoleTestimonium: "Testimonium",
		generator.RoleSignature: "Signature"}[m.Role]
	if style == "" {
		style = "BodyText"
	}
	b.para(style, -1, "")
	if m.Role == generator.RoleRecital {
		clause := ""
		if m.Use != nil {
			clause = m.Use.Clause.ID
		}
		if clause == "" {
			b.recital(m.Text)
		} else {
			b.comment(clause, func() { b.recital(m.Text) })
		}
	} else {
		b.inline(m.Text)
	}
	b.end()
	if m.Role == generator.RoleSignature {
		b.line("SignatureLine", strings.Repeat("_", 30))
	}
}

// recital writes a recital with its opening participle in italics, as treaties print them,
// unless the text already begins with emphasis.
func (b *body) recital(in generator.Inline) {
	if len(in) == 0 || in[0].Ref != nil || in[0].Note != nil || strings.HasPrefix(in[0].Text, "*") {
		b.inline(in)
		return
	}
	first, rest, ok := strings.Cut(in[0].Text, " ")
	if !ok {
		b.inline(in)
		return
	}
	b.run(Run{Text: first, Italic: true}, "")
	b.inline(append(generator.Inline{{Text: " " + rest}}, in[1:]...))
}

// part writes an article: its heading (numbered by the list, with the bookmark references point
// at), then its blocks.
func (b *body) part(p *generator.Part) {
	rest := b.heading(p)
	next := 1
	for _, bl := range rest {
		b.block(bl, &next)
	}
}

// heading writes a part's heading, or a declaration's numbered paragraph, and returns the
// blocks that remain to be written.
func (b *body) heading(p *generator.Part) []generator.Block {
	name := b.bookmarkName(p.ID)
	numbered := b.list != nil
	if b.doc.Layout == generator.Listed {
		return b.listed(p, name)
	}
	lvl, text := -1, p.Title(b.lang)
	if numbered {
		lvl, text = 0, b.list.rest(p, b.lang)
	}
	b.para("ArticleHeading", lvl, "")
	b.comment(clauseOf(p), func() {
		b.bookmark(name, func() {
			if text != "" {
				b.run(Run{Text: text}, "")
			}
		})
	})
	b.end()
	return p.Body
}

// listed writes a part of a declaration: a numbered paragraph whose number is the part's.
func (b *body) listed(p *generator.Part, name string) []generator.Block {
	blocks := p.Body
	lvl, label := -1, p.Label+" "
	if b.list != nil {
		lvl, label = 0, ""
	}
	b.para("BodyText", lvl, "")
	b.comment(clauseOf(p), func() {
		b.bookmark(name, func() {
			if label != "" {
				b.run(Run{Text: label}, "")
			}
		})
		if len(blocks) > 0 {
			if first, ok := blocks[0].(*generator.Paragraph); ok && first.Number == 0 {
				b.inline(first.Text)
				blocks = append([]generator.Block{&generator.Paragraph{Points: first.Points}}, blocks[1:]...)
			}
		}
	})
	b.end()
	return blocks
}

// bookmark wraps what inner writes in a bookmark.
func (b *body) bookmark(name string, inner func()) {
	b.marks++
	id := itoa(b.markBase + b.marks)
	b.w.raw(`<w:bookmarkStart w:id="`, id, `" w:name="`, name, `"/>`)
	inner()
	b.w.raw(`<w:bookmarkEnd w:id="`, id, `"/>`)
}

// blocks writes the blocks of a part: numbered paragraphs as the second level of the parts'
// list when their numbers run 1, 2, 3 ..., points, tables and passages.
func (b *body) blocks(blocks []generator.Block) {
	next := 1
	for _, bl := range blocks {
		b.block(bl, &next)
	}
}

// block writes one block; next is the number the next numbered paragraph should have.
func (b *body) block(bl generator.Block, next *int) {
	switch bl := bl.(type) {
	case *generator.Paragraph:
		b.paragraph(bl, next)
	case *generator.Table:
		b.table(bl)
	case *generator.Passage:
		b.passage(bl.Markdown)
	}
}

func (b *body) paragraph(p *generator.Paragraph, next *int) {
	switch {
	case p.Number > 0 && p.Number == *next && b.list != nil && b.doc.Layout == generator.Headed:
		*next++
		b.para("NumberedParagraph", 1, "")
		b.inline(p.Text)
		b.end()
	case p.Number > 0:
		b.para("NumberedParagraph", -1, "")
		b.run(Run{Text: strconv.Itoa(p.Number) + ".\t"}, "")
		b.inline(p.Text)
		b.end()
	case len(p.Text) > 0 && b.doc.Layout == generator.Listed:
		b.para("BodyText", -1, `<w:ind w:left="567"/>`)
		b.inline(p.Text)
		b.end()
	case len(p.Text) > 0:
		b.para("BodyText", -1, "")
		b.inline(p.Text)
		b.end()
	}
	for _, pt := range p.Points {
		b.para("Point", -1, "")
		b.run(Run{Text: pt.Label + "\t"}, "")
		b.inline(pt.Text)
		b.end()
	}
}

// clauseOf returns the id of the clause a part comes from; "-" for a part the form adds, which
// no comment names.
func clauseOf(p *generator.Part) string {
	if p.Use == nil {
		return "-"
	}
	return p.Use.Clause.ID
}
