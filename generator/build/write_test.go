package build_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
)

// Every format adds its files, and the manifest lists each file with its hash.
func TestFilesFormats(t *testing.T) {
	p := project(t)
	d, err := p.Draft(filepath.Join("..", "..", "drafts", "coalition-treaty-20y.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files, _, err := p.Files(d, build.Options{Formats: []string{"md", "html", "pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	want := []string{"en.html", "en.md", "en.pdf", "manifest.json", "parallel.pdf", "uk.html", "uk.md", "uk.pdf"}
	if !slices.Equal(names, want) {
		t.Fatalf("files = %v, want %v", names, want)
	}
	var m build.Manifest
	if err := json.Unmarshal(files["manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	for _, n := range want[:len(want)-1] {
		if n != "manifest.json" && m.Outputs[n] != generator.Hash(files[n]) {
			t.Errorf("manifest: %s has hash %q, want the file's", n, m.Outputs[n])
		}
	}
	if _, _, err := p.Files(d, build.Options{Formats: []string{"odt"}}); err == nil {
		t.Error("no error for an unknown format")
	}
}

// Only the languages asked for are rendered, and no parallel edition without both.
func TestFilesOneLanguage(t *testing.T) {
	p := project(t)
	d, err := p.Draft(filepath.Join("..", "..", "drafts", "coalition-treaty-20y.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files, _, err := p.Files(d, build.Options{Langs: []generator.Lang{generator.Ukrainian}, Formats: []string{"pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files["uk.pdf"] == nil || files["manifest.json"] == nil {
		t.Errorf("files for --lang uk --format pdf: %d files", len(files))
	}
}

// SOURCE_DATE_EPOCH sets the PDF's date; the text formats do not change.
func TestSourceDateEpoch(t *testing.T) {
	p := project(t)
	d, err := p.Draft(filepath.Join("..", "..", "drafts", "coalition-treaty-20y.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	plain, _, err := p.Files(d, build.Options{Formats: []string{"md", "pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dated, _, err := p.Files(d, build.Options{Formats: []string{"md", "pdf"}})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain["en.md"], dated["en.md"]) || bytes.Equal(plain["en.pdf"], dated["en.pdf"]) {
		t.Error("SOURCE_DATE_EPOCH should change the PDF and only the PDF")
	}
	if !bytes.Contains(dated["en.pdf"], []byte("(D:20231114221320)")) {
		t.Error("the PDF is not dated with SOURCE_DATE_EPOCH in UTC")
	}
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	if _, _, err := p.Files(d, build.Options{Formats: []string{"pdf"}}); err == nil {
		t.Error("no error for a malformed SOURCE_DATE_EPOCH")
	}
}

// WriteAll leaves a file that already holds the same bytes alone, and replaces one that does not.
func TestWriteAllSkipsIdenticalFiles(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("0123456789"), 20000) // compared over several chunks
	files := map[string][]byte{"en.md": []byte("same"), "uk.md": []byte("old"), "en.pdf": big, "uk.pdf": big}
	if err := build.WriteAll(dir, files); err != nil {
		t.Fatal(err)
	}
	past := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := range files {
		os.Chtimes(filepath.Join(dir, n), past, past)
	}
	files["uk.md"] = []byte("new")
	files["uk.pdf"] = append(bytes.Clone(big[:len(big)-1]), 'x')
	if err := build.WriteAll(dir, files); err != nil {
		t.Fatal(err)
	}
	for n, rewritten := range map[string]bool{"en.md": false, "uk.md": true, "en.pdf": false, "uk.pdf": true} {
		st, err := os.Stat(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		if got := !st.ModTime().Equal(past); got != rewritten {
			t.Errorf("%s rewritten: %t, want %t", n, got, rewritten)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "uk.md")); string(data) != "new" {
		t.Errorf("uk.md = %q", data)
	}
}
