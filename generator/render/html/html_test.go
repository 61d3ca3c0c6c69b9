package html_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
	"github.com/guarantor-dev/guarantor/generator/render/html"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func render(t testing.TB, d *generator.Draft, l generator.Lang) []byte {
	t.Helper()
	doc, err := document.New(d, l)
	if err != nil {
		t.Fatal(err)
	}
	out, err := html.Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The test specs render to exactly their golden pages.
func TestGolden(t *testing.T) {
	for _, name := range []string{"treaty", "declaration"} {
		d := fixture.Draft(t, name)
		for _, l := range d.Instrument.Languages {
			got := render(t, d, l)
			golden := filepath.Join("testdata", name+"."+string(l)+".html")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/render/html -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; if intended, run go test ./generator/render/html -update and review the diff", name+"."+string(l), golden)
			}
		}
	}
}

// Every example renders in both languages to a page with a link to each article in its
// table of contents (valid_test.go checks that each link has its target).
func TestExamples(t *testing.T) {
	for _, d := range fixture.Examples(t) {
		for _, l := range d.Instrument.Languages {
			page := string(render(t, d, l))
			doc, _ := document.New(d, l)
			for _, e := range doc.Articles {
				if !strings.Contains(page, `<a href="#`+e.ID+`">`) || !strings.Contains(page, ` id="`+e.ID+`"`) {
					t.Errorf("%s.%s: no link to %s or no target", d.Instrument.Name, l, e.ID)
				}
			}
		}
	}
}

func BenchmarkRenderLargest(b *testing.B) {
	d := fixture.Largest(b)
	doc, err := document.New(d, generator.English)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := html.Render(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// Parsing is shared by both renderers; this is its cost.
func BenchmarkParseLargest(b *testing.B) {
	d := fixture.Largest(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := document.New(d, generator.English); err != nil {
			b.Fatal(err)
		}
	}
}
