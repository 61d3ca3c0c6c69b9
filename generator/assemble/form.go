package assemble

import (
	"strconv"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// former executes the pieces of a form template: "stamp", "status", "parties", "formula",
// "label", "testimonium", "signature", optionally "layout" and the closing parts
// "closing N heading" / "closing N".
type former struct {
	form  generator.Body
	kit   *Kit
	env   *tmpl.Env
	data  map[string]any
	vocab map[string]string // the form's words in the language, part of data
}

// has reports whether the form template defines the piece.
func (f *former) has(name string) bool { return f.form.Tmpl.Lookup(name) != nil }

// piece executes the named piece with data (the form's data when nil) and tidies it.
func (f *former) piece(name string, data any) (string, error) {
	if !f.has(name) {
		return "", generator.Errorf(f.form.Pos,
			"the form template defines no %q", name).WithHint(`every form template defines "stamp", "status", "parties", "formula", "label", "testimonium" and "signature"`)
	}
	key := textKey{tmpl: f.form.Tmpl, name: name}
	if m := f.kit.memo; m != nil && data == nil {
		key.scope = m.scope(m.reads(f.form.Tmpl, name), f.data, f.vocab)
	} else if m != nil {
		// The piece reads only the data it is given, and the Env.
		key.scope, key.params = m.scope(reads{}, f.data, f.vocab), valueKey(data)
	}
	if data == nil {
		data = f.data
	}
	return f.kit.text(f.form, name, f.env, func() any { return data }, key)
}

// label returns the label of part n: "Article 3", "Пункт 3", "3.".
func (f *former) label(n int) (string, error) {
	return f.piece("label", map[string]any{"Number": n})
}

// layout is how the form sets its parts.
func (f *former) layout() (generator.Layout, error) {
	if !f.has("layout") {
		return generator.Headed, nil
	}
	s, err := f.piece("layout", nil)
	switch {
	case err != nil:
		return 0, err
	case s == "listed":
		return generator.Listed, nil
	case s == "headed":
		return generator.Headed, nil
	}
	return 0, generator.Errorf(f.form.Pos,
		"layout %q: use headed or listed", s)
}

// closing returns the name of the n-th closing part (from 1), or "" if the form has none.
func (f *former) closing(n int) string {
	name := "closing " + strconv.Itoa(n)
	if !f.has(name) {
		return ""
	}
	return name
}
