package markdown_test

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
)

// Footnotes are numbered across the draft in order of reference, although each clause
// numbers its own from [^1], and definitions on consecutive lines stay apart.
func TestAdjacentNotes(t *testing.T) {
	d := fixture.Draft(t, "adjacent-notes")
	for _, l := range []generator.Lang{generator.English, generator.Ukrainian} {
		doc := d.Docs[l]
		if len(doc.Notes) != 3 {
			t.Fatalf("%s: %d notes, want 3", l, len(doc.Notes))
		}
		md := string(markdown.Render(doc))
		for _, want := range []string{"[^1]: ", "[^2]: ", "[^3]: "} {
			if strings.Count(md, want) != 1 {
				t.Errorf("%s: %q defined %d times in\n%s", l, want, strings.Count(md, want), md)
			}
		}
		if strings.Contains(markdown.Inline(doc.Notes[0].Text), "[^") {
			t.Errorf("%s: note 1 swallowed the next: %q", l, markdown.Inline(doc.Notes[0].Text))
		}
	}
	en := string(markdown.Render(d.Docs[generator.English]))
	for _, want := range []string{"report.[^2]", "ratification.[^3]", "[^2]: To the depositary.", "[^3]: By each signatory."} {
		if !strings.Contains(en, want) {
			t.Errorf("missing %q in\n%s", want, en)
		}
	}
}
