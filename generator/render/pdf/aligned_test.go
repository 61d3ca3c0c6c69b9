package pdf

import (
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// The parallel edition pairs the columns paragraph by paragraph and point by point, not only
// article by article: each row starts with the same label in both languages.
func TestAlignedByParagraph(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	en, err := document.New(d, generator.English)
	if err != nil {
		t.Fatal(err)
	}
	uk, err := document.New(d, generator.Ukrainian)
	if err != nil {
		t.Fatal(err)
	}
	l, r := aligned(en, uk)
	if len(l) != len(r) || len(l) <= len(en.Parts) {
		t.Fatalf("%d and %d rows for %d parts: not aligned below the article", len(l), len(r), len(en.Parts))
	}
	pairs := map[string]string{"(a)": "а)", "(b)": "б)", "1.": "1.", "2.": "2."}
	seen := 0
	for i := range l {
		if len(l[i]) == 0 || len(r[i]) == 0 {
			t.Fatalf("row %d is empty on one side", i)
		}
		if want, ok := pairs[l[i][0].label]; ok {
			seen++
			if r[i][0].label != want {
				t.Errorf("row %d pairs %q with %q, want %q", i, l[i][0].label, r[i][0].label, want)
			}
		}
	}
	if seen < 4 {
		t.Errorf("only %d labelled rows", seen)
	}
}
