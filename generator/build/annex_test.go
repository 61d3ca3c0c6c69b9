package build_test

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/corpus"
)

// Every form takes the reviewer's notes after its signatures: the examples in every format,
// and 40 generated specs of every form and size in Markdown and HTML (a declaration once
// failed with "found 1 article headings for 3 articles").
func TestAnnexEveryForm(t *testing.T) {
	p := project(t)
	examples := []string{"political-declaration", "coalition-mou-15y", "layered-treaty"}
	for _, name := range examples {
		d, err := p.Draft("../../drafts/" + name + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		formats := []string{"md", "html"}
		if name == "political-declaration" {
			formats = append(formats, "pdf")
		}
		files, _, err := p.Files(d, build.Options{Formats: formats, Annex: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, f := range []string{"en.md", "uk.md"} {
			if !strings.Contains(string(files[f]), "Reviewer") && !strings.Contains(string(files[f]), "рецензента") {
				t.Errorf("%s %s has no reviewer's notes", name, f)
			}
		}
	}
	g := &corpus.Generator{Library: p.Library, Guarantors: corpus.Guarantors(p.Loader.Parties), Seed: 1}
	for _, f := range g.Generate(40) {
		in, err := p.Loader.Load(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		d, err := p.Kit.Assemble(in)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if _, _, err := p.Files(d, build.Options{Formats: []string{"md", "html"}, Annex: true}); err != nil {
			t.Errorf("%s (%s): %v", f.Name, in.Form, err)
		}
	}
}
