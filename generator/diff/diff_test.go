package diff_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/diff"
)

var project *build.Project

func load(t testing.TB) *build.Project {
	t.Helper()
	if project != nil {
		return project
	}
	root, _ := filepath.Abs("../..")
	p, err := build.Load(build.Source{FS: os.DirFS(filepath.Join(root, "clauses")), Display: "clauses"},
		build.Source{FS: os.DirFS(filepath.Join(root, "templates")), Display: "templates"})
	if err != nil {
		t.Fatal(err)
	}
	project = p
	return p
}

// base is the coalition treaty example.
func base(t testing.TB) string {
	t.Helper()
	src, err := os.ReadFile("../../drafts/coalition-treaty-20y.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

func version(t testing.TB, name, src string) diff.Version {
	t.Helper()
	p := load(t)
	in, err := p.Loader.Load(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Version{Draft: d, Source: []byte(src)}
}

func compare(t testing.TB, old, new string, l generator.Lang) *diff.Redline {
	t.Helper()
	o, n := version(t, "old.yaml", old), version(t, "new.yaml", new)
	r, err := diff.Compare(o.Draft.Docs[l], n.Draft.Docs[l])
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func edit(t testing.TB, src, from, to string) string {
	t.Helper()
	if !strings.Contains(src, from) {
		t.Fatalf("the spec has no %q", from)
	}
	return strings.Replace(src, from, to, 1)
}

const consultations = "  - use: consultation/within-hours\n    with: {hours: 24}\n"

// Removing an early article renumbers every later one and the references to them; none of
// that is a change.
func TestRenumberingIsNotNoise(t *testing.T) {
	for _, l := range generator.Langs {
		src := base(t)
		r := compare(t, edit(t, src, consultations, ""), src, l)
		n := r.Counts()
		if n[diff.Added] != 1 || n[diff.Changed] != 0 || n[diff.Removed] != 0 || n[diff.Moved] != 0 {
			t.Errorf("%s: counts %v, want one article added and nothing else", l, n)
		}
		for _, c := range r.Changes {
			if c.Status == diff.Added && c.New.Clause != "consultation/within-hours" {
				t.Errorf("%s: added %s", l, c.New.Clause)
			}
		}
	}
}

// A parameter changed is a word-level change in its article.
func TestWords(t *testing.T) {
	src := base(t)
	r := compare(t, src, edit(t, src, "with: {days: 14}", "with: {days: 21}"), generator.English)
	var changed []*diff.Change
	for _, c := range r.Changes {
		if c.Status == diff.Changed {
			changed = append(changed, c)
		}
	}
	if len(changed) != 1 || changed[0].New.Clause != "verification/joint-commission" {
		t.Fatalf("changed: %v", changed)
	}
	var ins, del []string
	for _, p := range changed[0].Paras {
		for _, s := range p.Segs {
			switch s.Op {
			case diff.Insert:
				ins = append(ins, s.Text)
			case diff.Delete:
				del = append(del, s.Text)
			}
		}
	}
	if strings.Join(del, "|") != "fourteen (14)" && strings.Join(del, "|") != "fourteen|14" {
		t.Errorf("deleted %q", del)
	}
	if !strings.Contains(strings.Join(ins, "|"), "twenty-one") {
		t.Errorf("inserted %q", ins)
	}
}

// An article that changed places is moved, not removed and added.
func TestMoved(t *testing.T) {
	src := base(t)
	moved := edit(t, src, consultations, "")
	moved = edit(t, moved, "  - use: final/ratification\n", consultations+"  - use: final/ratification\n")
	r := compare(t, src, moved, generator.Ukrainian)
	n := r.Counts()
	if n[diff.Moved] != 1 || n[diff.MovedAway] != 1 || n[diff.Added] != 0 || n[diff.Removed] != 0 {
		t.Errorf("counts %v, want one move", n)
	}
}

// Every change of the words is one tracked change in the Word redline, in the article it
// concerns; deleted words are w:delText.
func TestTrackedChanges(t *testing.T) {
	src := base(t)
	new := edit(t, src, "with: {days: 14}", "with: {days: 21}")
	new = edit(t, new, "  - use: nato/accession-contingency\n", "")
	o, n := version(t, "old.yaml", src), version(t, "new.yaml", new)
	files, sum, err := diff.Files(o, n, diff.Options{Author: "MFA Legal", Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := diff.Compare(o.Draft.Docs[generator.English], n.Draft.Docs[generator.English])
	want := map[diff.Op]int{}
	for _, c := range r.Changes {
		for _, p := range c.Paras {
			for _, s := range p.Segs {
				want[s.Op]++
			}
			if p.Mark != diff.Equal {
				want[p.Mark]++
			}
		}
	}
	doc := part(t, files["redline.en.docx"], "word/document.xml")
	if got := strings.Count(doc, "<w:ins ") + strings.Count(doc, "<w:ins/>"); got != want[diff.Insert] {
		t.Errorf("%d insertions, want %d", got, want[diff.Insert])
	}
	if got := strings.Count(doc, "<w:del "); got != want[diff.Delete] || got == 0 {
		t.Errorf("%d deletions, want %d", got, want[diff.Delete])
	}
	// Per article: the chunk of document.xml from one article heading to the next holds the
	// tracked changes of that article.
	chunks := strings.Split(doc, `<w:pStyle w:val="ArticleHeading"/>`)[1:]
	var parts []*diff.Change
	for _, c := range r.Changes {
		if c.Unit().Section == diff.Parts {
			parts = append(parts, c)
		}
	}
	if len(chunks) != len(parts) {
		t.Fatalf("%d article headings, want %d", len(chunks), len(parts))
	}
	for i, c := range parts {
		n := 0
		for _, p := range c.Paras {
			for _, s := range p.Segs {
				if s.Op != diff.Equal {
					n++
				}
			}
			if p.Mark != diff.Equal {
				n++
			}
		}
		chunk := chunks[i]
		if i == len(parts)-1 {
			chunk = chunk[:strings.Index(chunk, `<w:pStyle w:val="Testimonium"/>`)]
		}
		if got := strings.Count(chunk, "<w:ins ") + strings.Count(chunk, "<w:del "); got != n {
			t.Errorf("%s: %d tracked changes, want %d", c.Title(r), got, n)
		}
	}
	if !strings.Contains(doc, `w:author="MFA Legal" w:date="2026-12-01T00:00:00Z"`) {
		t.Error("the changes are not by the author, on the date")
	}
	if !regexp.MustCompile(`<w:delText xml:space="preserve">[^<]*North Atlantic`).MatchString(doc) {
		t.Error("the removed article is not deleted text")
	}
	again, _, _ := diff.Files(o, n, diff.Options{Author: "MFA Legal", Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	for name, data := range files {
		if !bytes.Equal(data, again[name]) {
			t.Errorf("%s: two runs differ", name)
		}
	}
	if pdf := files["redline.en.pdf"]; !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Error("redline.en.pdf is not a PDF")
	} else if txt := pdfText(t, pdf); !strings.Contains(txt, "twenty-one") || !strings.Contains(txt, "fourteen") {
		t.Errorf("the PDF redline lacks the inserted or deleted words:\n%.600s", txt)
	}
	html := string(files["redline.uk.html"])
	if !strings.Contains(html, "<del>") || !strings.Contains(html, "<ins>") || !strings.Contains(html, `class="unit removed"`) {
		t.Error("the HTML redline lacks its marks")
	}
	if !strings.Contains(sum, "removed  Article 7 — Accession to the North Atlantic Treaty") {
		t.Errorf("summary:\n%s", sum)
	}
}

// The summary says which findings the change introduced and resolved.
func TestReviewChange(t *testing.T) {
	src := base(t)
	weak := edit(t, src, "  - use: final/provisional-application\n", "")
	o, n := version(t, "old.yaml", src), version(t, "new.yaml", weak)
	_, sum, err := diff.Files(o, n, diff.Options{Langs: []generator.Lang{generator.English}})
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`this change introduced G506 \(info\) in Article \d+`).MatchString(sum) {
		t.Errorf("summary:\n%s", sum)
	}
	_, sum, _ = diff.Files(n, o, diff.Options{Langs: []generator.Lang{generator.English}})
	if !strings.Contains(sum, "this change resolved") {
		t.Errorf("reverse summary:\n%s", sum)
	}
}

func TestDifferentForms(t *testing.T) {
	mou, err := os.ReadFile("../../drafts/coalition-mou-15y.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = diff.Files(version(t, "mou.yaml", string(mou)), version(t, "treaty.yaml", base(t)), diff.Options{})
	if err == nil || !strings.Contains(err.Error(), "cannot compare a memorandum of understanding with a treaty") {
		t.Errorf("err = %v", err)
	}
}

// pdfText extracts the text of a PDF with pdftotext (poppler-utils, which .ci/run installs).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is not installed (apt-get install poppler-utils)")
		}
		t.Skip("pdftotext is not installed")
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func part(t *testing.T, data []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			return string(b)
		}
	}
	t.Fatalf("no %s", name)
	return ""
}

// BenchmarkCompare compares two drafts of the largest example (about 30 parts) in one
// language: the issue asks under 50 ms for 40 articles.
func BenchmarkCompare(b *testing.B) {
	src := base(b)
	o := version(b, "old.yaml", src)
	n := version(b, "new.yaml", strings.Replace(src, "with: {days: 14}", "with: {days: 21}", 1))
	for b.Loop() {
		if _, err := diff.Compare(o.Draft.Docs[generator.English], n.Draft.Docs[generator.English]); err != nil {
			b.Fatal(err)
		}
	}
}
