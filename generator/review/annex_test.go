package review

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
)

// The annex lists every finding with its rule, place, reason and fix, in the draft's language,
// and Markdown in the messages cannot break the page.
func TestAnnex(t *testing.T) {
	rule := &Rule{ID: "G999", Name: "test-rule", Title: "A *test* rule", Why: "Because [it] matters.", Fix: "Use `x`."}
	r := &Report{Findings: []*Finding{
		{Rule: rule, Severity: Warning, Clause: "custom/x", Pos: generator.Position{File: "a.yaml", Line: 3, Col: 5}, Message: "the clause is *weak*"},
		{Rule: rule, Severity: Info, Suppressed: true, Reason: "accepted", Message: "another"},
	}}
	en := markdown.Annex(Annex(r, generator.English))
	for _, want := range []string{
		"## Reviewer’s notes (not part of the instrument)",
		"1. **G999 test-rule (warning): A \\*test\\* rule.** Clause `custom/x` (spec line 3). The clause is \\*weak\\*.",
		"*Why:* Because \\[it\\] matters. *Fix:* Use \\`x\\`.",
		"2. ~~**G999", "*Suppressed: accepted*",
		"**Findings:** 0 errors, 1 warning, 0 info, 1 suppressed.",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English annex lacks %q:\n%s", want, en)
		}
	}
	uk := markdown.Annex(Annex(r, generator.Ukrainian))
	for _, want := range []string{"## Зауваження рецензента (не є частиною документа)", "Положення `custom/x`", "*Чому це важливо:*", "*Як виправити:*"} {
		if !strings.Contains(uk, want) {
			t.Errorf("Ukrainian annex lacks %q:\n%s", want, uk)
		}
	}
	if none := markdown.Annex(Annex(&Report{}, generator.English)); !strings.Contains(none, "The reviewer found no weakness.") {
		t.Errorf("annex without findings:\n%s", none)
	}
}
