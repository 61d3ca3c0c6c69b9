package pdf_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// A table row taller than a page (a cell of 800 words) never finished: the repeated header
// moved the cursor below the top of the page, so the row never fitted. It is now split across
// pages, and every word of it is in the PDF, in order, in both editions.
func TestRowTallerThanPage(t *testing.T) {
	d := fixture.Draft(t, "tall-row")
	for _, data := range [][]byte{render(t, parse(t, d, generator.English)), parallel(t, d)} {
		text := run(t, data, "pdftotext", "-enc", "UTF-8")
		at := 0
		for i := range 800 {
			w := fmt.Sprintf("w%03d", i)
			j := strings.Index(text[at:], w)
			if j < 0 {
				t.Fatalf("%s is missing (or out of order) in the PDF", w)
			}
			at += j + len(w)
		}
		if pages := strings.Count(text, "\f"); pages < 2 {
			t.Errorf("%d pages, want the row spread over several", pages)
		}
	}
}
