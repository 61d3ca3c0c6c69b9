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
	for i := range lb {
		if err := checkGlyphs(lb[i], left, chromeText(left)); err != nil {
			return nil, err
		}
		if err := checkGlyphs(rb[i], right, chromeText(right)); err != nil {
			return nil, err
		}
	}
	f := newPDF(opt, left.Instrument, []*document.Document{left, right})
	m := newMeasurer(f)
	rows := make([]row, len(lb))
	for i := range lb {
		rows[i] = row{left: breakAll(lb[i], m), right: breakAll(rb[i], m)}
	}
	pages := flowRows(rows)
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
	return out
}

func breakAll(blocks []*block, m *measurer) []laid {
	out := make([]laid, len(blocks))
	for i, b := range blocks {
		out[i] = laid{b: b, lines: breakLines(b, columnWidth(), parallel, m)}
	}
	return out
}

// flowRows places the rows on pages, each row starting level in both columns, below the
// longer column of the row before.
func flowRows(rows []row) []*page {
	g := sideBySide
	xl, xr := g.left, g.left+columnWidth()+g.gutter
	var pages []*page
	pg, y := &page{}, g.top
	for i, r := range rows {
		l := &cursor{items: r.left, view: withNext(rows, i, true)}
		rt := &cursor{items: r.right, view: withNext(rows, i, false)}
		if y > g.top && (!l.startFits(y, g.bottom) || !rt.startFits(y, g.bottom)) {
			pages, pg, y = append(pages, pg), &page{}, g.top
		}
		for {
			yl := l.fill(pg, xl, y, g.top, g.bottom)
			yr := rt.fill(pg, xr, y, g.top, g.bottom)
			if l.done() && rt.done() {
				y = max(yl, yr)
				break
			}
			pages, pg, y = append(pages, pg), &page{}, g.top
		}
	}
	return append(pages, pg)
}

// withNext is a column of row i followed by the same column of row i+1, so that a block kept
// with the next one looks past the end of its row.
func withNext(rows []row, i int, left bool) []laid {
	col := func(r row) []laid {
		if left {
			return r.left
		}
		return r.right
	}
	view := append([]laid(nil), col(rows[i])...)
	if i+1 < len(rows) {
		view = append(view, col(rows[i+1])...)
	}
	return view
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
