package pdf

import (
	"fmt"
	"strings"
	"time"

	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// Options are the choices a caller makes about a PDF.
type Options struct {
	// Date is the creation and modification date written into the PDF, in UTC; with the zero
	// value the PDF carries none (the draft's own date is in its text and in the subject).
	// Nothing else about the PDF depends on a clock.
	Date time.Time
}

// geometry is the text area of a page, in millimetres.
type geometry struct {
	left, top, width, bottom float64
}

const pageW, pageH = 210.0, 297.0

var a4 = geometry{left: 30, top: 27, width: pageW - 30 - 25, bottom: pageH - 25}

// Render typesets one language's text of a draft.
func Render(doc *document.Document, opt Options) ([]byte, error) {
	b := &builder{doc: doc, t: single, perRow: 2}
	for _, p := range doc.Parts {
		b.part(p)
	}
	b.flushSignatures()
	notes := b.notes()
	if err := checkGlyphs(append(b.out, noteBlocks(notes)...), doc, chromeText(doc)); err != nil {
		return nil, err
	}
	f := newPDF(opt, doc.Instrument, []*document.Document{doc})
	c := &cursor{foot: newFoot(notes, a4.width, single)}
	for _, bl := range b.out {
		c.items = append(c.items, laid{b: bl, lines: breakLines(bl, a4.width, single)})
	}
	var pages []*page
	for !c.done() {
		pg := &page{}
		c.fill(pg, a4.left, a4.top, a4.top, a4.bottom)
		c.foot.flush(pg, a4.left, a4.bottom)
		pages = append(pages, pg)
	}
	p := newPainter(f)
	for i, pg := range pages {
		f.AddPage()
		p.fresh = true
		chrome(p, doc, i+1, len(pages), a4)
		for _, it := range pg.items {
			p.item(it)
		}
	}
	return output(f)
}

// newPDF makes an empty A4 document with the metadata of the instrument in the languages of
// docs. The painter adds the faces of the font the document uses.
func newPDF(opt Options, in *generator.Instrument, docs []*document.Document) *gofpdf.Fpdf {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetCatalogSort(true)
	if opt.Date.IsZero() {
		f.OmitDates(true)
	} else {
		f.SetCreationDate(opt.Date.UTC())
		f.SetModificationDate(opt.Date.UTC())
	}
	var titles, subjects []string
	for _, d := range docs {
		titles = append(titles, d.Title)
		subjects = append(subjects, d.Marking.Text)
	}
	f.SetTitle(strings.Join(titles, " / "), true)
	f.SetSubject(strings.Join(subjects, " / "), true)
	f.SetKeywords(keywords(in), true)
	f.SetCreator("guarantor "+generator.Version, true)
	f.SetProducer("guarantor "+generator.Version+" (go-pdf/fpdf, Liberation Serif)", true)
	f.SetLang(langTag(docs[0].Lang))
	f.SetDisplayMode("fullwidth", "continuous")
	return f
}

func keywords(in *generator.Instrument) string {
	return fmt.Sprintf("draft, %s, security guarantees, Ukraine", in.Form)
}

func langTag(l generator.Lang) string {
	if l == generator.Ukrainian {
		return "uk-UA"
	}
	return "en-GB"
}

func output(f *gofpdf.Fpdf) ([]byte, error) {
	b, err := f.Bytes()
	if err != nil {
		return nil, fmt.Errorf("cannot write the PDF: %w", err)
	}
	return b, nil
}
