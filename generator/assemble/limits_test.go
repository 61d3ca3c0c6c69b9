package assemble

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

var at = generator.Position{File: "spec.yaml", Line: 20, Col: 11}

// Texts that take the Markdown parsers quadratic time are refused, placed, before parsing.
func TestQuadraticMarkdownIsRefused(t *testing.T) {
	for name, tt := range map[string]struct{ text, want string }{
		"links":   {strings.Repeat("[a](", 40_000), "spec.yaml:20:11: the text has 80000 square brackets, more than 1000"},
		"nested":  {strings.Repeat("[", 600) + "a" + strings.Repeat("]", 600), "more than 1000"},
		"notes":   {strings.Repeat("[^a]", 600), "more than 1000"},
		"quotes":  {"text\n" + strings.Repeat("> ", 10_000) + "a", "spec.yaml:21:43: quotes and lists nested more than 16 deep"},
		"lists":   {strings.Repeat("- ", 10_000) + "a", "spec.yaml:20:43: quotes and lists nested more than 16 deep"},
		"ordered": {strings.Repeat("1. ", 40) + "a", "nested more than 16 deep"},
	} {
		if err := checkText(tt.text, at); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: want %q, got %v", name, tt.want, err)
		}
	}
}

// Nothing in a draft may load from elsewhere when it is opened.
func TestExternalResourcesAreRefused(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"A\n![p](https://tracker.example/p.png)", "spec.yaml:21:11: an image (![…]) would be loaded from elsewhere"},
		{"![p][ref]\n\n[ref]: https://tracker.example/p.png", "spec.yaml:20:11: an image"},
		{"see [x](javascript:alert(1))", `spec.yaml:20:19: link to "javascript:alert(1": links in a draft may go to http, https, mailto or #part only`},
		{"see [x]( <file:///etc/passwd>)", `link to "file:///etc/passwd"`},
		{"see [x](data:text/html,hi)", `link to "data:text/html,hi"`},
		{"see [x](other.md)", `link to "other.md"`},
		{"[ref]: ftp://example.org/x", `link definition "ftp://example.org/x"`},
		{"see <file:///etc/passwd>", `link to "file:///etc/passwd"`},
	} {
		err := checkText(tt.text, at)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: want %q, got %v", tt.text, tt.want, err)
		}
	}
}

// Ordinary texts pass: a few links to the web and mail, parts, footnotes, nested lists.
func TestOrdinaryTextsPass(t *testing.T) {
	text := "The Parties[^1] shall, as set out in [Article 5](#art-5) and [the Charter](https://www.un.org/en/about-us/un-charter),\n" +
		"write to <depositary@example.org> or <https://example.org>; a < b and c > d.\n\n" +
		"1. first\n   - (a) point\n     > quoted\n\n[^1]: See [UN](HTTPS://un.org \"title\").\n[un]: https://un.org\n" +
		strings.Repeat("[x] ", 200)
	if err := checkText(text, at); err != nil {
		t.Error(err)
	}
}
