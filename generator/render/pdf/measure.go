package pdf

import (
	"sync"
	"sync/atomic"

	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"
	"golang.org/x/image/font/sfnt"
)

// Text is measured the way fpdf measures it: the sum of the advance widths of its runes, in
// thousandths of the font size, times the size. What the process learns of a rune in a face
// (its width, whether the face has a glyph for it) is kept for the rest of the process: it
// depends only on the font, so what a PDF contains does not depend on what was measured before.

// refSize is the size widths are measured at; widths scale linearly with the size.
const refSize = 10

// textWidth returns the width of text in style s at size points, in millimetres.
func textWidth(text string, s style, size float64) float64 {
	n := 0
	for _, r := range text {
		n += int(metrics(s, r) & unitsMask)
	}
	return float64(n) * refUnit / 1000 * size / refSize
}

// metrics of a rune in a face, as kept: the known bit, the glyph bit and the width.
const (
	known     = 1 << 31
	glyph     = 1 << 30
	unitsMask = glyph - 1
)

var (
	runes     [4][1 << 16]atomic.Uint32 // by style.face() and rune; 0 until learnt
	measureMu sync.Mutex                // guards scratch and covers
	scratch   *gofpdf.Fpdf              // measures with fpdf's own widths
	covers    [4]*sfnt.Font             // tells whether a face has a glyph
	sfntBuf   sfnt.Buffer
)

// refUnit is refSize in millimetres, computed as fpdf computes a font size (size / k).
var refUnit = refSize / ptPerMM

var ptPerMM = 72.0 / 25.4

// metrics returns what is known of rune r in the face for s, learning it on first use.
func metrics(s style, r rune) uint32 {
	if r < 0 || r >= 1<<16 {
		return learn(s, r)
	}
	slot := &runes[s.face()][r]
	v := slot.Load()
	if v == 0 {
		v = learn(s, r)
		slot.Store(v)
	}
	return v
}

// hasGlyph reports whether the face for s has a glyph for r.
func hasGlyph(s style, r rune) bool { return metrics(s, r)&glyph != 0 }

func learn(s style, r rune) uint32 {
	measureMu.Lock()
	defer measureMu.Unlock()
	if scratch == nil {
		scratch = gofpdf.New("P", "mm", "A4", "")
		for _, st := range styles {
			addFont(scratch, st)
		}
	}
	scratch.SetFont(family, s.String(), refSize)
	v := known | uint32(scratch.GetStringSymbolWidth(string(r)))
	if covers[s.face()] == nil {
		f, err := sfnt.Parse(s.ttf())
		if err != nil {
			panic(err) // the embedded fonts are known to parse
		}
		covers[s.face()] = f
	}
	if i, err := covers[s.face()].GlyphIndex(&sfntBuf, r); err == nil && i != 0 {
		v |= glyph
	}
	return v
}
