package pdf

import (
	"strings"
	"sync"
)

// frag is a piece of text placed on a line, relative to the line's box.
type frag struct {
	x, dy float64 // dy: offset of the baseline below the first baseline
	w     float64
	size  float64
	text  string
	link  int
	note  int // the footnote this mark refers to
	color uint32
	style style
	// A word broken across lines copies whole: a span of actual text opens at the frag whose
	// actual is set, with *actual as the text its glyphs stand for, and closes after the frag
	// with closes set (see wordSpans).
	closes bool
	actual *string
}

// rule is a straight line drawn with a line of text, from (x1, y1) to (x2, y2): x from the
// left of the line's box, y below its first baseline.
type rule struct{ x1, y1, x2, y2 float64 }

// hrule is a horizontal rule from x1 to x2 at dy below the first baseline.
func hrule(x1, x2, dy float64) rule { return rule{x1, dy, x2, dy} }

// line is one line of a block, a whole row of signature blocks or of a table, or the rule
// above the footnotes.
type line struct {
	frags  []frag
	rules  []rule
	height float64
	size   float64 // size of the first baseline's text
	base   float64 // first baseline below the top of the box; 0 means height*baseline
}

// baseAt is where the line's first baseline sits below the top of its box.
func (l *line) baseAt() float64 {
	if l.base > 0 {
		return l.base
	}
	return l.height * baseline
}

// piece is a stretch of a word in one style.
type piece struct {
	run
	w float64
}

// word is what a line breaks between.
type word struct {
	pieces []piece
	w      float64
}

// words splits runs into words at spaces, measuring each piece.
//
// The pieces of all the words share one array: a word's pieces are those appended while it was
// the current word.
func words(runs []run, size float64) []word {
	n := 0
	for _, r := range runs {
		n += strings.Count(r.text, " ") + 1
	}
	out, all := make([]word, 0, n), make([]piece, 0, n)
	cur, start := word{}, 0
	flush := func() {
		if len(all) > start {
			cur.pieces = all[start:len(all):len(all)]
			out = append(out, cur)
			cur, start = word{}, len(all)
		}
	}
	for _, r := range runs {
		for i, p := range strings.Split(r.text, " ") {
			if i > 0 {
				flush()
			}
			if p == "" {
				continue
			}
			if k := len(all) - 1; k >= start && all[k].style == r.style && all[k].link == r.link &&
				all[k].note == r.note {
				cur.w -= all[k].w
				all[k].text += p
				all[k].w = textWidth(all[k].text, r.style, size)
				cur.w += all[k].w
				continue
			}
			pc := piece{run: run{text: p, style: r.style, link: r.link, note: r.note}}
			pc.w = textWidth(p, r.style, size)
			all = append(all, pc)
			cur.w += pc.w
		}
	}
	flush()
	return out
}

// boxPool holds the arrays of boxes of paragraphs already broken, for the next paragraph.
var boxPool = sync.Pool{New: func() any { return new([]box) }}

// breakLines breaks a block into lines of the given column width.
func breakLines(b *block, width float64, t theme) []line {
	switch {
	case b.cells != nil:
		return []line{signatureRow(b, width, t)}
	case b.table != nil:
		return tableLines(b, width, t)
	}
	return reuseLines(b, width, t)
}

// paragraphLines breaks the text of a block into lines; the lines of a cell are set as
// the block is aligned, but broken like justified text.
func paragraphLines(b *block, width float64, t theme) []line {
	var hyph hyphenator
	if (b.align == justify || b.cell) && b.lang != "" {
		hyph = hyphenatorFor(b.lang)
	}
	scratch := boxPool.Get().(*[]box)
	bs := boxes((*scratch)[:0], words(b.runs, b.size), hyph, b.size)
	defer func() {
		clear(bs) // no line keeps a box: setLine copies what it needs
		*scratch = bs[:0]
		boxPool.Put(scratch)
	}()
	space := textWidth(" ", regular, b.size)
	h := t.lineHeight(b.size)
	text := width - b.indent
	var ends []int
	if b.align == justify || b.cell {
		ends = breakPoints(bs, space, text-b.first, text)
	} else {
		ends = greedy(bs, space, text-b.first, text)
	}
	out := make([]line, 0, len(ends)+1)
	start := 0
	for k, end := range ends {
		x0, avail := b.indent, text
		if k == 0 {
			x0, avail = x0+b.first, avail-b.first
		}
		out = append(out, setLine(b, bs[start:end], x0, avail, space, end == len(bs), h))
		start = end
	}
	if len(out) == 0 {
		out = append(out, line{height: h, size: b.size})
	}
	if b.label != "" {
		out[0].frags = append([]frag{{x: b.labelAt, text: b.label, size: b.size, color: b.color,
			w: textWidth(b.label, regular, b.size)}}, out[0].frags...)
	}
	if b.rules {
		out[0].rules = append(out[0].rules, hrule(0, width, -h*0.78))
		out[len(out)-1].rules = append(out[len(out)-1].rules, hrule(0, width, h*0.42))
	}
	return out
}

