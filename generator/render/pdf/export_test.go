package pdf

import (
	"strings"

	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"

	"github.com/guarantor-dev/guarantor/generator"
)

// Columns sets text as one justified paragraph in lang, once for each column width (in
// millimetres), each on a page of its own, for the tests outside the package. It returns the
// PDF and, for each width, the lines as drawn.
func Columns(text string, lang generator.Lang, widths []float64) ([]byte, [][]string, error) {
	f := gofpdf.New("P", "mm", "A4", "")
	f.OmitDates(true)
	p := newPainter(f)
	drawn := make([][]string, len(widths))
	for i, w := range widths {
		f.AddPage()
		p.fresh = true
		b := &block{runs: []run{{text: text}}, size: single.body, align: justify, lang: lang}
		y := a4.top
		for _, ln := range paragraphLines(b, w, single) {
			p.item(item{x: a4.left, y: y, line: &ln})
			y += ln.height
			drawn[i] = append(drawn[i], drawnText(ln))
		}
	}
	out, err := output(f)
	return out, drawn, err
}

// drawnText is the text of a line as drawn, with a space where its frags leave a gap.
func drawnText(ln line) string {
	var s strings.Builder
	for k, fr := range ln.frags {
		if k > 0 && fr.x > ln.frags[k-1].x+ln.frags[k-1].w+0.01 {
			s.WriteByte(' ')
		}
		s.WriteString(fr.text)
	}
	return s.String()
}
