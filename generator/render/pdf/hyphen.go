package pdf

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
)

// Ukrainian hyphenation by syllables: a break goes between two vowels, before a lone
// consonant between vowels, or after the first consonant of a cluster; never before й, ь or
// the apostrophe, never inside дж or дз, and leaving at least two letters on each side. The
// rules follow Ukrainian spelling (Український правопис, § 23) closely enough for justified
// text. English is in hyphen_en.go.

const (
	vowels   = "аеєиіїоуюяАЕЄИІЇОУЮЯ"
	specials = "йьЙЬʼ'’"
	minPart  = 2 // letters before a break
	minTail  = 3 // letters carried to the next line: no two-letter runt
)

// hyphenator returns the byte offsets in a word where it may be broken with a hyphen.
type hyphenator func(word string) []int

// hyphenatorFor returns the hyphenation of a language. Its results are kept for the life of
// the process: drafts built together share most of their words.
func hyphenatorFor(l generator.Lang) hyphenator {
	if l == generator.Ukrainian {
		return ukrainianCached
	}
	return englishCached
}

var (
	ukrainianCached = remember(ukrainianPoints)
	englishCached   = remember(englishPoints)
)

// remember returns h with its results cached, for up to rememberedWords words (a long-running
// workbench sees whatever words its users type). The offsets it returns are shared: callers
// must not change them.
func remember(h hyphenator) hyphenator {
	var cache sync.Map // word -> []int
	var words atomic.Int64
	return func(word string) []int {
		if offs, ok := cache.Load(word); ok {
			return offs.([]int)
		}
		offs := slices.Clip(h(word))
		if words.Add(1) <= rememberedWords {
			cache.Store(word, offs)
		}
		return offs
	}
}

// rememberedWords bounds each language's cache of hyphenated words: a few megabytes.
const rememberedWords = 100_000

// ukrainianPoints returns the byte offsets in word where a Ukrainian word may be broken.
func ukrainianPoints(word string) []int {
	rs := []rune(word)
	var offs []int
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && (unicode.IsLetter(rs[end]) || strings.ContainsRune(specials, rs[end])) {
			end++
		}
		for _, k := range syllableBreaks(rs[start:end]) {
			offs = append(offs, len(string(rs[:start+k])))
		}
		start = end + 1
	}
	return offs
}

// syllableBreaks returns the rune indexes in a run of letters before which it may break.
func syllableBreaks(rs []rune) []int {
	var out []int
	prev := -1
	for q, r := range rs {
		if !strings.ContainsRune(vowels, r) {
			continue
		}
		if p := prev; p >= 0 {
			k := breakBetween(rs, p, q)
			if k >= minPart && len(rs)-k >= minTail && !strings.ContainsRune(specials, rs[k]) {
				out = append(out, k)
			}
		}
		prev = q
	}
	return out
}

// breakBetween is where to break between the vowels at p and q.
func breakBetween(rs []rune, p, q int) int {
	switch n := q - p - 1; {
	case n == 0:
		return q
	case n == 1:
		if strings.ContainsRune(specials, rs[p+1]) {
			return p + 2
		}
		return p + 1
	}
	if d := string(rs[p+1 : p+3]); d == "дж" || d == "дз" {
		return p + 1
	}
	k := p + 2
	for k < q && strings.ContainsRune(specials, rs[k]) {
		k++
	}
	return k
}
