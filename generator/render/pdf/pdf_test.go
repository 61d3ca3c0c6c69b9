package pdf_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
	"github.com/guarantor-dev/guarantor/generator/render/pdf"
)

func parse(t testing.TB, d *generator.Draft, l generator.Lang) *document.Document {
	t.Helper()
	doc, err := document.New(d, l)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func render(t testing.TB, doc *document.Document) []byte {
	t.Helper()
	out, err := pdf.Render(doc, pdf.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func parallel(t testing.TB, d *generator.Draft) []byte {
	t.Helper()
	out, err := pdf.Parallel(parse(t, d, generator.English), parse(t, d, generator.Ukrainian), pdf.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The same draft gives the same bytes: twice in a row, and with the local time zone set to
// Pacific/Auckland instead of UTC.
func TestDeterministic(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	doc := parse(t, d, generator.Ukrainian)
	first, second := render(t, doc), render(t, doc)
	if !bytes.Equal(first, second) {
		t.Fatal("two renderings differ")
	}
	local := time.Local
	defer func() { time.Local = local }()
	for _, zone := range []string{"UTC", "Pacific/Auckland"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		time.Local = loc
		if got := render(t, parse(t, fixture.Draft(t, "treaty"), generator.Ukrainian)); !bytes.Equal(got, first) {
			t.Errorf("the PDF rendered with TZ=%s differs", zone)
		}
	}
	if bytes.Contains(first, []byte("/CreationDate")) || bytes.Contains(first, []byte("/ModDate")) {
		t.Error("without a build date the PDF claims one (the draft's date is in its text and subject)")
	}
}

// A build date in the options is the PDF's creation date, in UTC.
func TestDateOption(t *testing.T) {
	doc := parse(t, fixture.Draft(t, "treaty"), generator.English)
	at := time.Date(2027, 1, 2, 3, 4, 5, 0, time.FixedZone("X", 5*3600))
	out, err := pdf.Render(doc, pdf.Options{Date: at})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte("/CreationDate (D:20270101220405)")) {
		t.Error("the creation date is not the option's date in UTC")
	}
}

// Many documents render at once without a race, each to the bytes it has alone.
func TestConcurrent(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	en, uk := parse(t, d, generator.English), parse(t, d, generator.Ukrainian)
	want := map[*document.Document][]byte{en: render(t, en), uk: render(t, uk)}
	var wg sync.WaitGroup
	for i := range 8 {
		doc := en
		if i%2 == 1 {
			doc = uk
		}
		wg.Go(func() {
			out, err := pdf.Render(doc, pdf.Options{})
			if err != nil || !bytes.Equal(out, want[doc]) {
				t.Errorf("concurrent rendering differs (%v)", err)
			}
		})
	}
	wg.Wait()
}

// A character the font lacks fails the build, naming the character and the clause.
func TestMissingGlyph(t *testing.T) {
	doc := parse(t, fixture.Draft(t, "glyph"), generator.English)
	_, err := pdf.Render(doc, pdf.Options{})
	if err == nil {
		t.Fatal("no error for a character without a glyph")
	}
	for _, want := range []string{"glyph.yaml:", "custom/odd", "U+4E2D", `'中'`, "Liberation Serif"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if _, err := pdf.Render(parse(t, fixture.Draft(t, "glyph"), generator.Ukrainian), pdf.Options{}); err != nil {
		t.Errorf("the Ukrainian text has every glyph: %v", err)
	}
}

func BenchmarkRenderLargest(b *testing.B) {
	d := fixture.Largest(b)
	doc := parse(b, d, generator.English)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdf.Render(doc, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParallelLargest(b *testing.B) {
	d := fixture.Largest(b)
	en, uk := parse(b, d, generator.English), parse(b, d, generator.Ukrainian)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdf.Parallel(en, uk, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
