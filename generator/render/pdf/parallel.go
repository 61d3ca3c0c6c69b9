package pdf

import (
	"fmt"

	"github.com/yuin/goldmark/ast"

	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// sideBySide is the text area of the parallel edition: two columns with a gutter between.
var sideBySide = struct {
	geometry
	gutter float64
}{geometry{left: 15, top: 27, width: pageW - 30, bottom: pageH - 25}, 8}

func columnWidth() float64 { return (sideBySide.width - sideBySide.gutter) / 2 }

// row is a part of the document in both languages, each column's blocks broken into lines.
type row struct{ left, right []laid }

// Parallel typesets two languages side by side, article by article: each part of the
// document (the title, each recital, each article, the testimonium, each signature block)
// starts level in both columns.
func Parallel(left, right *document.Document, opt Options) ([]byte, error) {
	if len(left.Parts) != len(right.Parts) {
		return nil, fmt.Errorf("parallel edition: the %s text has %d parts and the %s text %d; they cannot be aligned",
			left.Lang, len(left.Parts), right.Lang, len(right.Parts))
	}
	lb, rb := aligned(left, right)
	ln, rn := docNotes(left, parallel), docNotes(right, parallel)
	for i := range lb {
		if err := checkGlyphs(lb[i], left, chromeText(left)); err != nil {
			return nil, err
		}
		if err := checkGlyphs(rb[i], right, chromeText(right)); err != nil {
			return nil, err
		}
	}
	if err := checkGlyphs(noteBlocks(ln), left, ""); err != nil {
		return nil, err
	}
	if err := checkGlyphs(noteBlocks(rn), right, ""); err != nil {
		return nil, err
	}
	f := newPDF(opt, left.Instrument, []*document.Document{left, right})
	rows := make([]row, len(lb))
	for i := range lb {
		rows[i] = row{left: breakAll(lb[i]), right: breakAll(rb[i])}
	}
	pages := flowRows(rows, newFoot(ln, columnWidth(), parallel), newFoot(rn, columnWidth(), parallel))
	p := newPainter(f)
	for i, pg := range pages {
		f.AddPage()
		p.fresh = true
		parallelChrome(p, left, right, i+1, len(pages))
		for _, it := range pg.items {
			p.item(it)
		}
	}
	return output(f)
}

// aligned builds the blocks of the two columns as rows that start level: each part of the
// documents, and within an article each paragraph, list item and point when both languages
// have the same number of them (else the article as a whole).
func aligned(left, right *document.Document) (l, r [][]*block) {
	for i, p := range left.Parts {
		lu, ru := units(left, p), units(right, right.Parts[i])
		if len(lu) != len(ru) {
			lu, ru = [][]*block{concat(lu)}, [][]*block{concat(ru)}
		}
		l, r = append(l, lu...), append(r, ru...)
	}
	keepLastSignatures(l)
	keepLastSignatures(r)
	return l, r
}

// units builds the blocks of one part of a document for a column, grouped by the unit they
// set: the part's top-level nodes, and each item of a numbered list.
func units(doc *document.Document, p *document.Part) [][]*block {
	b := &builder{doc: doc, t: parallel, perRow: 1}
	if p.Kind != document.Article || p.Entry == nil || len(p.Nodes) < 2 {
		b.part(p)
		b.flushSignatures()
		return [][]*block{b.out}
	}
	b.clause = p.Entry.Clause
	var out [][]*block
	cut := func() {
		if len(b.out) > 0 {
			out, b.out = append(out, b.out), nil
		}
	}
	for _, n := range p.Nodes {
		if l, ok := n.(*ast.List); ok && l.IsOrdered() {
			i := 0
			for item := l.FirstChild(); item != nil; item, i = item.NextSibling(), i+1 {
				b.item(item, fmt.Sprintf("%d%c", l.Start+i, l.Marker), 0, p)
				cut()
			}
			continue
		}
		b.node(n, 0, p)
		cut()
	}
	return out
}

func concat(units [][]*block) []*block {
	var out []*block
	for _, u := range units {
		out = append(out, u...)
	}
	return out
}

// keepLastSignatures keeps the last signature block with the one before it, so that it does
// not stand alone on the last page; each is a part of its own here.
func keepLastSignatures(parts [][]*block) {
	var sigs []*block
	for _, p := range parts {
		if len(p) > 0 && p[len(p)-1].cells != nil {
			sigs = append(sigs, p[len(p)-1])
		}
	}
	if len(sigs) >= 2 {
		sigs[len(sigs)-2].keepNext = true
	}
}

func breakAll(blocks []*block) []laid {
	out := make([]laid, len(blocks))
	for i, b := range blocks {
		out[i] = laid{b: b, lines: breakLines(b, columnWidth(), parallel)}
	}
	return out
}

// flowRows places the rows on pages, each row starting level in both columns, below the
// longer column of the row before; each column's footnotes go to its foot.
func flowRows(rows []row, fl, fr *foot) []*page {
	g := sideBySide
	xl, xr := g.left, g.left+columnWidth()+g.gutter
	var pages []*page
	pg, y := &page{}, g.top
	next := func() {
		fl.flush(pg, xl, g.bottom)
		fr.flush(pg, xr, g.bottom)
		pages, pg, y = append(pages, pg), &page{}, g.top
	}
	lefts := tails(rows, func(r row) []laid { return r.left })
	rights := tails(rows, func(r row) []laid { return r.right })
	for i, r := range rows {
		l := &cursor{items: r.left, view: lefts[i], foot: fl}
		rt := &cursor{items: r.right, view: rights[i], foot: fr}
		if y > g.top && (!l.startFits(y, g.bottom) || !rt.startFits(y, g.bottom)) {
			next()
		}
		for {
			yl := l.fill(pg, xl, y, g.top, g.bottom)
			yr := rt.fill(pg, xr, y, g.top, g.bottom)
			if l.done() && rt.done() {
				y = max(yl, yr)
				break
			}
			next()
		}
	}
	next()
	return pages
}

// tails returns, for each row, a column of it followed by the same column of the rows after
// it (the tail of the whole column from the row on), so that a block kept with the next one
// looks past the end of its row (a chain of signature blocks runs over several rows).
func tails(rows []row, column func(row) []laid) [][]laid {
	var all []laid
	for _, r := range rows {
		all = append(all, column(r)...)
	}
	out := make([][]laid, len(rows))
	at := 0
	for i, r := range rows {
		out[i] = all[at:]
		at += len(column(r))
	}
	return out
}

// parallelChrome draws the running title, both stamps, the rule between the columns and the
// page number in both languages.
func parallelChrome(p *painter, left, right *document.Document, n, of int) {
	g := sideBySide.geometry
	both := &document.Document{Lang: left.Lang, Instrument: left.Instrument, Title: left.Title, Model: left.Model,
		Marking: document.Marking{Stamp: stamp(left, right)}}
	chromeWith(p, both, left.Words().Page(n, of)+"  ·  "+right.Words().Page(n, of), g)
	mid := g.left + columnWidth() + sideBySide.gutter/2
	p.f.SetDrawColor(0xbb, 0xbb, 0xbb)
	p.f.SetLineWidth(0.15)
	p.f.Line(mid, g.top, mid, g.bottom)
}

func stamp(left, right *document.Document) string {
	switch {
	case left.Marking.Stamp == "":
		return right.Marking.Stamp
	case right.Marking.Stamp == "":
		return left.Marking.Stamp
	}
	return left.Marking.Stamp + " · " + right.Marking.Stamp
}
