package docx

import (
	"github.com/guarantor-dev/guarantor/generator"
)

// Parallel writes the bilingual edition: a table of two columns, a row per paragraph, so each
// paragraph faces its translation.
func Parallel(left, right *generator.Doc, opt Options) ([]byte, error) {
	w := &writer{}
	w.raw(xmlHead, `<w:document xmlns:w="`, nsW, `" xmlns:r="`, nsR, `"><w:body>`)
	n := newNotes()
	l, r := newBody(w, left, 1, n), newBody(w, right, 2, n)
	l.prefix, r.prefix = string(left.Lang)+"_", string(right.Lang)+"_"
	r.markBase = 100000
	l.narrow, r.narrow = true, true
	t := &twoColumns{w: w, l: l, r: r}
	t.open()
	t.row(func(b *body) { b.line("Marking", b.doc.Marking.Text()) })
	t.row(func(b *body) { b.line("Title", b.doc.Title) })
	t.matters(left.Front, right.Front)
	for i := range max(len(left.Parts), len(right.Parts)) {
		t.part(i)
	}
	t.matters(left.Back, right.Back)
	w.raw(`</w:tbl>`)
	l.line("BodyText", "")
	sectPr(w)
	w.raw(`</w:body></w:document>`)
	title := left.Title + " / " + right.Title
	p := &pkg{lang: left.Lang, title: title, header: left.Marking.Text() + "\t" + left.Title,
		footer: pageWords[left.Lang], date: opt.date(left), document: []byte(w.String()),
		lists: []*listing{l.list, r.list}, langs: []generator.Lang{left.Lang, right.Lang}, notes: n,
		ref: opt.Reference.get()}
	return p.bytes()
}

// twoColumns writes the rows of the parallel table.
type twoColumns struct {
	w    *writer
	l, r *body
}

const half = textWidth / 2

func (t *twoColumns) open() {
	t.w.raw(`<w:tbl><w:tblPr><w:tblW w:w="`, itoa(2*half), `" w:type="dxa"/><w:tblLayout w:type="fixed"/>`)
	t.w.raw(`<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar></w:tblPr>`)
	t.w.raw(`<w:tblGrid><w:gridCol w:w="`, itoa(half), `"/><w:gridCol w:w="`, itoa(half), `"/></w:tblGrid>`)
}

// row writes a row: what fill writes for the left text, then for the right.
func (t *twoColumns) row(fill func(b *body)) {
	t.pair(func() { fill(t.l) }, func() { fill(t.r) })
}

// pair writes a row of two cells; a cell left empty gets the empty paragraph Word requires.
func (t *twoColumns) pair(left, right func()) {
	t.w.raw(`<w:tr>`)
	for i, fill := range []func(){left, right} {
		b := []*body{t.l, t.r}[i]
		t.w.raw(`<w:tc><w:tcPr><w:tcW w:w="`, itoa(half), `" w:type="dxa"/></w:tcPr>`)
		n := t.w.Len()
		fill()
		if t.w.Len() == n {
			b.line("ParallelText", "")
		}
		t.w.raw(`</w:tc>`)
	}
	t.w.raw(`</w:tr>`)
}

func (t *twoColumns) matters(left, right []*generator.Matter) {
	for i := range max(len(left), len(right)) {
		t.pair(func() {
			if i < len(left) {
				t.l.matter(left[i])
			}
		}, func() {
			if i < len(right) {
				t.r.matter(right[i])
			}
		})
	}
}

// part writes the i-th part of each text: its heading in one row, then a row per block.
func (t *twoColumns) part(i int) {
	var restL, restR []generator.Block
	t.pair(func() {
		if i < len(t.l.doc.Parts) {
			restL = t.l.heading(t.l.doc.Parts[i])
		}
	}, func() {
		if i < len(t.r.doc.Parts) {
			restR = t.r.heading(t.r.doc.Parts[i])
		}
	})
	nextL, nextR := 1, 1
	for j := range max(len(restL), len(restR)) {
		t.pair(func() {
			if j < len(restL) {
				t.l.block(restL[j], &nextL)
			}
		}, func() {
			if j < len(restR) {
				t.r.block(restR[j], &nextR)
			}
		})
	}
}
