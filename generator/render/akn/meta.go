package akn

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// work returns the FRBR work URI: /akn/int/act/treaty/2026-11-22/<spec name>.
func (w *writer) work(kind, name string) string {
	in := w.doc.Instrument
	date, id := "2026-01-01", "draft"
	if in != nil {
		date, id = in.Date.Format("2006-01-02"), in.Name
	}
	return "/akn/int/" + kind + "/" + name + "/" + date + "/" + id
}

func (w *writer) date() string {
	if w.doc.Instrument == nil {
		return "2026-01-01"
	}
	return w.doc.Instrument.Date.Format("2006-01-02")
}

// meta writes the identification (FRBR work, expression, manifestation) and the references:
// the parties, the author, the other language versions.
func (w *writer) meta(kind, name string) {
	work, date := w.work(kind, name), w.date()
	expr := work + "/" + iso639[w.doc.Lang] + "@" + date
	w.raw(`<meta>`, "\n", `<identification source="#guarantor">`, "\n")
	w.raw(`<FRBRWork><FRBRthis value="`, attr(work), `/!main"/><FRBRuri value="`, attr(work), `"/>`)
	w.raw(`<FRBRdate date="`, date, `" name="draft"/><FRBRauthor href="#guarantor"/><FRBRcountry value="int"/>`)
	w.raw(`<FRBRname value="`, attr(w.doc.Title), `"/></FRBRWork>`, "\n")
	w.raw(`<FRBRExpression><FRBRthis value="`, attr(expr), `/!main"/><FRBRuri value="`, attr(expr), `"/>`)
	w.raw(`<FRBRdate date="`, date, `" name="draft"/><FRBRauthor href="#guarantor"/>`)
	w.raw(`<FRBRlanguage language="`, iso639[w.doc.Lang], `"/>`)
	w.raw(`</FRBRExpression>`, "\n")
	w.raw(`<FRBRManifestation><FRBRthis value="`, attr(expr), `/!main.xml"/><FRBRuri value="`, attr(expr), `.akn"/>`)
	w.raw(`<FRBRdate date="`, date, `" name="generation"/><FRBRauthor href="#guarantor"/></FRBRManifestation>`, "\n")
	w.raw(`</identification>`, "\n")
	w.raw(`<references source="#guarantor">`, "\n")
	w.raw(`<TLCOrganization eId="guarantor" href="/akn/ontology/organization/guarantor" showAs="guarantor"/>`, "\n")
	if in := w.doc.Instrument; in != nil {
		for _, p := range in.Parties() {
			w.raw(`<TLCOrganization eId="`, partyID(p), `" href="/akn/ontology/organization/int/`,
				strings.ToLower(p.Code), `" showAs="`, attr(p.Names[w.doc.Lang].Nom), `"/>`, "\n")
		}
		w.raw(`<TLCRole eId="party" href="/akn/ontology/role/int/party" showAs="Party"/>`, "\n")
	}
	w.raw(`</references>`, "\n", `</meta>`, "\n")
}

// partyID is the eId of a party's TLC reference: "party_ua".
func partyID(p *generator.Party) string { return "party_" + strings.ToLower(p.Code) }
