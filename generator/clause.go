package generator

import (
	"sort"
	"text/template"
)

// Clause is one provision of the library, or a custom provision written in a spec.
type Clause struct {
	ID         string
	Title      map[Lang]string
	Category   string
	Summary    string
	Section    Section
	Forms      []Form
	Params     []*Param
	Requires   []string
	Conflicts  []string
	Suggests   []string
	Properties Properties
	Sources    []string
	Annexes    []*AnnexDef // annexes the clause refers to, which a draft using it carries
	Texts      map[Lang]*Text
	Custom     bool     // written in a spec rather than the library
	Pos        Position // where the clause is defined: its file, or its spec entry
	Hash       string   // sha256 of the clause file (library) or of its spec entry (custom)
}

// AnnexDef is an annex a clause refers to with {{ annex "id" }}: the draft carries it after
// the signatures, numbered in the order of the clauses, with its title and, until the
// negotiators attach its content, a placeholder.
type AnnexDef struct {
	ID    string
	Title map[Lang]string
	Text  map[Lang]string // what the annex will hold, set as its placeholder; may be empty
}

// Text is a clause's wording in one language: a template written once with the form's
// vocabulary, and overrides for forms where grammar needs other words.
type Text struct {
	Body   Body
	ByForm map[Form]Body
}

// Body is template source, where it starts in its file, and its parsed template.
type Body struct {
	Src  string
	Pos  Position
	Tmpl *template.Template
}

// Body returns the clause's text in lang for form, and whether it has one.
func (c *Clause) Body(lang Lang, form Form) (Body, bool) {
	t, ok := c.Texts[lang]
	if !ok {
		return Body{}, false
	}
	if b, ok := t.ByForm[form]; ok {
		return b, true
	}
	return t.Body, t.Body.Src != ""
}

// AllowedIn reports whether the clause may appear in form.
func (c *Clause) AllowedIn(form Form) bool {
	for _, f := range c.Forms {
		if f == form {
			return true
		}
	}
	return false
}

// Param looks up a parameter definition by name.
func (c *Clause) Param(name string) *Param {
	for _, p := range c.Params {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Languages returns the languages the clause has text in, sorted.
func (c *Clause) Languages() []Lang {
	out := make([]Lang, 0, len(c.Texts))
	for l := range c.Texts {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// ParamType is the type of a clause parameter.
type ParamType string

// The parameter types.
const (
	IntParam    ParamType = "int"
	StringParam ParamType = "string"
	BoolParam   ParamType = "bool"
)

// Param is a typed clause parameter. A param without a default is required.
type Param struct {
	Name        string
	Type        ParamType
	Default     any // int, string or bool; nil when required
	Allowed     []any
	Min, Max    *int
	Description string
	Pos         Position
}

// Required reports whether a spec must give the param a value.
func (p *Param) Required() bool { return p.Default == nil }
