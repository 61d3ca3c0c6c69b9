package pdf_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// These tests check the PDFs with poppler-utils and qpdf, which .ci/run installs; they skip
// where the tools are missing, and fail in CI (CI=true).

var update = flag.Bool("update", false, "rewrite the golden files")

// run runs a tool on a PDF written to a temporary file and returns its output.
func run(t *testing.T, data []byte, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (apt-get install poppler-utils qpdf)", name)
		}
		t.Skipf("%s is not installed (apt-get install poppler-utils qpdf)", name)
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, path)
	if name == "pdftotext" {
		args = append(args, "-") // to standard output
	}
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

var chromeRE = regexp.MustCompile(`^(Page \d+ of \d+|Сторінка \d+ з \d+)(\s+·\s+.*)?$`)

// extract returns the text of a PDF without the running header and footer of each page, one
// trimmed line per line of text.
func extract(t *testing.T, data []byte, doc *document.Document) []string {
	var lines []string
	head, stamp := doc.ShortTitle(80), doc.Marking.Stamp
	for _, pg := range strings.Split(run(t, data, "pdftotext", "-enc", "UTF-8"), "\f") {
		var ls []string
		for _, l := range strings.Split(pg, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				ls = append(ls, l)
			}
		}
		for len(ls) > 0 && (ls[0] == head || ls[0] == stamp || ls[0] == head+" "+stamp) {
			ls = ls[1:]
		}
		for len(ls) > 0 && chromeRE.MatchString(ls[len(ls)-1]) {
			ls = ls[:len(ls)-1]
		}
		lines = append(lines, ls...)
	}
	return lines
}

var space = regexp.MustCompile(`\s+`)

// texts returns the text of every paragraph, heading and signature block in order; article
// headings as their label and heading, which the PDF sets on two lines.
func texts(doc *document.Document) []string {
	var out []string
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading, document.KindSignature:
			if e := entryOf(doc, n); e != nil && n.Kind() == ast.KindHeading {
				out = append(out, e.Label, e.Heading)
			} else {
				out = append(out, document.Plain(n, doc.Source))
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

func entryOf(doc *document.Document, n ast.Node) *document.Entry {
	for _, e := range doc.Articles {
		if e.Node == n {
			return e
		}
	}
	return nil
}

// squeeze drops spaces (no-break ones too: pdftotext gives them back as plain spaces) and
// hyphens, which line breaks add or take away.
var squeeze = regexp.MustCompile(`[\s\x{00a0}\x{202f}\-]+`)

// label is a list or paragraph label at the start of a text: "2.", "г)", "(a)".
var label = regexp.MustCompile(`^\(?[\p{L}\d]{1,3}[.)]`)

// checkText checks that pdftotext gives back every text of the document, in order, except for
// spaces and hyphens.
func checkText(t *testing.T, name string, data []byte, doc *document.Document) []string {
	lines := extract(t, data, doc)
	all := squeeze.ReplaceAllString(strings.Join(lines, " "), "")
	at := 0
	for _, want := range texts(doc) {
		want = squeeze.ReplaceAllString(want, "")
		i := strings.Index(all[at:], want)
		if i < 0 {
			// A label that starts a page may be read apart from its text: pdftotext sees the
			// hanging labels as a column of their own.
			want = label.ReplaceAllString(want, "")
			i = strings.Index(all[at:], want)
		}
		if i < 0 {
			t.Errorf("%s: pdftotext lacks %q after %q", name, want, all[max(0, at-60):at])
			continue
		}
		at += i + len(want)
	}
	return lines
}

// pdftotext gives back the exact text of the test treaty in both languages, as in the golden
// files, and of every example.
func TestTextRoundTrip(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	for _, l := range d.Instrument.Languages {
		doc := parse(t, d, l)
		lines := checkText(t, "treaty."+string(l), render(t, doc), doc)
		golden := filepath.Join("testdata", "treaty."+string(l)+".txt")
		got := []byte(strings.Join(lines, "\n") + "\n")
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if want, err := os.ReadFile(golden); err != nil || !bytes.Equal(got, want) {
			t.Errorf("the text of treaty.%s.pdf differs from %s (%v); if intended, run go test ./generator/render/pdf -update", l, golden, err)
		}
	}
	for _, d := range fixture.Examples(t) {
		for _, l := range d.Instrument.Languages {
			doc := parse(t, d, l)
			checkText(t, d.Instrument.Name+"."+string(l), render(t, doc), doc)
		}
	}
}

// The parallel edition holds every article of both languages, and the pages number alike.
func TestParallelText(t *testing.T) {
	for _, d := range append(fixture.Examples(t), fixture.Draft(t, "treaty")) {
		out := run(t, parallel(t, d), "pdftotext", "-enc", "UTF-8")
		flat := space.ReplaceAllString(out, " ") // once: it ran for every heading, 129 s in all
		for _, l := range []generator.Lang{generator.English, generator.Ukrainian} {
			for _, e := range parse(t, d, l).Articles {
				if e.Node.Kind() != ast.KindHeading {
					continue
				}
				for _, s := range []string{e.Label, e.Heading} {
					if !strings.Contains(flat, s) {
						t.Errorf("%s parallel.pdf lacks %q", d.Instrument.Name, s)
					}
				}
			}
		}
		if !regexp.MustCompile(`Page 1 of \d+\s+·\s+Сторінка 1 з \d+`).MatchString(out) {
			t.Errorf("%s parallel.pdf: no page numbers in both languages", d.Instrument.Name)
		}
	}
}

// qpdf finds no error in any PDF, and every font is embedded.
func TestQPDFAndFonts(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	files := map[string][]byte{
		"en.pdf": render(t, parse(t, d, generator.English)), "uk.pdf": render(t, parse(t, d, generator.Ukrainian)),
		"parallel.pdf": parallel(t, d),
	}
	for name, data := range files {
		if out := run(t, data, "qpdf", "--check"); !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("qpdf --check %s:\n%s", name, out)
		}
		fonts := strings.Split(strings.TrimSpace(run(t, data, "pdffonts")), "\n")
		if len(fonts) < 3 {
			t.Errorf("pdffonts %s lists no font:\n%s", name, strings.Join(fonts, "\n"))
		}
		for _, f := range fonts[2:] {
			cols := strings.Fields(f)
			if !strings.Contains(strings.ToLower(cols[0]), "liberationserif") || cols[len(cols)-5] != "yes" {
				t.Errorf("%s: font not embedded Liberation Serif: %s", name, f)
			}
		}
	}
}
