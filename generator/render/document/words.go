package document

import (
	"fmt"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Words are the few fixed words renderers add around the text, in the document's language.
type Words struct {
	Contents string // heading of a table of contents
	Preamble string // outline entry for the title and preamble
	Closing  string // outline entry for the testimonium and signatures
	PageOf   string // "Page %d of %d"
}

var words = map[generator.Lang]Words{
	generator.English:   {Contents: "Contents", Preamble: "Preamble", Closing: "Signatures", PageOf: "Page %d of %d"},
	generator.Ukrainian: {Contents: "Зміст", Preamble: "Преамбула", Closing: "Підписи", PageOf: "Сторінка %d з %d"},
}

// Words returns the document's fixed words.
func (d *Document) Words() Words { return words[d.Lang] }

// Page returns the page footer, "Page 3 of 12" / "Сторінка 3 з 12".
func (w Words) Page(n, of int) string { return fmt.Sprintf(w.PageOf, n, of) }

// PlaceDate returns the place and date for a title block: "Kyiv, 22 November 2026".
func (d *Document) PlaceDate() string {
	place := d.Instrument.Place[d.Lang].Nom
	switch {
	case place == "":
		return d.Marking.Date
	case d.Marking.Date == "":
		return place
	}
	return place + ", " + d.Marking.Date
}

// ShortTitle returns the running header of a page: the spec's short title, else the title cut
// at a word boundary to at most max characters, with an ellipsis when cut.
func (d *Document) ShortTitle(max int) string {
	if d.Model != nil && d.Model.ShortTitle != "" {
		return d.Model.ShortTitle
	}
	r := []rune(d.Title)
	if len(r) <= max {
		return d.Title
	}
	cut := max - 1
	for cut > max/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:—–") + "…"
}
