package html_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// pages renders every example and test spec in every language, by name ("treaty.en").
func pages(t *testing.T) map[string][]byte {
	out := map[string][]byte{}
	drafts := fixture.Examples(t)
	for _, name := range []string{"treaty", "declaration", "notes"} {
		drafts = append(drafts, fixture.Draft(t, name))
	}
	for _, d := range drafts {
		for _, l := range d.Instrument.Languages {
			out[d.Instrument.Name+"."+string(l)] = render(t, d, l)
		}
	}
	return out
}

// Every page is valid HTML5 by HTML Tidy, without an error or a warning. .ci/run installs
// tidy; the test skips where it is missing.
func TestTidy(t *testing.T) {
	if _, err := exec.LookPath("tidy"); err != nil {
		t.Skip("tidy is not installed (apt-get install tidy)")
	}
	dir := t.TempDir()
	for name, page := range pages(t) {
		path := filepath.Join(dir, name+".html")
		if err := os.WriteFile(path, page, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("tidy", "-q", "-e", "-utf8", path).CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("tidy %s.html: %v\n%s", name, err, out)
		}
	}
}

var (
	idRE   = regexp.MustCompile(`\sid="([^"]*)"`)
	hrefRE = regexp.MustCompile(`\shref="([^"]*)"`)
)

// Every page has a language, unique ids, a target for every link, and nothing loaded from
// elsewhere: it opens offline.
func TestStructure(t *testing.T) {
	for name, data := range pages(t) {
		page := string(data)
		lang := name[strings.LastIndexByte(name, '.')+1:]
		if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\""+lang+"\">") {
			t.Errorf("%s: no doctype or lang", name)
		}
		ids := map[string]bool{}
		for _, m := range idRE.FindAllStringSubmatch(page, -1) {
			if ids[m[1]] {
				t.Errorf("%s: id %q twice", name, m[1])
			}
			ids[m[1]] = true
		}
		for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
			if !strings.HasPrefix(m[1], "#") || !ids[m[1][1:]] {
				t.Errorf("%s: link to %q, which is not in the page", name, m[1])
			}
		}
		for _, bad := range []string{"<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "http://", "https://"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s: external resource or script: %q", name, bad)
			}
		}
	}
}

// A table is a semantic table with a header row, and footnotes link both ways between the
// mark and the note, numbered from 1 in each language.
func TestTablesAndNotes(t *testing.T) {
	d := fixture.Draft(t, "notes")
	for _, l := range d.Instrument.Languages {
		page := string(render(t, d, l))
		for _, want := range []string{"<table>\n<thead>\n<tr>\n<th", "<tbody>", "<td style=\"text-align:right\">35\u00a0%</td>",
			`<a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a>`, `<li id="fn:2">`,
			`<a href="#fnref:2" class="footnote-backref"`, `<div class="footnotes" role="doc-endnotes">`} {
			if !strings.Contains(page, want) {
				t.Errorf("notes.%s: no %q", l, want)
			}
		}
		if strings.Contains(page, "[^") {
			t.Errorf("notes.%s: a footnote left as text", l)
		}
	}
	en := string(render(t, d, generator.English))
	if !strings.Contains(en, "At training grounds outside Ukraine.") {
		t.Error("notes.en: the second note's text is missing")
	}
}
