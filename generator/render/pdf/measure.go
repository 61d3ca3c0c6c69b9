package pdf

import (
	gofpdf "codeberg.org/go-pdf/fpdf"
)

// measurer measures text with the fonts of one PDF, caching the width of every piece.
type measurer struct {
	f     *gofpdf.Fpdf
	cur   style
	set   bool
	cache map[mkey]float64
}

type mkey struct {
	s    style
	text string
}

// refSize is the size widths are measured at; widths scale linearly with the size.
const refSize = 10

func newMeasurer(f *gofpdf.Fpdf) *measurer {
	return &measurer{f: f, cache: map[mkey]float64{}}
}

// width returns the width of text in style s at size points, in millimetres.
func (m *measurer) width(text string, s style, size float64) float64 {
	k := mkey{s, text}
	w, ok := m.cache[k]
	if !ok {
		if !m.set || m.cur != s {
			m.f.SetFont(family, s.String(), refSize)
			m.cur, m.set = s, true
		}
		w = m.f.GetStringWidth(text)
		m.cache[k] = w
	}
	return w * size / refSize
}
