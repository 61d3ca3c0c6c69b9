package build_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// customSpec is a spec with one custom operative clause whose text, in both languages, is
// text.
func customSpec(text string) []byte {
	indented := "          " + strings.ReplaceAll(text, "\n", "\n          ")
	return []byte(`title: {en: Test Treaty, uk: Тестовий договір}
form: treaty
languages: [en, uk]
parties: {beneficiary: UA, guarantors: [FR]}
scope: peace
date: 2026-11-22
place: {en: Kyiv, uk: {nom: Київ, loc: Києві}}
clauses:
  - custom:
      id: custom/fuzz
      section: operative
      title: {en: Fuzz, uk: Фаз}
      text:
        en: |
` + indented + `
        uk: |
` + indented + "\n")
}

// throughAll loads a spec with text as its custom clause, assembles it, reviews it and
// renders it in every format.
func throughAll(p *build.Project, text string) (map[string][]byte, error) {
	in, err := p.Loader.Load("fuzz.yaml", customSpec(text))
	if err != nil {
		return nil, err
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		return nil, err
	}
	review.Review(d)
	return render.Files(d, nil, render.Formats, render.Options{Date: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)})
}

// Custom text of any kind goes through assembly, the reviewer and every renderer without a
// panic or a hang, and a draft that builds loads nothing from elsewhere.
func FuzzCustomText(f *testing.F) {
	for _, s := range []string{
		"The Parties shall consult each other without delay.",
		"The Parties[^1] shall, under [Article 5](#art-5), act.\n\n[^1]: See [UN](https://un.org).",
		"including:\n\n(a) land;\n(b) air\n\n1. one\n   - two\n     > three",
		"| a | b |\n|---|---|\n| x | y z |",
		"{{ .Shall }} {{ capfirst .Beneficiary }} {{ plural 3 \"day\" \"days\" }} {{ range 3 }}x{{ end }}",
		"*a **b*** `c` <https://example.org> &amp; \\_ ---",
		"![p](https://tracker.example/p.png) [x](javascript:alert(1))",
		"{{ define \"a\" }}x{{ end }}{{ template \"a\" }}",
	} {
		f.Add(s)
	}
	p := loadFrom(f, "../../clauses")
	f.Fuzz(func(t *testing.T, text string) {
		done := make(chan struct{})
		var files map[string][]byte
		var err error
		go func() {
			defer close(done)
			files, err = throughAll(p, text)
		}()
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			t.Fatalf("%q: no result after 60 s", text)
		}
		if err != nil {
			return
		}
		for name, data := range files {
			if strings.HasSuffix(name, ".html") && bytes.Contains(data, []byte("<img")) {
				t.Errorf("%q: %s has an image", text, name)
			}
		}
	})
}
