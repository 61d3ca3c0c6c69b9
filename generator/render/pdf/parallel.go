package pdf

import (
	"fmt"

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
	lb, rb := parts(left), parts(right)
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

// parts builds the blocks of each part of a document, for a column.
func parts(doc *document.Document) [][]*block {
	out := make([][]*block, len(doc.Parts))
	for i, p := range doc.Parts {
		b := &builder{doc: doc, t: parallel, perRow: 1}
		b.part(p)
		b.flushSignatures()
		out[i] = b.out
	}
	keepLastSignatures(out)
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
	both := &document.Document{Lang: left.Lang, Instrument: left.Instrument, Title: left.Title,
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
