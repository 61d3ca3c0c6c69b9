package html_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// Every part of every example, including the paragraphs a memorandum's form adds after its
// clauses ("Status", "Coming into effect"), is listed in the table of contents and set as an
// article under its heading, not as testimonium.
func TestEveryPartListed(t *testing.T) {
	for _, d := range fixture.Examples(t) {
		for _, l := range d.Instrument.Languages {
			page := string(render(t, d, l))
			for _, p := range d.Docs[l].Parts {
				if !strings.Contains(page, fmt.Sprintf(`<li><a href="#%s">`, p.ID)) {
					t.Errorf("%s %s: %s %q is not in the table of contents", d.Instrument.Name, l, p.ID, p.Title(l))
				}
				if d.Docs[l].Layout == generator.Headed && !strings.Contains(page, fmt.Sprintf(`<h2 id="%s">`, p.ID)) {
					t.Errorf("%s %s: %s has no heading of its own", d.Instrument.Name, l, p.ID)
				}
			}
			testimonium := 0
			for _, m := range d.Docs[l].Back {
				if m.Role == generator.RoleTestimonium {
					testimonium++
				}
			}
			if n := strings.Count(page, `class="testimonium"`); n != testimonium {
				t.Errorf("%s %s: %d paragraphs set as testimonium, want %d", d.Instrument.Name, l, n, testimonium)
			}
		}
	}
}
