package assemble

import (
	"regexp"
	"strings"
)

// tidy trims trailing spaces, collapses runs of blank lines and joins the hard-wrapped lines of
// each paragraph, so that templates and clause files can be written readably and the draft
// has one line per paragraph.
//
// It is linear in the length of s: a paragraph of 100,000 short lines is joined in a builder.
func tidy(s string) string {
	var out []string
	var para strings.Builder // the paragraph being joined
	flush := func() {
		if para.Len() > 0 {
			out = append(out, para.String())
			para.Reset()
		}
	}
	blank := true
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		switch {
		case line == "":
			flush()
			if !blank {
				out = append(out, "")
			}
			blank = true
		case !blank && continues(para.String(), line):
			para.WriteString(" ")
			para.WriteString(strings.TrimLeft(line, " \t"))
		default:
			flush()
			para.WriteString(line)
			blank = false
		}
	}
	flush()
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
