package docx

import "github.com/guarantor-dev/guarantor/generator"

// notes numbers the footnotes of a package in order of first reference: Word's ids 1, 2, 3 ...
// (-1 and 0 are its separators).
type notes struct {
	ids   map[*generator.Note]int
	order []noteOf
}

type noteOf struct {
	doc  *generator.Doc
	note *generator.Note
}

func newNotes() *notes { return &notes{ids: map[*generator.Note]int{}} }

func (n *notes) id(doc *generator.Doc, note *generator.Note) int {
	if id, ok := n.ids[note]; ok {
		return id
	}
	n.order = append(n.order, noteOf{doc, note})
	n.ids[note] = len(n.order)
	return len(n.order)
}

// part writes footnotes.xml: the separators, then every footnote referred to.
func (n *notes) part() []byte {
	w := &writer{}
	w.raw(xmlHead, `<w:footnotes xmlns:w="`, nsW, `" xmlns:r="`, nsR, `">`)
	w.raw(`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`)
	w.raw(`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i := 0; i < len(n.order); i++ { // a footnote may refer to another, which is appended
		x := n.order[i]
		b := newBody(w, x.doc, 0, n)
		w.raw(`<w:footnote w:id="`, itoa(i+1), `">`)
		b.para("FootnoteText", -1, "")
		w.raw(`<w:r>`)
		b.rPr(Run{}, "FootnoteReference")
		w.raw(`<w:footnoteRef/></w:r>`)
		b.run(Run{Text: " "}, "")
		b.inline(x.note.Text)
		b.end()
		w.raw(`</w:footnote>`)
	}
	w.raw(`</w:footnotes>`)
	return []byte(w.String())
}
