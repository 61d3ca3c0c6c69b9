package akn

import (
	"strconv"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
)

// preface writes the DRAFT marking and the title.
func (w *writer) preface() {
	w.raw(`<preface>`, "\n", `<p class="marking">`)
	w.text(w.doc.Marking.Text())
	w.raw(`</p>`, "\n", `<longTitle><p><docTitle>`)
	w.text(w.doc.Title)
	w.raw(`</docTitle></p></longTitle>`, "\n", `</preface>`, "\n")
}

// preamble writes the parties, the recitals and the formula.
func (w *writer) preamble() {
	if len(w.doc.Front) == 0 {
		return
	}
	w.raw(`<preamble>`, "\n")
	var recitals []*generator.Matter
	flush := func() {
		if len(recitals) == 0 {
			return
		}
		w.raw(`<recitals eId="preamble__recitals">`, "\n")
		for i, r := range recitals {
			id := "preamble__recital_" + strconv.Itoa(i+1)
			w.raw(`<recital eId="`, id, `"><p>`)
			w.inline(r.Text)
			w.raw(`</p></recital>`, "\n")
		}
		w.raw(`</recitals>`, "\n")
		recitals = nil
	}
	n := 0
	for _, m := range w.doc.Front {
		switch m.Role {
		case generator.RoleRecital:
			recitals = append(recitals, m)
			n++
		case generator.RoleFormula:
			flush()
			w.raw(`<formula name="enactingFormula"><p>`)
			w.inline(m.Text)
			w.raw(`</p></formula>`, "\n")
		default:
			flush()
			w.raw(`<p class="`, string(m.Role), `">`)
			w.inline(m.Text)
			w.raw(`</p>`, "\n")
		}
	}
	flush()
	w.raw(`</preamble>`, "\n")
}

// conclusions writes the testimonium and a signature per party.
func (w *writer) conclusions() {
	if len(w.doc.Back) == 0 {
		return
	}
	var parties []*generator.Party
	if w.doc.Instrument != nil {
		parties = w.doc.Instrument.Parties()
	}
	sig := 0
	w.raw(`<conclusions>`, "\n")
	for _, m := range w.doc.Back {
		if m.Role != generator.RoleSignature {
			w.raw(`<p class="testimonium">`)
			w.inline(m.Text)
			w.raw(`</p>`, "\n")
			continue
		}
		w.raw(`<blockContainer class="signature"><p><signature>`)
		if sig < len(parties) {
			w.raw(`<party refersTo="#`, partyID(parties[sig]), `" as="#party">`)
			w.inline(m.Text)
			w.raw(`</party>`)
		} else {
			w.inline(m.Text)
		}
		sig++
		w.raw(`</signature></p></blockContainer>`, "\n")
	}
	w.raw(`</conclusions>`, "\n")
}

// inline writes inline text: Markdown as text with <b> and <i>, references as <ref>, footnotes
// as <authorialNote> where they are referred to.
func (w *writer) inline(in generator.Inline) {
	for _, sp := range in {
		switch {
		case sp.Note != nil:
			w.notes++
			w.raw(`<authorialNote marker="`, strconv.Itoa(sp.Note.Number), `" placement="bottom" eId="`,
				"authorialNote_"+strconv.Itoa(w.notes), `"><p>`)
			w.inline(sp.Note.Text)
			w.raw(`</p></authorialNote>`)
		case sp.Ref != nil:
			w.raw(`<ref href="#`, eID(sp.Ref.ID), `">`)
			w.text(sp.Text)
			w.raw(`</ref>`)
		default:
			w.runs(sp.Text)
		}
	}
}

func (w *writer) runs(md string) {
	for _, r := range docx.Runs(w.doc.Lang, md) {
		switch {
		case r.Break:
			w.raw(`<br/>`)
		case r.Bold && r.Italic:
			w.raw(`<b><i>`)
			w.text(r.Text)
			w.raw(`</i></b>`)
		case r.Bold:
			w.raw(`<b>`)
			w.text(r.Text)
			w.raw(`</b>`)
		case r.Italic:
			w.raw(`<i>`)
			w.text(r.Text)
			w.raw(`</i>`)
		default:
			w.text(r.Text)
		}
	}
}
