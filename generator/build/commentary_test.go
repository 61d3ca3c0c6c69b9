package build_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/build"
)

// --commentary writes the memorandum in each language and in the formats asked for among md,
// html and pdf, and the manifest records it.
func TestCommentaryFiles(t *testing.T) {
	p := project(t)
	d, err := p.Draft(largest)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		formats []string
		want    []string
	}{
		{[]string{"md", "html", "pdf"}, []string{"en.commentary.html", "en.commentary.md", "en.commentary.pdf",
			"uk.commentary.html", "uk.commentary.md", "uk.commentary.pdf"}},
		{[]string{"md", "docx"}, []string{"en.commentary.md", "uk.commentary.md"}},
		{[]string{"docx"}, []string{"en.commentary.md", "uk.commentary.md"}},
	} {
		files, _, err := p.Files(d, build.Options{Formats: tc.formats, Commentary: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for name := range files {
			if strings.Contains(name, ".commentary.") {
				got = append(got, name)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("--format %v: memorandum files %v, want %v", tc.formats, got, tc.want)
		}
		manifest := string(files[build.ManifestName])
		for _, name := range tc.want {
			if !strings.Contains(manifest, `"`+name+`": "sha256:`) {
				t.Errorf("the manifest does not record %s", name)
			}
		}
		if !strings.Contains(manifest, "commentary=true") {
			t.Error("the manifest's options do not say commentary=true")
		}
	}
	files, _, err := p.Files(d, build.Options{Formats: []string{"md"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := files["en.commentary.md"]; ok {
		t.Error("a build without --commentary wrote a memorandum")
	}
}

// The memorandum of a draft reads clauses the draft does not use (its alternatives): changing
// one rebuilds a draft built with --commentary, and only that one.
func TestCommentaryIncremental(t *testing.T) {
	p, clauses := copyLibrary(t)
	out := t.TempDir()
	runs := map[string]build.Options{"with": {Formats: []string{"md"}, Commentary: true}, "without": {Formats: []string{"md"}}}
	for name, opt := range runs {
		for _, s := range statuses(mustRun(t, &build.Runner{Project: p, Out: filepath.Join(out, name), Options: opt}, []string{largest})) {
			if s != build.Built {
				t.Fatalf("%s: first build %s", name, s)
			}
		}
	}
	path := filepath.Join(clauses, "sanctions", "will-consider.md")
	src, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(src), "no snapback.", "no snapback at all.", 1)), 0o644)
	p = loadFrom(t, clauses)
	want := map[string]build.Status{"with": build.Built, "without": build.Unchanged}
	for name, opt := range runs {
		for _, s := range statuses(mustRun(t, &build.Runner{Project: p, Out: filepath.Join(out, name), Options: opt}, []string{largest})) {
			if s != want[name] {
				t.Errorf("%s --commentary after an alternative changed: %s, want %s", name, s, want[name])
			}
		}
	}
	memo, _ := os.ReadFile(filepath.Join(out, "with", "coalition-treaty-20y", "en.commentary.md"))
	if !strings.Contains(string(memo), "no snapback at all.") {
		t.Error("the rebuilt memorandum does not show the changed alternative")
	}
}

// BenchmarkFilesCommentary measures what --commentary adds to a draft's files in md, html and
// pdf: compare with BenchmarkFilesPlain.
func BenchmarkFilesCommentary(b *testing.B) { benchFiles(b, true) }

// BenchmarkFilesPlain is BenchmarkFilesCommentary without the memorandum.
func BenchmarkFilesPlain(b *testing.B) { benchFiles(b, false) }

func benchFiles(b *testing.B, memo bool) {
	p := project(b)
	d, err := p.Draft(largest)
	if err != nil {
		b.Fatal(err)
	}
	opt := build.Options{Formats: []string{"md", "html", "pdf"}, Commentary: memo}
	for b.Loop() {
		if _, _, err := p.Files(d, opt); err != nil {
			b.Fatal(err)
		}
	}
}
