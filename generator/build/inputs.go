package build

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Options choose what a build writes for each draft.
type Options struct {
	Langs   []generator.Lang // languages to write; empty: all of each spec's
	Formats []string         // formats to write (see render.Formats); empty: md
	Annex   bool             // append the reviewer's notes to every draft
	// Commentary writes an explanatory memorandum beside each draft, per language:
	// "<lang>.commentary.md", ".html", ".pdf" (those of Formats; md when it has none).
	Commentary bool
	// Reference is the house template of Word documents (--reference-docx); RefHash its hash.
	Reference *docx.Reference
	RefHash   string
	Comments  bool // attach the review's findings to Word documents as comments
	// Severity overrides the severity of rules by id (0: the rule is off), for the counts in
	// the manifest and the annex.
	Severity map[string]review.Severity
}

// Inputs are the hashes of everything a draft's files depend on: the tool version, the build
// options, the spec, every clause and template it uses. Hash sums them all up; a draft whose
// manifest records the same hash need not be rebuilt.
type Inputs struct {
	Hash      string            `json:"hash"`
	Options   string            `json:"options"`
	Spec      string            `json:"spec"`
	Clauses   map[string]string `json:"clauses"`
	Templates map[string]string `json:"templates"`
}

// Inputs returns the inputs of a draft of in built with opt.
func (p *Project) Inputs(in *generator.Instrument, opt Options) Inputs {
	langs := buildLangs(in, opt.Langs)
	x := Inputs{Spec: in.Hash, Clauses: map[string]string{}, Options: optionsKey(langs, opt)}
	for _, u := range in.Uses {
		x.Clauses[u.Clause.ID] = u.Clause.Hash
	}
	if opt.Commentary {
		p.commentaryInputs(in, x)
	}
	x.Templates = p.templateInputs(in.Form, in.Languages)
	var sum strings.Builder
	fmt.Fprintf(&sum, "guarantor %s\noptions %s\nspec %s\n", generator.Version, x.Options, x.Spec)
	for _, m := range []map[string]string{x.Clauses, x.Templates} {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			fmt.Fprintf(&sum, "%s %s\n", k, m[k])
		}
	}
	x.Hash = generator.Hash([]byte(sum.String()))
	return x
}

// templateInputs returns the templates a draft of the form in the languages depends on, with
// their hashes.
func (p *Project) templateInputs(form generator.Form, langs []generator.Lang) map[string]string {
	used := []string{"vocabulary.yaml", "parties.yaml"}
	for _, l := range langs {
		used = append(used, fmt.Sprintf("%s.%s.md.tmpl", form, l))
	}
	out := map[string]string{}
	for _, name := range used {
		if h, ok := p.Templates[name]; ok {
			out[name] = h
		}
	}
	return out
}

// optionsKey writes the options that change a draft's files in a stable form.
func optionsKey(langs []generator.Lang, opt Options) string {
	formats := slices.Clone(opt.Formats)
	if len(formats) == 0 {
		formats = []string{"md"}
	}
	slices.Sort(formats)
	formats = slices.Compact(formats)
	ls := make([]string, len(langs))
	for i, l := range langs {
		ls[i] = string(l)
	}
	key := fmt.Sprintf("formats=%s langs=%s annex=%t source_date_epoch=%s",
		strings.Join(formats, ","), strings.Join(ls, ","), opt.Annex, os.Getenv("SOURCE_DATE_EPOCH"))
	if opt.RefHash != "" {
		key += " reference_docx=" + opt.RefHash
	}
	if opt.Comments {
		key += " comments=true"
	}
	if opt.Commentary {
		key += " commentary=true"
	}
	for _, id := range slices.Sorted(maps.Keys(opt.Severity)) {
		key += fmt.Sprintf(" %s=%d", id, opt.Severity[id])
	}
	return key
}

// buildLangs returns the instrument's languages that are asked for (all when none is).
func buildLangs(in *generator.Instrument, want []generator.Lang) []generator.Lang {
	return asked(in.Languages, want)
}

// asked returns the languages of have that are in want (all when want is empty).
func asked(have, want []generator.Lang) []generator.Lang {
	var out []generator.Lang
	for _, l := range have {
		if len(want) == 0 || slices.Contains(want, l) {
			out = append(out, l)
		}
	}
	return out
}
