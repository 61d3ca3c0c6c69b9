package pdf

import (
	"slices"

	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// Footnotes are set at the foot of the page (of the column, in the parallel edition) where
// they are first referred to, below a short rule, in small type with their number raised
// before them. A line that refers to a note goes to the next page when the note does not fit
// with it; a note is never split.

// note is a footnote's number and its block.
type note struct {
	n int
	b *block
}

// notes builds a block for each footnote of the document, in the order of their numbers.
func (b *builder) notes() []note {
	var out []note
	for _, fn := range b.doc.Notes {
		var runs []run
		for p := fn.FirstChild(); p != nil; p = p.NextSibling() {
			if len(runs) > 0 {
				runs = append(runs, run{text: " "})
			}
			runs = append(runs, inlines(p, b.doc.Source, regular)...)
		}
		bl := &block{runs: runs, size: b.t.small, label: superscript(fn.Index), indent: b.t.step / 2}
		out = append(out, note{fn.Index, b.prepare(bl)})
	}
	return out
}

func noteBlocks(ns []note) []*block {
	out := make([]*block, len(ns))
	for i, n := range ns {
		out[i] = n.b
	}
	return out
}

// foot is the footnote area of a column: every note broken into lines, and the notes set at
// the foot of the current page.
type foot struct {
	notes map[int]laid
	done  map[int]bool // set on this page or an earlier one
	page  []int        // set on this page, in order
	h     float64      // the height of this page's notes and the rule above them
	sepW  float64      // the length of the rule
}

// sepH is the height of the space above the footnotes with the rule in it.
const sepH = 5.0

func newFoot(ns []note, width float64, t theme) *foot {
	f := &foot{notes: map[int]laid{}, done: map[int]bool{}, sepW: min(width/3, 45)}
	for _, n := range ns {
		f.notes[n.n] = laid{b: n.b, lines: breakLines(n.b, width, t)}
	}
	return f
}

func (f *foot) height() float64 {
	if f == nil {
		return 0
	}
	return f.h
}

// more returns the height the notes ln refers to would add to the foot of the page, beyond
// those set or pending there, and pending with them.
func (f *foot) more(ln *line, pending []int) ([]int, float64) {
	if f == nil {
		return pending, 0
	}
	h := 0.0
	for i := range ln.frags {
		n := ln.frags[i].note
		if n == 0 {
			continue
		}
		nt, ok := f.notes[n]
		if !ok || f.done[n] || slices.Contains(pending, n) {
			continue
		}
		if len(f.page) == 0 && len(pending) == 0 {
			h += sepH
		}
		h += nt.height(0, len(nt.lines))
		pending = append(pending, n)
	}
	return pending, h
}

// add sets the notes ln refers to at the foot of the page.
func (f *foot) add(ln *line) {
	if f == nil {
		return
	}
	pending, h := f.more(ln, nil)
	f.page = append(f.page, pending...)
	f.h += h
	for _, n := range pending {
		f.done[n] = true
	}
}

// flush places the page's notes at its foot, above bottom, and starts a new page.
func (f *foot) flush(pg *page, x, bottom float64) {
	if f == nil || len(f.page) == 0 {
		return
	}
	y := bottom - f.h
	sep := &line{height: sepH, base: sepH / 2, rules: []rule{hrule(0, f.sepW, 0)}}
	pg.items = append(pg.items, item{x: x, y: y, line: sep})
	y += sepH
	for _, n := range f.page {
		nt := f.notes[n]
		for i := range nt.lines {
			pg.items = append(pg.items, item{x: x, y: y, line: &nt.lines[i]})
			y += nt.lines[i].height
		}
	}
	f.page, f.h = nil, 0
}

// docNotes is the footnotes of a document, for the glyph check.
func docNotes(doc *document.Document, t theme) []note {
	b := &builder{doc: doc, t: t}
	return b.notes()
}
