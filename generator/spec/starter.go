package spec

import (
	"bytes"
	"fmt"
	"text/template"

	"github.com/guarantor-dev/guarantor/generator"
)

// Starter returns a commented spec for a new instrument in form, dated date (YYYY-MM-DD), that
// loads as it is: with the clauses a credible guarantee needs and the form allows (what
// 'guarantor init' writes), or, when own is true, only the opening and final clauses the form
// needs, for a drafter who chooses the rest.
func Starter(form generator.Form, date string, own bool) ([]byte, error) {
	clauses, ok := starterClauses[form]
	if own {
		clauses, ok = ownClauses[form]
	}
	if !ok {
		return nil, fmt.Errorf("not one of treaty, mou, declaration")
	}
	var b bytes.Buffer
	err := starter.Execute(&b, map[string]any{"Form": string(form), "Clauses": clauses, "Date": date,
		"Binding": form.Binding()})
	return b.Bytes(), err
}

// ownClauses are the clauses a spec starts with when the drafter chooses the guarantee: a
// recital and the final clauses the form needs.
var ownClauses = map[generator.Form][]string{
	generator.Treaty: {"preamble/sovereignty", "final/ratification", "final/entry-into-force\n    with: {count: 3}",
		"final/authentic-texts"},
	generator.MoU:         {"preamble/sovereignty", "final/mou-discontinuation\n    with: {months: 12}"},
	generator.Declaration: {"preamble/sovereignty", "final/status-statement"},
}

// starterClauses are the clauses a new spec starts with, per form: what a credible guarantee
// needs and the form allows.
var starterClauses = map[generator.Form][]string{
	generator.Treaty: {"preamble/sovereignty", "preamble/self-defence", "definitions/armed-attack", "definitions/verified-breach",
		"defence/art5-style", "defence/response-floor",
		"consultation/within-hours\n    with: {hours: 24}", "assistance/military", "verification/joint-commission\n    with: {days: 14}",
		"sanctions/snapback\n    with: {days: 7}", "duration/fixed-term\n    with: {years: 20}", "final/ratification",
		"final/entry-into-force\n    with: {count: 3}", "final/provisional-application", "final/denunciation\n    with: {months: 12}", "final/authentic-texts",
		"final/registration"},
	generator.MoU: {"preamble/sovereignty", "preamble/self-defence", "definitions/armed-attack", "definitions/verified-breach",
		"defence/art5-style", "defence/response-floor",
		"consultation/within-hours\n    with: {hours: 24}", "assistance/military", "verification/joint-commission",
		"sanctions/snapback", "duration/fixed-term\n    with: {years: 20}", "final/mou-discontinuation\n    with: {months: 12}"},
	generator.Declaration: {"preamble/sovereignty", "preamble/self-defence", "consultation/within-hours\n    with: {hours: 24}",
		"assistance/military", "final/status-statement"},
}

var starter = template.Must(template.New("spec").Parse(`# A spec for guarantor: it says which clauses the instrument has and who its parties are;
# guarantor writes the text in each language. 'guarantor build' drafts it, 'guarantor review'
# checks it for the weaknesses of the 1994 Budapest Memorandum. Lines starting with # are notes.

# The title in every language of the instrument.
title:
{{- if eq .Form "treaty" }}
  en: Treaty on Security Guarantees for Ukraine
  uk: Договір про гарантії безпеки для України
{{- else if eq .Form "mou" }}
  en: Memorandum of Understanding on Security Support for Ukraine
  uk: Меморандум про взаєморозуміння щодо підтримки безпеки України
{{- else }}
  en: Joint Declaration of Support for Ukraine
  uk: Спільна декларація про підтримку України
{{- end }}

# treaty (binding, ratified), mou (a memorandum of understanding, not binding) or declaration
# (a political declaration). {{ if not .Binding }}The reviewer flags a guarantee in a form that does not bind.{{ else }}A treaty is the only form that binds the parties in law.{{ end }}
form: {{ .Form }}

# The languages the instrument is drafted in: en, uk or both.
languages: [en, uk]
# The text that prevails if the two differ; remove the line to make both equally authentic.
prevails: uk

# Parties by code: 'guarantor parties' lists them. A party not in the list is written inline:
#   - {code: EU, en: the European Union, uk: {nom: Європейський Союз, gen: Європейського Союзу}}
parties:
  beneficiary: UA
  guarantors: [GB, FR, DE]
  # The state the guarantee deters. It is named in no clause unless a clause says so; the
  # reviewer checks that it has no seat as guarantor, verifier or decision-maker.
  adversary: RU

# ceasefire (the guarantee backs a ceasefire) or peace (a settlement).
scope: peace

# The date the draft bears, YYYY-MM-DD; PDFs are dated with it.
date: {{ .Date }}

# Where it is signed: a name per language. Ukrainian takes the locative for "done at":
# {nom: Київ, loc: Києві}.
place: {en: Kyiv, uk: {nom: Київ, loc: Києві}}

# The clauses, in order. 'guarantor clauses' lists the library, 'guarantor clauses show ID'
# shows one with its params; with: sets them. A clause of your own is written as
#   - custom: {id: custom/name, section: operative, title: {en: ..., uk: ...}, text: {en: ..., uk: ...}}
clauses:
{{- range .Clauses }}
  - use: {{ . }}
{{- end }}

# To silence a review finding, give the rule and why ('guarantor rules' lists them):
# suppress:
#   - {rule: G502, reason: "the term was agreed with the guarantors"}
`))
