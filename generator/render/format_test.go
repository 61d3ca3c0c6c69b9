package render_test

import (
	"slices"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

func formats(t *testing.T, names ...string) []render.Format {
	var out []render.Format
	for _, n := range names {
		f, ok := render.Lookup(n)
		if !ok {
			t.Fatalf("no format %q", n)
		}
		out = append(out, f)
	}
	return out
}

func names(files map[string][]byte) []string {
	var out []string
	for n := range files {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func TestFiles(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	for _, c := range []struct {
		langs   []generator.Lang
		formats []string
		want    []string
	}{
		{nil, []string{"md"}, []string{"en.md", "uk.md"}},
		{nil, []string{"md", "html", "pdf"}, []string{"en.html", "en.md", "en.pdf", "parallel.pdf", "uk.html", "uk.md", "uk.pdf"}},
		{[]generator.Lang{generator.English}, []string{"pdf", "html"}, []string{"en.html", "en.pdf"}},
		{nil, []string{"docx", "akn"}, []string{"en.akn.xml", "en.docx", "parallel.docx", "uk.akn.xml", "uk.docx"}},
	} {
		files, err := render.Files(d, c.langs, formats(t, c.formats...), render.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := names(files); !slices.Equal(got, c.want) {
			t.Errorf("%v %v: files %v, want %v", c.langs, c.formats, got, c.want)
		}
	}
	if _, ok := render.Lookup("doc"); ok {
		t.Error("doc is not a format")
	}
}

// A glyph error in one file of a draft is reported, not a partial set of files.
func TestFilesGlyphError(t *testing.T) {
	_, err := render.Files(fixture.Draft(t, "glyph"), nil, formats(t, "md", "pdf"), render.Options{})
	if err == nil {
		t.Fatal("no error for a missing glyph")
	}
}
