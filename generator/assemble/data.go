package assemble

import (
	"github.com/guarantor-dev/guarantor/generator"
)

// clauseData is what a clause text sees: the form's vocabulary as .Term, the parties, the
// params and a few facts about the instrument.
func clauseData(in *generator.Instrument, l generator.Lang, vocab map[string]string, params map[string]any) map[string]any {
	data := make(map[string]any, len(vocab)+12)
	for term, words := range vocab {
		data[term] = words
	}
	data["Params"] = params
	data["Form"] = string(in.Form)
	data["Lang"] = string(l)
	data["Binding"] = in.Form.Binding()
	data["Scope"] = string(in.Scope)
	data["Beneficiary"] = in.Beneficiary.Names[l]
	guarantors := make([]generator.Name, len(in.Guarantors))
	names := make([]string, len(in.Guarantors))
	for i, g := range in.Guarantors {
		guarantors[i] = g.Names[l]
		names[i] = g.Names[l].Nom
	}
	data["Guarantors"] = guarantors
	data["GuarantorNames"] = names
	if in.Adversary != nil {
		data["Adversary"] = in.Adversary.Names[l]
	}
	lang := phrasesFor(l)
	data["LanguageList"] = lang.languageList(in.Languages, l)
	data["LanguageCount"] = len(in.Languages)
	data["Prevails"] = ""
	if in.Prevails != "" {
		data["Prevails"] = lang.languageName(in.Prevails)
	}
	return data
}

// formData is what a form template sees: everything a clause sees, plus the title, date,
// place, signatories and the phrases of the final formula.
func formData(d *generator.Draft, l generator.Lang, vocab map[string]string) map[string]any {
	in := d.Instrument
	data := clauseData(in, l, vocab, nil)
	lang := phrasesFor(l)
	signatories := make([]generator.Name, 0, len(in.Guarantors)+1)
	for _, p := range in.Parties() {
		signatories = append(signatories, p.Names[l])
	}
	data["Title"] = in.Title[l]
	data["Date"] = lang.date(in.Date)
	data["Place"] = in.Place[l]
	data["Signatories"] = signatories
	data["PartyList"] = lang.joinAnd(names(signatories))
	data["Originals"] = lang.originalsFor(len(signatories), hasDepositary(in))
	return data
}

func names(ns []generator.Name) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Nom
	}
	return out
}

// hasDepositary reports whether the instrument designates a depositary, which keeps its single
// original: a clause on ratification or on the depositary.
func hasDepositary(in *generator.Instrument) bool {
	for _, u := range in.Uses {
		if u.Clause.ID == "final/ratification" || u.Clause.ID == "final/depositary" {
			return true
		}
	}
	return false
}
