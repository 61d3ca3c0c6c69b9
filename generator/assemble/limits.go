package assemble

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// The limits on a clause text once its template has run, stated in README.md (Security and
// limits). The Markdown parsers take time quadratic in the number of brackets of a paragraph
// and in the depth of nested quotes and lists; no draft needs more than a few of either.
const (
	maxBrackets   = 1000 // [ and ] in one text
	maxContainers = 16   // > - * + 1. opening blocks at the start of one line
)

// checkText refuses a text, written by a template that starts at pos, that would make the
// Markdown parsers take quadratic time, or make the draft fetch anything from elsewhere when
// it is opened: an image, or a link that is not http, https, mailto or #part. It is linear in
// the length of the text.
func checkText(text string, pos generator.Position) error {
	if n := strings.Count(text, "[") + strings.Count(text, "]"); n > maxBrackets {
		return generator.Errorf(pos, "the text has %d square brackets, more than %d (the limit on one text)", n, maxBrackets).
			WithHint("Markdown takes time quadratic in brackets; a clause needs a few, for footnotes and links")
	}
	for i, line := range strings.Split(text, "\n") {
		at := pos
		at.Line += i
		if col, ok := tooNested(line); !ok {
			at.Col = pos.Col + col - 1
			return generator.Errorf(at, "quotes and lists nested more than %d deep on one line (the limit on one text)", maxContainers)
		}
		if col, msg := external(line); msg != "" {
			at.Col = pos.Col + col - 1
			return generator.Errorf(at, "%s", msg).
				WithHint("a draft must not load anything from elsewhere when it is opened; links may be http, https, mailto or #part")
		}
	}
	return nil
}

// tooNested counts the quote and list markers that open the line; past maxContainers it
// returns the 1-based column of the one too many.
func tooNested(line string) (int, bool) {
	n, i := 0, 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		w := marker(line[i:])
		if w == 0 {
			return 0, true
		}
		if n++; n > maxContainers {
			return i + 1, false
		}
		i += w
	}
}

// marker returns the width of the block quote or list marker that starts s, or 0.
func marker(s string) int {
	switch {
	case strings.HasPrefix(s, ">"):
		return 1
	case len(s) >= 2 && strings.IndexByte("-*+", s[0]) >= 0 && (s[1] == ' ' || s[1] == '\t'):
		return 2
	}
	d := 0
	for d < len(s) && d < 9 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d > 0 && d+1 < len(s) && (s[d] == '.' || s[d] == ')') && s[d+1] == ' ' {
		return d + 2
	}
	return 0
}

// external returns the 1-based column and a message for the first image, or link to
// something other than the web, e-mail or a part of the draft, on the line.
func external(line string) (int, string) {
	if i := strings.Index(line, "!["); i >= 0 {
		return i + 1, "an image (![…]) would be loaded from elsewhere when the draft is opened; drafts have no images"
	}
	for from := 0; ; {
		i := strings.Index(line[from:], "](")
		if i < 0 {
			break
		}
		i += from + 2
		if dest := destination(line[i:]); !allowedLink(dest) {
			return i + 1, "link to " + quote(dest) + ": links in a draft may go to http, https, mailto or #part only"
		}
		from = i
	}
	if dest, col := definition(line); col > 0 && !allowedLink(dest) {
		return col, "link definition " + quote(dest) + ": links in a draft may go to http, https, mailto or #part only"
	}
	for from := 0; ; {
		i := strings.IndexByte(line[from:], '<')
		if i < 0 {
			return 0, ""
		}
		i += from
		if dest, ok := autolink(line[i+1:]); ok && !allowedLink(dest) && !strings.Contains(dest, "@") {
			return i + 1, "link to " + quote(dest) + ": links in a draft may go to http, https, mailto or #part only"
		}
		from = i + 1
	}
}

// destination returns the link destination at the start of s (what follows "]("): <…> or up
// to the first space or ")".
func destination(s string) string {
	s = strings.TrimLeft(s, " \t")
	if strings.HasPrefix(s, "<") {
		if j := strings.IndexByte(s, '>'); j > 0 {
			return s[1:j]
		}
	}
	if j := strings.IndexAny(s, " \t)"); j >= 0 {
		return s[:j]
	}
	return s
}

// definition returns the destination of a link reference definition "[label]: dest" on the
// line and its column, or 0 (footnote definitions "[^1]: …" are not links).
func definition(line string) (string, int) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[^") {
		return "", 0
	}
	j := strings.Index(t, "]:")
	if j < 0 {
		return "", 0
	}
	col := len(line) - len(t) + j + 3
	return destination(t[j+2:]), col
}

// autolink reads the "scheme:…>" of an autolink after its "<".
func autolink(s string) (string, bool) {
	j := strings.IndexAny(s, "<> \t")
	if j < 0 || s[j] != '>' {
		return "", false
	}
	dest := s[:j]
	c := strings.IndexByte(dest, ':')
	return dest, c >= 2 && c <= 32 && isScheme(dest[:c])
}

// allowedLink reports whether a link may stand in a draft: the web, e-mail, a part of the
// draft, or nothing.
func allowedLink(dest string) bool {
	if dest == "" || strings.HasPrefix(dest, "#") {
		return true
	}
	c := strings.IndexByte(dest, ':')
	if c < 0 || !isScheme(dest[:c]) {
		return false // a relative link points at files beside the draft, which are not there
	}
	switch strings.ToLower(dest[:c]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

func isScheme(s string) bool {
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '.' || r == '-')) {
			return false
		}
	}
	return s != ""
}

// quote shortens a destination for a message.
func quote(dest string) string {
	if r := []rune(dest); len(r) > 60 {
		dest = string(r[:57]) + "..."
	}
	return `"` + dest + `"`
}
