package diff

import (
	"strings"
	"unicode"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is what a redline does to a piece of text.
type Op int

// The operations.
const (
	Equal  Op = iota // in both texts
	Insert           // only in the new text
	Delete           // only in the old text
)

// Seg is a piece of a paragraph with its operation.
type Seg struct {
	Op   Op
	Text string
}

// Para is a paragraph of a redline: its pieces, and what happened to the paragraph itself (its
// end): Equal when it is in both texts, Insert or Delete when it was added or removed.
type Para struct {
	Segs []Seg
	Mark Op
}

// Words compares two texts of paragraphs word by word and returns the paragraphs of the
// redline. A cross-reference's marker is written as its words: the old words in deleted text,
// the new ones elsewhere.
func Words(old, new []string, oldRefs, newRefs map[string]string) []Para {
	tok := &tokens{index: map[string]rune{}, words: map[rune]string{}}
	a, b := tok.encode(old), tok.encode(new)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(a, b, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var out []Para
	cur := Para{}
	for _, d := range diffs {
		op := map[diffmatchpatch.Operation]Op{diffmatchpatch.DiffEqual: Equal,
			diffmatchpatch.DiffInsert: Insert, diffmatchpatch.DiffDelete: Delete}[d.Type]
		var text strings.Builder
		for _, r := range d.Text {
			if r == paraBreak {
				if text.Len() > 0 {
					cur.Segs = append(cur.Segs, Seg{op, text.String()})
					text.Reset()
				}
				cur.Mark = op
				out = append(out, cur)
				cur = Para{}
				continue
			}
			w := tok.words[r]
			if strings.HasPrefix(w, refOpen) {
				if op == Delete {
					w = oldRefs[w]
				} else {
					w = newRefs[w]
				}
			}
			text.WriteString(w)
		}
		if text.Len() > 0 {
			cur.Segs = append(cur.Segs, Seg{op, text.String()})
		}
	}
	return out
}

// paraBreak is the token that ends every paragraph; first is the first rune of word tokens.
const (
	paraBreak = rune(1)
	first     = rune(0x100)
)

// tokens numbers the words of both texts, so they can be compared as runes.
type tokens struct {
	index map[string]rune
	words map[rune]string
}

// encode returns paragraphs as runes: a rune per word, space or punctuation mark, and
// paraBreak after each paragraph.
func (t *tokens) encode(paras []string) []rune {
	var out []rune
	for _, p := range paras {
		for _, w := range split(p) {
			r, ok := t.index[w]
			if !ok {
				r = first + rune(len(t.words))
				if r >= 0xD800 { // past the surrogates
					r += 0x800
				}
				t.index[w], t.words[r] = r, w
			}
			out = append(out, r)
		}
		out = append(out, paraBreak)
	}
	return out
}

// split cuts text into words (letters and digits), runs of spaces, and single other
// characters.
func split(s string) []string {
	var out []string
	start, kind := 0, 0
	for i, r := range s {
		if i < start {
			continue // inside a reference's marker
		}
		if strings.HasPrefix(s[i:], refOpen) {
			if i > start {
				out = append(out, s[start:i])
			}
			end := i + strings.Index(s[i:], refClose) + len(refClose)
			out = append(out, s[i:end])
			start, kind = end, 0
			continue
		}
		k := 3
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == 'ʼ':
			k = 1
		case unicode.IsSpace(r):
			k = 2
		}
		if i > start && (k != kind || k == 3) {
			out = append(out, s[start:i])
			start = i
		}
		kind = k
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
