package assemble

import (
	"regexp"
	"strings"
)

// tidy trims trailing spaces, collapses runs of blank lines and joins the hard-wrapped lines of
// each paragraph, so that templates and clause files can be written readably and the draft
// has one line per paragraph.
func tidy(s string) string {
	var out []string
	blank := true
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		switch {
		case line == "":
			if !blank {
				out = append(out, "")
			}
			blank = true
		case !blank && continues(out[len(out)-1], line):
			out[len(out)-1] += " " + strings.TrimLeft(line, " \t")
		default:
			out = append(out, line)
			blank = false
		}
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

// blockStart matches lines that begin a Markdown block of their own: headings, list items,
// quotes, tables, footnote definitions, the signature rule, and "(a)" sub-paragraphs.
var blockStart = regexp.MustCompile(`^\s*(#|\[\^[^\]]+\]:|[-*+] |\d+[.)] |>|\||\\_|\([a-z]\) |\([ivx]+\) |[а-яієїґ]\) )`)

// continues reports whether line continues the paragraph that prev belongs to.
func continues(prev, line string) bool {
	if blockStart.MatchString(line) || strings.HasPrefix(prev, "#") || strings.HasSuffix(prev, "\\") {
		return false
	}
	return !strings.HasPrefix(strings.TrimLeft(prev, " "), "|")
}
