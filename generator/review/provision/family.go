package provision

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
)

// family is one thing the languages say in many ways: patterns per language, each matched as
// whole words in a normalised sentence.
type family map[generator.Lang]*matcher

// matcher is one language's patterns, with the literal prefixes every match starts with when
// each pattern has one: a sentence that contains none of them is skipped without a regexp.
// It is compiled on first use, so that a command that reads no provision (a build with
// nothing to rebuild) does not pay for the hundreds of expressions.
type matcher struct {
	patterns []string
	once     sync.Once
	re       *regexp.Regexp
	prefixes []string // nil when some pattern has no literal prefix
}

// families are every family made, for the test that compiles them all.
var families []family

// fam makes a family. Patterns are alternatives; each must match whole words, so stems end in
// \pL* or \w*.
func fam(en, uk []string) family {
	f := family{}
	for l, ps := range map[generator.Lang][]string{generator.English: en, generator.Ukrainian: uk} {
		if len(ps) > 0 {
			f[l] = &matcher{patterns: ps}
		}
	}
	families = append(families, f)
	return f
}

// compiled compiles m on first use.
func (m *matcher) compiled() *matcher {
	m.once.Do(func() {
		m.re = regexp.MustCompile(`(?:^|[^\p{L}\p{N}'])((?:` + strings.Join(m.patterns, `)|(?:`) + `))(?:[^\p{L}\p{N}]|$)`)
		m.prefixes = prefixes(m.patterns)
	})
	return m
}

// prefixes returns literals one of which every match of the patterns starts with, or nil when
// some pattern can start otherwise.
func prefixes(ps []string) []string {
	var out []string
	for _, p := range ps {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			return nil
		}
		lits := starts(re.Simplify())
		if lits == nil {
			return nil
		}
		out = append(out, lits...)
	}
	return out
}

// starts returns the literals a match of re must start with (at least two bytes each), or nil
// when it cannot tell.
func starts(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || len(string(re.Rune)) < 2 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCapture:
		return starts(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil
		}
		return starts(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			lits := starts(sub)
			if lits == nil {
				return nil
			}
			out = append(out, lits...)
		}
		return out
	}
	return nil
}

// mayMatch reports whether text contains one of the literal prefixes, when they are known.
func (m *matcher) mayMatch(text string) bool {
	if m.prefixes == nil {
		return true
	}
	for _, p := range m.prefixes {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

// span is where a family matched: the words, and their byte offsets in the sentence.
type span struct {
	Words      string
	Start, End int
}

func (s span) found() bool { return s.End > 0 }

// find returns the first match at or after byte from.
func (f family) find(l generator.Lang, text string, from int) span {
	m := f[l]
	if m == nil || from >= len(text) || !m.compiled().mayMatch(text[from:]) {
		return span{}
	}
	re := m.re
	if from > 0 {
		from-- // the boundary character before from
	}
	loc := re.FindStringSubmatchIndex(text[from:])
	if loc == nil {
		return span{}
	}
	return span{Words: text[from+loc[2] : from+loc[3]], Start: from + loc[2], End: from + loc[3]}
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
