package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/spf13/cobra"
)

func newInit(o *options) *cobra.Command {
	var form string
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented spec to start a new instrument from",
		Long: `Init writes a spec that builds as it is, with a comment on every key: the title, form,
languages, parties, scope, date, place and a list of clauses fit for the form (a treaty with its
final clauses by default; --form mou or declaration for the others). Edit it, then run
'guarantor build FILE' and 'guarantor review FILE'. FILE defaults to my-instrument.yaml; it is
never overwritten; - writes the spec to standard output.`,
		Example: `  guarantor init coalition.yaml
  guarantor init --form mou memorandum.yaml
  guarantor init - > spec.yaml`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "my-instrument.yaml"
			if len(args) == 1 {
				path = args[0]
			}
			return o.init(path, strings.ToLower(form))
		},
	}
	cmd.Flags().StringVar(&form, "form", "treaty", "the form of the instrument: treaty, mou or declaration")
	cmd.RegisterFlagCompletionFunc("form", completeForms)
	return cmd
}

func (o *options) init(path, form string) error {
	clauses, ok := starterClauses[form]
	if !ok {
		return &UsageError{fmt.Errorf("--form %q: not one of treaty, mou, declaration", form)}
	}
	var b strings.Builder
	err := starter.Execute(&b, map[string]any{"Form": form, "Clauses": clauses,
		"Date": time.Now().UTC().Format(time.DateOnly), "Binding": form == "treaty"})
	if err != nil {
		return err
	}
	if path == "-" {
		_, err := fmt.Fprint(o.stdout, b.String())
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &UsageError{fmt.Errorf("%s already exists; init never overwrites a file: name another", path)}
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "wrote %s; next: guarantor build %s && guarantor review %s\n", path, path, filepath.Base(path))
	return nil
}

// starterClauses are the clauses a new spec starts with, per form: what a credible guarantee
// needs and the form allows.
var starterClauses = map[string][]string{
	"treaty": {"preamble/sovereignty", "preamble/self-defence", "definitions/armed-attack", "defence/art5-style",
		"consultation/within-hours\n    with: {hours: 24}", "assistance/military", "verification/joint-commission\n    with: {days: 14}",
		"sanctions/snapback\n    with: {days: 7}", "duration/fixed-term\n    with: {years: 20}", "final/ratification",
		"final/entry-into-force\n    with: {count: 3}", "final/provisional-application", "final/denunciation\n    with: {months: 12}", "final/authentic-texts",
		"final/registration"},
	"mou": {"preamble/sovereignty", "preamble/self-defence", "definitions/armed-attack", "defence/art5-style",
		"consultation/within-hours\n    with: {hours: 24}", "assistance/military", "verification/joint-commission",
		"sanctions/snapback", "duration/fixed-term\n    with: {years: 20}", "final/mou-discontinuation\n    with: {months: 12}"},
	"declaration": {"preamble/sovereignty", "preamble/self-defence", "consultation/within-hours\n    with: {hours: 24}",
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

# The languages the instrument is drafted in: en, uk or both. prevails: en would make the
# English text prevail in a divergence; leave it out to make both texts equally authentic.
languages: [en, uk]

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
