package web

import (
	"bytes"
	"path"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// outcome is what the editor shows for a state: the spec text it stands for, and either the
// problems that keep it from being a valid spec (each at its field when one can be told) or the
// draft, its review and its pages.
type outcome struct {
	YAML    []byte
	Fields  map[string]string // field id -> problem
	General []string          // problems at no field
	Draft   *generator.Draft
	Report  *review.Report
	Pages   map[generator.Lang][]byte // the HTML page of each language
}

// Valid reports whether the state is a valid spec.
func (o *outcome) Valid() bool { return len(o.Fields) == 0 && len(o.General) == 0 && o.Draft != nil }

// evaluate turns a state into its spec text (patched into the file's text src), loads,
// assembles, reviews and renders it.
func evaluate(p *build.Project, display string, src []byte, st *State) *outcome {
	o := &outcome{Fields: map[string]string{}}
	orig, err := stateOf(st.Name, src)
	if err != nil {
		orig = nil
	}
	yml, err := patch(src, st.desired(p.Library, orig))
	if err != nil {
		o.General = append(o.General, err.Error())
		return o
	}
	o.YAML = yml
	in, err := p.Loader.Load(display, yml)
	if err != nil {
		o.place(yml, display, err)
		return o
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		o.place(yml, display, err)
		return o
	}
	o.Draft = d
	o.Report = review.Review(d)
	return o
}

// render renders the draft's HTML pages in langs.
func (o *outcome) render(langs []generator.Lang) error {
	html, _ := render.Lookup("html")
	files, err := render.Files(o.Draft, langs, []render.Format{html}, render.Options{})
	if err != nil {
		return err
	}
	o.Pages = map[generator.Lang][]byte{}
	for _, l := range langs {
		o.Pages[l] = files[string(l)+".html"]
	}
	return nil
}

// place puts each problem of err at the field it concerns.
func (o *outcome) place(yml []byte, display string, err error) {
	var list generator.ErrorList
	list.Merge(err)
	idx := indexFields(display, yml)
	for _, e := range list {
		msg := e.Msg
		if e.Hint != "" {
			msg += " (" + e.Hint + ")"
		}
		if f := idx.field(e.Pos); f != "" {
			if prev, ok := o.Fields[f]; ok {
				msg = prev + "; " + msg
			}
			o.Fields[f] = msg
			continue
		}
		o.General = append(o.General, e.Error())
	}
}

// displayName is the spec's name as errors show it.
func displayName(dir, name string) string { return path.Join(path.Base(dir), name) }

// trimPage returns the page without its trailing newline, for srcdoc.
func trimPage(b []byte) string { return string(bytes.TrimRight(b, "\n")) }
