package build

import (
	"maps"
	"path/filepath"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/review"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

// unchanged finds out, without decoding the spec, that its draft is up to date: the manifest in
// the folder its file name gives records this spec, its bytes, the same options, clauses and
// templates as the project has now, and outputs that are all there. It then fills res as an
// unchanged draft and returns true. Otherwise (a spec that names its draft otherwise, asks for
// a commentary, or changed in any way) it returns false, and the spec is loaded to tell.
func (r *Runner) unchanged(res *Result) bool {
	if r.Force || r.Options.Commentary {
		return false
	}
	src, err := decode.ReadPath(res.Spec)
	if err != nil {
		return false
	}
	dir := filepath.Join(r.Out, spec.DefaultName(res.Spec))
	m, err := readStamp(dir)
	if err != nil || m == nil || m.Version != generator.Version || m.Spec != filepath.ToSlash(res.Spec) ||
		m.Inputs.Spec != generator.Hash(src) || !r.sameInputs(m) || !m.intact(dir, r.Check) {
		return false
	}
	res.Name, res.Dir, res.Status, res.Review = m.Name, dir, Unchanged, m.Review
	return true
}

// stamp is the part of a manifest unchanged reads: of its clauses, only which are custom.
// Decoding the rest (each clause's source, hash and parameters) took a third of a no-op.
type stamp struct {
	Tool          string            `json:"tool"`
	Version       string            `json:"version"`
	Spec          string            `json:"spec"`
	Name          string            `json:"name"`
	Form          generator.Form    `json:"form"`
	SpecLanguages []generator.Lang  `json:"spec_languages"`
	Inputs        Inputs            `json:"inputs"`
	Outputs       map[string]string `json:"outputs"`
	Sizes         map[string]int    `json:"sizes"`
	Clauses       []struct {
		ID     string `json:"id"`
		Custom bool   `json:"custom"`
	} `json:"clauses"`
	Review review.Summary `json:"review"`
}

// readStamp reads what unchanged needs of the manifest in dir, as a Manifest.
func readStamp(dir string) (*Manifest, error) {
	var s stamp
	if _, err := readManifest(dir, &s, &s.Tool); err != nil || s.Tool == "" {
		return nil, err
	}
	m := &Manifest{Tool: s.Tool, Version: s.Version, Spec: s.Spec, Name: s.Name, Form: s.Form,
		SpecLanguages: s.SpecLanguages, Inputs: s.Inputs, Outputs: s.Outputs, Sizes: s.Sizes, Review: s.Review}
	for _, c := range s.Clauses {
		m.Clauses = append(m.Clauses, ManifestClause{ID: c.ID, Custom: c.Custom})
	}
	return m, nil
}

// sameInputs reports whether the options, library clauses and templates a manifest records
// are those of this build; the spec's own clauses are in its bytes.
func (r *Runner) sameInputs(m *Manifest) bool {
	for _, l := range r.Options.Langs {
		if !slices.Contains(m.SpecLanguages, l) {
			return false // let loading the spec say so
		}
	}
	if len(m.SpecLanguages) == 0 || optionsKey(asked(m.SpecLanguages, r.Options.Langs), r.Options) != m.Inputs.Options {
		return false
	}
	custom := map[string]bool{}
	for _, c := range m.Clauses {
		custom[c.ID] = c.Custom
	}
	for id, hash := range m.Inputs.Clauses {
		if custom[id] {
			continue
		}
		if c := r.Project.Library.Get(id); c == nil || c.Hash != hash {
			return false
		}
	}
	return maps.Equal(r.Project.templateInputs(m.Form, m.SpecLanguages), m.Inputs.Templates)
}
