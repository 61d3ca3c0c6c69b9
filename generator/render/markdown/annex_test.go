package markdown_test

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
)

// A clause that refers to an annex makes the draft carry it after the signatures, numbered,
// with its title and a placeholder, and the reference names it in the right case.
func TestClauseAnnex(t *testing.T) {
	d := fixture.Draft(t, "annex")
	for l, want := range map[generator.Lang][]string{
		generator.English:   {"set out in Annex 1 to this Treaty", "## Annex 1 — Map of the line", "*[To be agreed and attached before signature.]*"},
		generator.Ukrainian: {"наведено в додатку 1 до цього Договору", "## Додаток 1. Карта лінії", "*[Підлягає погодженню; додається до підписання.]*"},
	} {
		md := string(markdown.Render(d.Docs[l]))
		for _, w := range want {
			if !strings.Contains(md, w) {
				t.Errorf("%s: missing %q in\n%s", l, w, md)
			}
		}
		if i, j := strings.Index(md, "## "+strings.Split(want[1], "## ")[1]), strings.LastIndex(md, "\\_\\_"); i < j {
			t.Errorf("%s: the annex is not after the signatures", l)
		}
	}
}
