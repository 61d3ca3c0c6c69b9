package pdf

import (
	"sync"

	gofpdf "codeberg.org/go-pdf/fpdf"
)

// measurer measures text in the embedded fonts, caching the width of every piece. It never
// touches the document being typeset, so what a PDF contains does not depend on what was
// measured before, in this document or another.
type measurer struct {
	cache map[mkey]float64
}

type mkey struct {
	s    style
	text string
}

// refSize is the size widths are measured at; widths scale linearly with the size.
const refSize = 10

func newMeasurer() *measurer {
	return &measurer{cache: map[mkey]float64{}}
}

// width returns the width of text in style s at size points, in millimetres.
func (m *measurer) width(text string, s style, size float64) float64 {
	k := mkey{s, text}
	w, ok := m.cache[k]
	if !ok {
		w = sharedWidth(k)
		m.cache[k] = w
	}
	return w * size / refSize
}

// The widths measured in the process, and the scratch document they are measured with: all
// PDFs use the same fonts, and drafts built together share most of their words.
var (
	widths    sync.Map // mkey -> float64
	measureMu sync.Mutex
	scratch   *gofpdf.Fpdf
)

func sharedWidth(k mkey) float64 {
	if w, ok := widths.Load(k); ok {
		return w.(float64)
	}
	measureMu.Lock()
	defer measureMu.Unlock()
	if scratch == nil {
		scratch = gofpdf.New("P", "mm", "A4", "")
		addFonts(scratch)
	}
	scratch.SetFont(family, k.s.String(), refSize)
	w := scratch.GetStringWidth(k.text)
	widths.Store(k, w)
	return w
}
