package pdf

import (
	"testing"

	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"
)

// textWidth gives exactly the width fpdf gives, scaled as the layout scales it, and tells
// which characters the faces lack.
func TestTextWidth(t *testing.T) {
	f := gofpdf.New("P", "mm", "A4", "")
	for _, s := range styles {
		addFont(f, s)
	}
	for _, s := range styles {
		for _, text := range []string{"", " ", "Article 5", "зобовʼязується", "“self-defence”…", "₴ 1 000 000", "中"} {
			for _, size := range []float64{8, 9, 10, 12, 15} {
				f.SetFont(family, s.String(), refSize)
				want := f.GetStringWidth(text) * size / refSize
				if got := textWidth(text, s, size); got != want {
					t.Errorf("textWidth(%q, %v, %v) = %v, fpdf gives %v", text, s, size, got, want)
				}
			}
		}
		if !hasGlyph(s, 'ї') || hasGlyph(s, '中') {
			t.Errorf("hasGlyph(%v) is wrong about ї or 中", s)
		}
	}
}
