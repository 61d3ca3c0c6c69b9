package provision

import (
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// family is one thing the languages say in many ways: patterns per language, each matched as
// whole words in a normalised sentence.
type family map[generator.Lang]*regexp.Regexp

// fam compiles a family. Patterns are alternatives; each must match whole words, so stems end
// in \pL* or \w*.
func fam(en, uk []string) family {
	f := family{}
	for l, ps := range map[generator.Lang][]string{generator.English: en, generator.Ukrainian: uk} {
		if len(ps) > 0 {
			f[l] = regexp.MustCompile(`(?:^|[^\p{L}\p{N}'])((?:` + strings.Join(ps, `)|(?:`) + `))(?:[^\p{L}\p{N}]|$)`)
		}
	}
	return f
}

// span is where a family matched: the words, and their byte offsets in the sentence.
type span struct {
	Words      string
	Start, End int
}

func (s span) found() bool { return s.End > 0 }

// find returns the first match at or after byte from.
func (f family) find(l generator.Lang, text string, from int) span {
	re := f[l]
	if re == nil || from >= len(text) {
		return span{}
	}
	if from > 0 {
		from-- // the boundary character before from
	}
	m := re.FindStringSubmatchIndex(text[from:])
	if m == nil {
		return span{}
	}
	return span{Words: text[from+m[2] : from+m[3]], Start: from + m[2], End: from + m[3]}
}

// all returns every match.
func (f family) all(l generator.Lang, text string) []span {
	var out []span
	for at := 0; at < len(text); {
		s := f.find(l, text, at)
		if !s.found() {
			break
		}
		out = append(out, s)
		at = s.End
	}
	return out
}

// in reports whether the family occurs in text.
func (f family) in(l generator.Lang, text string) bool { return f.find(l, text, 0).found() }

// before returns the last match that ends at or before byte to.
func (f family) before(l generator.Lang, text string, to int) span {
	var last span
	for _, s := range f.all(l, text[:to]) {
		last = s
	}
	return last
}
