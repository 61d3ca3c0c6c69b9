package spec

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/library"
)

// file is an instrument spec as written, decoded strictly.
type file struct {
	Name      string                    `yaml:"name"`
	Title     map[string]string         `yaml:"title"`
	Short     map[string]string         `yaml:"short_title"`
	Form      string                    `yaml:"form"`
	Languages []string                  `yaml:"languages"`
	Prevails  string                    `yaml:"prevails"`
	Parties   partiesDef                `yaml:"parties"`
	Scope     string                    `yaml:"scope"`
	Date      string                    `yaml:"date"`
	Place     map[string]generator.Name `yaml:"place"`
	Clauses   []entry                   `yaml:"clauses"`
	Suppress  []suppressDef             `yaml:"suppress"`
}

type partiesDef struct {
	Beneficiary *partyDef  `yaml:"beneficiary"`
	Guarantors  []partyDef `yaml:"guarantors"`
	Adversary   *partyDef  `yaml:"adversary"`
}

type entry struct {
	Use    string         `yaml:"use"`
	With   map[string]any `yaml:"with"`
	Custom *customDef     `yaml:"custom"`
}

type customDef struct {
	ID         string               `yaml:"id"`
	Section    string               `yaml:"section"`
	Title      map[string]string    `yaml:"title"`
	Text       map[string]string    `yaml:"text"`
	Properties generator.Properties `yaml:"properties"`
}

type suppressDef struct {
	Rule   string `yaml:"rule"`
	Reason string `yaml:"reason"`
}

// Loader binds specs to a clause library and a parties catalogue.
type Loader struct {
	Library *library.Library
	Parties Catalogue
}

// Load reads the spec at path (src is its content) and returns the bound instrument, or every
// problem found in it.
func (l *Loader) Load(path string, src []byte) (*generator.Instrument, error) {
	f, err := decode.Parse(path, decode.StripBOM(src), 0)
	if err != nil {
		return nil, decode.Explain(err)
	}
	if f.Empty() {
		return nil, generator.Errorf(generator.Position{File: path, Line: 1, Col: 1}, "empty spec").
			WithHint("a spec needs at least title, form, languages, parties, scope, date, place and clauses; `guarantor init` writes one to start from")
	}
	var sf file
	if shapes := f.Shapes(&sf, examples); len(shapes) > 0 {
		shapes = append(shapes, f.UnknownKeys(&sf)...)
		return nil, shapes.Err()
	}
	unknown, err := f.DecodeTolerant(&sf)
	if err != nil {
		unknown.Merge(decode.Explain(err))
		return nil, unknown.Err()
	}
	b := &binder{Loader: l, f: f, sf: &sf, errs: unknown, in: &generator.Instrument{
		File: path, Hash: generator.Hash(src),
	}}
	b.header(DefaultName(path))
	b.bindParties()
	b.clauses()
	b.suppressions()
	if err := b.errs.Err(); err != nil {
		return nil, err
	}
	b.in.Keys = keys(f, &sf)
	return b.in, nil
}

// keys records where the spec writes the keys that findings about the instrument as a whole
// point at.
func keys(f *decode.File, sf *file) map[string]generator.Position {
	out := map[string]generator.Position{}
	put := func(name string, path ...any) {
		if pos := f.KeyPos(path...); pos.Line > 0 {
			out[name] = pos
		}
	}
	for _, k := range []string{"title", "form", "languages", "parties", "clauses", "suppress"} {
		put(k, k)
	}
	put("parties.guarantors", "parties", "guarantors")
	for l := range sf.Title {
		put("title."+l, "title", l)
	}
	for i := range sf.Suppress {
		put(fmt.Sprintf("suppress.%d", i), "suppress", i)
	}
	return out
}

// examples show how each key of a spec is written, for the hints of shape errors; an example
// that quotes its own code is used as it is.
var examples = map[string]string{
	"title":       "title: {en: ..., uk: ...}",
	"languages":   "languages: [en, uk]",
	"parties":     "`parties:` with indented `beneficiary: UA` and `guarantors: [FR, GB]` lines",
	"guarantors":  "guarantors: [FR, GB]",
	"beneficiary": "beneficiary: UA",
	"adversary":   "adversary: RU",
	"place":       "place: {en: Paris, uk: Париж}",
	"clauses":     "`clauses:` then one `- use: defence/art5-style` line per clause",
	"with":        "with: {years: 20}",
	"custom":      "custom: {id: custom/my-clause, section: operative, title: {...}, text: {...}}",
	"text":        "text: {en: ..., uk: ...}",
	"suppress":    "`suppress:` then one `- {rule: G101, reason: ...}` line per rule",
	"provides":    "provides: [recital]",
	"aliases":     "aliases: [Name, Назва]",
}

// DefaultName is the name of a spec that gives none: its file name without the extension.
func DefaultName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// binder checks one decoded spec and fills the instrument, collecting every problem.
type binder struct {
	*Loader
	f    *decode.File
	sf   *file
	in   *generator.Instrument
	errs generator.ErrorList
}
