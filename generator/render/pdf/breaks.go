package pdf

import (
	"math"
	"slices"
	"strings"
)

// Line breaking for justified text chooses the breaks of a whole paragraph at once (a small
// form of Knuth and Plass's method): each line's gaps may stretch or shrink a little, a word
// may be hyphenated at a cost, and the breaks that keep every line's gaps closest to a normal
// space win, rather than filling each line greedily and leaving the next to open wide gaps
// before a long word.

const (
	shrinkLimit   = 0.8  // narrowest gap, in spaces
	loose         = 1.0  // a gap of 1+loose spaces counts as badly loose
	hyphenPenalty = 50.0 // demerits added for a hyphenated line
	lonePenalty   = 1e30 // a line of one word is worse than any loose line
)

// box is a word, or a syllable of a word that may be hyphenated after it.
type box struct {
	pieces  []piece
	w       float64
	wordEnd bool    // a space follows
	hyphen  float64 // width of the hyphen added when a line breaks after a syllable
	dash    bool    // ends with a hyphen of its own (self-|defence): a line may end here as it is
	first   bool    // the word's first box
	word    string  // the whole word, when it is cut into syllables
}

// boxes cuts words into boxes; with hyph, one-piece words into syllables and after their own
// hyphens.
//
// The syllables' pieces share one array, each box holding its own element. The boxes are
// appended to out.
func boxes(out []box, ws []word, hyph hyphenator, size float64) []box {
	var syls []piece
	var offs []int // the current word's, reusing one array
	for _, w := range ws {
		offs = offs[:0]
		if hyph != nil && len(w.pieces) == 1 && len(w.pieces[0].text) > 8 {
			offs = breakOffsets(offs, w.pieces[0].text, hyph)
		}
		if len(offs) == 0 {
			out = append(out, box{pieces: w.pieces, w: w.w, wordEnd: true, first: true})
			continue
		}
		p := w.pieces[0]
		hy := textWidth("-", p.style, size)
		last := 0
		offs = append(offs, len(p.text))
		for _, o := range offs {
			syl := piece{run: p.run, w: textWidth(p.text[last:o], p.style, size)}
			syl.text = p.text[last:o]
			syls = append(syls, syl)
			n := len(syls)
			bx := box{pieces: syls[n-1 : n : n], w: syl.w, wordEnd: o == len(p.text), hyphen: hy,
				first: last == 0, word: p.text}
			if strings.HasSuffix(syl.text, "-") {
				bx.hyphen, bx.dash = 0, true
			}
			out = append(out, bx)
			last = o
		}
	}
	return out
}

// breakOffsets appends to offs the hyphenation points of a word merged with the places after
// its own hyphens, in order.
func breakOffsets(offs []int, word string, hyph hyphenator) []int {
	offs = append(offs, hyph(word)...)
	for i := 1; i < len(word)-2; i++ {
		if word[i] == '-' && word[i-1] != '-' && word[i+1] != '-' {
			offs = append(offs, i+1)
		}
	}
	slices.Sort(offs)
	return slices.Compact(offs)
}

// lineWidth is the natural width of boxes [s, e) set on one line, and its number of gaps.
func lineWidth(bs []box, s, e int, space float64) (w, gaps float64) {
	for k := s; k < e; k++ {
		w += bs[k].w
		if k < e-1 && bs[k].wordEnd {
			w += space
			gaps++
		}
	}
	if !bs[e-1].wordEnd {
		w += bs[e-1].hyphen // 0 after a hyphen of the word's own
	}
	return w, gaps
}

// breakPoints returns the index after the last box of each line. first is the width of the
// first line, rest that of the others.
func breakPoints(bs []box, space, first, rest float64) []int {
	n := len(bs)
	best := make([]float64, n+1)
	from := make([]int, n+1)
	for j := 1; j <= n; j++ {
		best[j] = math.Inf(1)
	}
	for i := 0; i < n; i++ {
		if math.IsInf(best[i], 1) || (i > 0 && !canBreak(bs, i)) {
			continue
		}
		avail := rest
		if i == 0 {
			avail = first
		}
		// The width of boxes [i, j) grows box by box, adding exactly what lineWidth adds, in
		// the same order, so the result is the same without rescanning the line.
		natural, gaps := 0.0, 0.0
		for j := i + 1; j <= n; j++ {
			if j > i+1 && bs[j-2].wordEnd {
				natural += space
				gaps++
			}
			natural += bs[j-1].w
			if j < n && !canBreak(bs, j) {
				continue
			}
			w := natural
			if !bs[j-1].wordEnd {
				w += bs[j-1].hyphen
			}
			if w-gaps*space*(1-shrinkLimit) > avail && (gaps > 0 || j > i+1) {
				break
			}
			d := best[i] + demerits(w, gaps, space, avail, j == n)
			if !bs[j-1].wordEnd && !bs[j-1].dash {
				d += hyphenPenalty
			}
			if d < best[j] {
				best[j], from[j] = d, i
			}
		}
	}
	var ends []int
	for j := n; j > 0; j = from[j] {
		ends = append(ends, j)
	}
	for l, r := 0, len(ends)-1; l < r; l, r = l+1, r-1 {
		ends[l], ends[r] = ends[r], ends[l]
	}
	return ends
}

// canBreak reports whether a line may end before box j: after a word, or after a syllable.
func canBreak(bs []box, j int) bool { return bs[j-1].wordEnd || bs[j-1].hyphen > 0 || bs[j-1].dash }

// demerits scores one line of natural width w with the given number of gaps.
func demerits(w, gaps, space, avail float64, last bool) float64 {
	switch {
	case last && w <= avail:
		return 1
	case last:
		return 1 + badness((w-avail)/(gaps*space*(1-shrinkLimit)))
	case gaps == 0:
		return lonePenalty
	}
	r := (avail - w) / (gaps * space)
	if r < 0 {
		return 1 + badness(-r/(1-shrinkLimit))
	}
	return 1 + badness(r/loose)
}

func badness(r float64) float64 {
	b := 100 * r * r * r
	return (1 + b) * (1 + b)
}
