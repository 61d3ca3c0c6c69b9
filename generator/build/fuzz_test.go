package build_test

import (
	"strings"
	_ "testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
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
// renders it in every format. An error is fine; a panic, a hang or a crash is not.
func throughAll(p *build.Project, text string) error {
	in, err := p.Loader.Load("fuzz.yaml", customSpec(text))
	if err != nil {
		return err
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		return err
	}
	review.Review(d)
	_, err = render.Files(d, nil, render.Formats, render.Options{Date: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)})
	return err
}

var _ = generator.English
