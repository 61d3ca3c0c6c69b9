package pdf

import (
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

// table is a GFM table ready to set: the runs of each cell, row by row, the header first.
type table struct {
	aligns []align
	rows   [][][]run
}

// cellPad is the space between a cell's rules and its text, across and down, in millimetres.
const cellPad, cellPadV = 1.6, 1.0

// wholeRows is the most rows (with the header) a table may have and still never be split.
const wholeRows = 6

// table adds a table as one block whose lines are its rows: a row is split only when it is
// taller than bandHeight, a table that breaks repeats its header row on the next page, and a
// short table is kept whole (on one page, if it fits on one).
func (b *builder) table(n *east.Table, indent float64) {
	tb := &table{}
	for _, a := range n.Alignments {
		tb.aligns = append(tb.aligns, cellAlign(a))
	}
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		st := regular
		if r.Kind() == east.KindTableHeader {
			st = bold
		}
		var cells [][]run
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, inlines(c, b.doc.Source, st))
		}
		tb.rows = append(tb.rows, cells)
	}
	b.keepIntro()
	if len(b.out) > 0 && b.out[len(b.out)-1].label != "" {
		indent = max(indent, b.out[len(b.out)-1].indent) // under the text of a numbered paragraph
	}
	b.add(&block{table: tb, size: b.t.body - 1, align: left, indent: indent, before: b.t.para * 0.4,
		after: b.t.para * 1.4, repeat: 1, whole: len(tb.rows) <= wholeRows})
}

func cellAlign(a east.Alignment) align {
	switch a {
	case east.AlignRight:
		return right
	case east.AlignCenter:
		return center
	}
	return left
}

// keepIntro keeps the paragraph that introduces what follows ("… as follows:") with it.
func (b *builder) keepIntro() {
	if len(b.out) == 0 {
		return
	}
	last := b.out[len(b.out)-1]
	var text strings.Builder
	for _, r := range last.runs {
		if r.note == 0 {
			text.WriteString(r.text)
		}
	}
	if strings.HasSuffix(strings.TrimSpace(text.String()), ":") {
		last.keepNext = true
	}
}

// tableLines sets each row of a table as one line: its cells side by side, each wrapped in
// its column, in a grid of rules.
func tableLines(b *block, width float64, t theme) []line {
	tb := b.table
	ncol := len(tb.aligns)
	mins, maxs := make([]float64, ncol), make([]float64, ncol)
	for _, row := range tb.rows {
		for c, cell := range row[:min(len(row), ncol)] {
			lo, hi := cellWidths(cell, b.size)
			mins[c], maxs[c] = max(mins[c], lo+2*cellPad), max(maxs[c], hi+2*cellPad)
		}
	}
	widths := colWidths(mins, maxs, width-b.indent)
	out := make([]line, 0, len(tb.rows))
	for _, row := range tb.rows {
		out = append(out, tableRow(b, row, widths, t)...)
	}
	return out
}

// cellWidths returns the width of the widest word of a cell and that of its whole text on
// one line.
func cellWidths(cell []run, size float64) (lo, hi float64) {
	ws := words(cell, size)
	for i, w := range ws {
		lo = max(lo, w.w)
		hi += w.w
		if i > 0 {
			hi += textWidth(" ", regular, size)
		}
	}
	return lo, hi
}

// colWidths shares avail among columns the way browsers do: every column as wide as its
// text when that fits (widened in proportion to fill the measure), else each at least as
// wide as its widest word with the rest given where the text is longest, else narrowed in
// proportion.
func colWidths(mins, maxs []float64, avail float64) []float64 {
	var sumMin, sumMax float64
	for i := range mins {
		sumMin, sumMax = sumMin+mins[i], sumMax+maxs[i]
	}
	out := make([]float64, len(mins))
	for i := range out {
		switch {
		case sumMax <= avail:
			out[i] = maxs[i] * avail / sumMax
		case sumMin <= avail:
			out[i] = mins[i] + (maxs[i]-mins[i])*(avail-sumMin)/(sumMax-sumMin)
		default:
			out[i] = mins[i] * avail / sumMin
		}
	}
	return out
}

// bandHeight is the most height, in millimetres, a row may take and be kept on one page: a row
// taller than this (a cell of hundreds of words) is set as bands of one line of text each,
// which the layout carries to the next page as it does rows, under the repeated header.
const bandHeight = 100.0

// tableRow sets one row: its cells wrapped in their columns, top-aligned, boxed by rules; as
// one line, or as several bands when it is taller than bandHeight.
func tableRow(b *block, row [][]run, widths []float64, t theme) []line {
	h := t.lineHeight(b.size)
	var frags [][]frag // by text line of the row
	x := b.indent
	for c, w := range widths {
		if c < len(row) {
			cell := &block{runs: row[c], size: b.size, align: b.table.aligns[c], color: b.color, lang: b.lang, cell: true}
			for j, l := range breakLines(cell, w-2*cellPad, t) {
				for len(frags) <= j {
					frags = append(frags, nil)
				}
				for _, f := range l.frags {
					f.x += x + cellPad
					frags[j] = append(frags[j], f)
				}
			}
		}
		x += w
	}
	depth := max(1, len(frags))
	per := depth // text lines per band: the whole row, or one line when it is too tall
	if float64(depth)*h > bandHeight {
		per = 1
	}
	var out []line
	for from := 0; from < depth; from += per {
		to := min(depth, from+per)
		out = append(out, band(b, frags, from, to, to == depth, widths, x, h))
	}
	return out
}

// band sets the text lines from..to of a row as one line of the table: with the cell padding
// and the rule above on the first band, the padding and the rule below on the last.
func band(b *block, frags [][]frag, from, to int, last bool, widths []float64, right, h float64) line {
	ln := line{size: b.size, base: h * baseline}
	if from == 0 {
		ln.base += cellPadV
	}
	for j := from; j < min(to, len(frags)); j++ {
		for _, f := range frags[j] {
			f.dy = float64(j-from) * h
			ln.frags = append(ln.frags, f)
		}
	}
	ln.height = float64(to-from) * h
	if from == 0 {
		ln.height += cellPadV
	}
	if last {
		ln.height += cellPadV
	}
	top, bottom := -ln.base, ln.height-ln.base
	if from == 0 {
		ln.rules = append(ln.rules, hrule(b.indent, right, top))
	}
	if last {
		ln.rules = append(ln.rules, hrule(b.indent, right, bottom))
	}
	for c, edge := 0, b.indent; c <= len(widths); c++ {
		ln.rules = append(ln.rules, rule{edge, top, edge, bottom})
		if c < len(widths) {
			edge += widths[c]
		}
	}
	return ln
}
