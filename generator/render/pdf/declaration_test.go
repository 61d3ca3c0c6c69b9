package pdf_test

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// A declaration's paragraphs keep their numbers in the PDF, in each language and side by side,
// as in its Markdown and HTML.
func TestDeclarationNumbers(t *testing.T) {
	d := fixture.Draft(t, "declaration")
	n := len(d.Docs[generator.English].Parts)
	if n < 2 {
		t.Fatalf("the fixture has %d paragraphs", n)
	}
	for _, l := range []generator.Lang{generator.English, generator.Ukrainian} {
		text := run(t, render(t, parse(t, d, l)), "pdftotext")
		for i := 1; i <= n; i++ {
			if !hasLineStarting(text, itoa(i)+".") {
				t.Errorf("%s: no paragraph %d. in\n%s", l, i, text)
			}
		}
	}
	text := run(t, parallel(t, d), "pdftotext")
	for i := 1; i <= n; i++ {
		if strings.Count(text, itoa(i)+". ") < 2 {
			t.Errorf("parallel: paragraph %d. is not numbered in both columns:\n%s", i, text)
		}
	}
}

func hasLineStarting(text, prefix string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), prefix) {
			return true
		}
	}
	return false
}

func itoa(i int) string { return string(rune('0' + i)) }
