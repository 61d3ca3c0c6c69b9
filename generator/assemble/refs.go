package assemble

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Cross-references are rendered as markers, refOpen + index + refClose, that the builder turns
// into typed references to the part referred to. The markers are private-use characters that
// no clause text may contain.
const (
	refOpen  = '\uE000'
	refClose = '\uE001'
)

// refTable resolves {{ ref "id" }} and remembers each reference made.
type refTable struct {
	vocab   map[string]string
	numbers map[string]int // clause id -> article number (0: a recital)
	made    []madeRef
}

type madeRef struct {
	number int
	words  string // "Article 7", "статтю 7"
}

func newRefTable(d *generator.Draft, vocab map[string]string) *refTable {
	t := &refTable{vocab: vocab, numbers: map[string]int{}}
	for _, a := range d.Articles {
		t.numbers[a.Use.Clause.ID] = a.Number
	}
	return t
}

// ref returns the marker of a reference to the clause id in the given grammatical case.
func (t *refTable) ref(id, gramCase string) (string, error) {
	n, ok := t.numbers[id]
	switch {
	case !ok:
		return "", fmt.Errorf("ref %q: that clause is not in this draft; add it to the spec", id)
	case n == 0:
		return "", fmt.Errorf("ref %q: a recital has no number to refer to", id)
	}
	term := "Article"
	if gramCase == "" {
		gramCase = "acc"
	}
	c := capitalCase(gramCase)
	if c == "" {
		return "", fmt.Errorf("ref %q: unknown case %q (use nom, gen, dat, acc, ins or loc)", id, gramCase)
	}
	if _, ok := t.vocab[term+c]; ok {
		term += c
	}
	t.made = append(t.made, madeRef{number: n, words: fmt.Sprintf("%s %d", t.vocab[term], n)})
	return string(refOpen) + strconv.Itoa(len(t.made)-1) + string(refClose), nil
}

func capitalCase(c string) string {
	switch c {
	case "nom":
		return "Nom"
	case "gen", "dat", "acc", "ins", "loc":
		return strings.ToUpper(c[:1]) + c[1:]
	}
	return ""
}

// cut splits s at its reference markers: it calls text for each stretch of text and ref for
// each reference, in order. Shift is added to the number in each marker (see plan).
func (t *refTable) cut(s string, shift int, text func(string), ref func(madeRef)) {
	for {
		i := strings.IndexRune(s, refOpen)
		if i < 0 {
			text(s)
			return
		}
		text(s[:i])
		rest := s[i+len(string(refOpen)):]
		j := strings.IndexRune(rest, refClose)
		k, err := strconv.Atoi(rest[:max(j, 0)])
		k += shift
		if j < 0 || err != nil || k < 0 || k >= len(t.made) {
			text(s[i:]) // not a marker of ours: rejected before assembly, kept as text
			return
		}
		ref(t.made[k])
		s = rest[j+len(string(refClose)):]
	}
}

// words returns s with every reference marker replaced by its words.
func (t *refTable) words(s string) string {
	if !strings.ContainsRune(s, refOpen) {
		return s
	}
	var b strings.Builder
	t.cut(s, 0, func(x string) { b.WriteString(x) }, func(r madeRef) { b.WriteString(r.words) })
	return b.String()
}
