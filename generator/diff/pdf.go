package diff

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"
)

// The page of the PDF redline: A4, in millimetres.
const (
	pageH, marginL, marginR, marginT, marginB = 297.0, 25.0, 20.0, 20.0, 20.0
	barX                                      = 19.0 // the change bar, left of the text
	font                                      = "LiberationSerif"
)

// PDF writes the redline as a PDF with the same marks as the HTML: insertions underlined in
// blue, deletions struck in red, a change bar beside every unit that changed, and the list of
// changes first. It is dated date, so the same redline gives the same bytes.
func (r *Redline) PDF(date time.Time) ([]byte, error) {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCatalogSort(true)
	f.SetCreationDate(date.UTC())
	f.SetModificationDate(date.UTC())
	f.SetCompression(true)
	f.SetMargins(marginL, marginT, marginR)
	f.SetAutoPageBreak(true, marginB)
	f.AddUTF8FontFromBytes(font, "", liberationserifregular.TTF)
	f.AddUTF8FontFromBytes(font, "B", liberationserifbold.TTF)
	f.AddUTF8FontFromBytes(font, "I", liberationserifitalic.TTF)
	f.SetTitle(words(r.Lang, "Redline")+": "+r.New.Title, true)
	f.SetLang(string(r.Lang))
	f.SetFooterFunc(func() {
		f.SetY(-14)
		f.SetFont(font, "", 9)
		f.SetTextColor(0, 0, 0)
		f.CellFormat(0, 5, fmt.Sprintf("%s — %d", words(r.Lang, "Redline"), f.PageNo()), "", 0, "C", false, 0, "")
	})
	f.AddPage()
	f.SetFont(font, "", 10)
	f.MultiCell(0, 5, words(r.Lang, "Redline")+": "+source(r.Old)+" → "+source(r.New), "", "C", false)
	f.SetFont(font, "B", 14)
	f.MultiCell(0, 8, r.New.Title, "", "C", false)
	f.Ln(3)
	var sum bytes.Buffer
	r.Summary(&sum)
	f.SetFont(font, "", 9.5)
	f.MultiCell(0, 4.6, strings.TrimRight(sum.String(), "\n"), "1", "L", false)
	f.Ln(4)
	for _, c := range r.Changes {
		r.unitPDF(f, c)
	}
	if err := f.Error(); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// unitPDF writes a unit, and a change bar beside it when it changed.
func (r *Redline) unitPDF(f *gofpdf.Fpdf, c *Change) {
	u := c.Unit()
	page, y := f.PageNo(), f.GetY()
	paras := c.Paras
	if u.Section == Parts {
		f.Ln(2)
		page, y = f.PageNo(), f.GetY()
		f.SetFont(font, "B", 11.5)
		f.Write(6, u.Label+" ")
		segsPDF(f, paras[0].Segs, "B", 6)
		f.Ln(8)
		paras = paras[1:]
	}
	note := ""
	switch c.Status {
	case Moved:
		note = fmt.Sprintf(words(r.Lang, "moved from %s"), c.Old.Label)
	case MovedAway:
		note, paras = fmt.Sprintf(words(r.Lang, "moved to %s"), c.newLabel(r)), nil
	}
	if note != "" {
		f.SetFont(font, "I", 10)
		f.SetTextColor(90, 90, 90)
		f.Write(5, note)
		f.Ln(6)
	}
	for _, p := range paras {
		segsPDF(f, p.Segs, "", 5.4)
		f.Ln(7)
	}
	if c.Status != Same {
		bar(f, page, y, f.PageNo(), f.GetY()-1.5)
	}
}

// segsPDF writes the pieces of a paragraph in their marks.
func segsPDF(f *gofpdf.Fpdf, segs []Seg, style string, h float64) {
	for _, s := range segs {
		switch s.Op {
		case Insert:
			f.SetTextColor(6, 69, 173)
			f.SetFont(font, style+"U", 0)
		case Delete:
			f.SetTextColor(187, 0, 0)
			f.SetFont(font, style+"S", 0)
		default:
			f.SetTextColor(17, 17, 17)
			f.SetFont(font, style, 0)
		}
		if style == "" {
			f.SetFontSize(11)
		}
		f.Write(h, s.Text)
	}
	f.SetTextColor(17, 17, 17)
}

// bar draws the change bar from (page0, y0) to (page1, y1), across page breaks.
func bar(f *gofpdf.Fpdf, page0 int, y0 float64, page1 int, y1 float64) {
	x, y := f.GetXY()
	f.SetDrawColor(204, 0, 0)
	f.SetLineWidth(0.8)
	for p := page0; p <= page1; p++ {
		f.SetPage(p)
		top, bottom := marginT, pageH-marginB
		if p == page0 {
			top = y0
		}
		if p == page1 {
			bottom = y1
		}
		if bottom > top {
			f.Line(barX, top, barX, bottom)
		}
	}
	f.SetPage(page1)
	f.SetXY(x, y)
}