// greedy breaks lines after words as late as they fit: for text that is centred or set flush
// left.
func greedy(bs []box, space, first, rest float64) []int {
	var ends []int
	avail, start := first, 0
	for j := 1; j <= len(bs); j++ {
		if j < len(bs) && !bs[j-1].wordEnd {
			continue
		}
		if w, _ := lineWidth(bs, start, j, space); w > avail && len(ends) < j && j > start+1 {
			prev := start
			for k := j - 1; k > start; k-- {
				if bs[k-1].wordEnd {
					prev = k
					break
				}
			}
			if prev > start {
				ends = append(ends, prev)
				start, avail = prev, rest
			}
		}
	}
	if len(bs) > 0 {
		ends = append(ends, len(bs))
	}
	return ends
}

// setLine positions the boxes of one line: justified (but never with gaps wider than
// maxStretch spaces, which would open rivers), centred or flush left; a line that ends inside
// a word gets a hyphen.
func setLine(b *block, bs []box, x0, avail, space float64, last bool, h float64) line {
	natural, gaps := lineWidth(bs, 0, len(bs), space)
	gap := space
	switch {
	case b.align == center:
		x0 += (avail - natural) / 2
	case b.align == right:
		x0 += avail - natural
	case b.align == justify && !last && gaps > 0:
		if g := space + (avail-natural)/gaps; g <= space*maxStretch {
			gap = g
		}
	}
	n := 0
	for _, bx := range bs {
		n += len(bx.pieces)
	}
	ln := line{height: h, size: b.size, frags: make([]frag, 0, n)}
	spans := wordSpans(bs)
	x := x0
	for k, bx := range bs {
		for i, p := range bx.pieces {
			ln.frags = append(ln.frags, frag{x: x, w: p.w, text: p.text, style: p.style, size: b.size,
				color: b.color, link: p.link, note: p.note})
			x += p.w
			for j := range spans {
				if k == spans[j].from && i == 0 {
					ln.frags[len(ln.frags)-1].actual = &spans[j].actual
				}
				if k == spans[j].to && i == len(bx.pieces)-1 {
					ln.frags[len(ln.frags)-1].closes = true
				}
			}
		}
		if bx.wordEnd {
			x += gap
		} else if k == len(bs)-1 && !bx.dash {
			ln.frags[len(ln.frags)-1].text += "-"
		}
	}
	return ln
}

// maxStretch is the widest gap between justified words, in spaces.
const maxStretch = 6

// span is a run of boxes [from, to] of one line that copies as actual.
type span struct {
	from, to int
	actual   string
}

// wordSpans returns the spans of the words a line breaks: the word the line ends inside, with
// a hyphen added or at a hyphen of its own, copies whole from this line; its rest, which
// begins the next line, copies as nothing. So text copied or extracted across the break has
// the unbroken word (guarantee, not guaran- tee; self-defence, not selfdefence), and searching
// finds it.
func wordSpans(bs []box) []span {
	var out []span
	if !bs[0].first { // the rest of a word broken on the line before
		to := 0
		for to < len(bs)-1 && !bs[to].wordEnd {
			to++
		}
		out = append(out, span{0, to, ""})
	}
	last := len(bs) - 1
	if bs[last].wordEnd {
		return out
	}
	from := last
	for from > 0 && !bs[from-1].wordEnd {
		from--
	}
	if bs[from].first { // else a middle part, already in the span above
		out = append(out, span{from, last, bs[from].word})
	}
	return out
}
