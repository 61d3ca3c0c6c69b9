package pdf_test

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// The running head of every page is the spec's short title, in each language and in the
// parallel edition.
func TestShortTitle(t *testing.T) {
	d := fixture.Draft(t, "short")
	for _, l := range d.Instrument.Languages {
		text := run(t, render(t, parse(t, d, l)), "pdftotext")
		if first := strings.TrimSpace(strings.SplitN(text, "\n", 2)[0]); first != d.Instrument.ShortTitle[l] {
			t.Errorf("%s: the running head is %q, want %q", l, first, d.Instrument.ShortTitle[l])
		}
	}
	if text := run(t, parallel(t, d), "pdftotext"); !strings.HasPrefix(strings.TrimSpace(text), "Guarantees Treaty") {
		t.Errorf("parallel: the running head is not the short title:\n%.200s", text)
	}
}
