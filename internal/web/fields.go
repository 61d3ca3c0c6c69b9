package web

import (
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

// fieldIndex maps positions in a spec's text to the editor's fields.
type fieldIndex struct {
	at      map[[2]int]string // line, col -> field
	lines   map[int]string    // line -> field (the first one seen)
	entries []entrySpan       // clause entries by first line
}

type entrySpan struct {
	line  int
	field string
}

// indexFields reads where each field of the editor stands in yml.
func indexFields(display string, yml []byte) *fieldIndex {
	idx := &fieldIndex{at: map[[2]int]string{}, lines: map[int]string{}}
	f, err := decode.Parse(display, yml, 0)
	if err != nil || f.Empty() {
		return idx
	}
	st, err := stateOf("", yml)
	if err != nil {
		return idx
	}
	add := func(field string, pos generator.Position) {
		if pos.Line == 0 {
			return
		}
		k := [2]int{pos.Line, pos.Col}
		if _, ok := idx.at[k]; !ok {
			idx.at[k] = field
		}
		if _, ok := idx.lines[pos.Line]; !ok {
			idx.lines[pos.Line] = field
		}
	}
	for _, k := range []string{"form", "scope", "date", "prevails", "languages"} {
		add(k, f.PosOf(k))
		add(k, f.KeyPos(k))
	}
	for _, l := range []string{"en", "uk"} {
		add("title."+l, f.PosOf("title", l))
		add("place."+l, f.PosOf("place", l))
	}
	add("title.en", f.KeyPos("title"))
	add("place.en", f.KeyPos("place"))
	add("beneficiary", f.PosOf("parties", "beneficiary"))
	add("adversary", f.PosOf("parties", "adversary"))
	add("guarantors", f.KeyPos("parties", "guarantors"))
	add("beneficiary", f.KeyPos("parties"))
	for i := range st.Guarantors {
		add("guarantors", f.PosOf("parties", "guarantors", i))
	}
	for i, e := range st.Clauses {
		key := fieldID("clause", e.Key())
		pos := f.PosOf("clauses", i)
		add(key, pos)
		idx.entries = append(idx.entries, entrySpan{pos.Line, key})
		for name := range e.With {
			add(fieldID("param", e.Key(), name), f.PosOf("clauses", i, "with", name))
			add(fieldID("param", e.Key(), name), f.KeyPos("clauses", i, "with", name))
		}
	}
	for i := range st.Suppress {
		add(fieldID("suppress", st.Suppress[i].Rule), f.PosOf("suppress", i))
	}
	return idx
}

// field returns the field at pos: the exact place, the line, or the clause entry around it.
func (idx *fieldIndex) field(pos generator.Position) string {
	if f, ok := idx.at[[2]int{pos.Line, pos.Col}]; ok {
		return f
	}
	if f, ok := idx.lines[pos.Line]; ok {
		return f
	}
	field := ""
	for _, e := range idx.entries {
		if e.line <= pos.Line && e.line > 0 {
			field = e.field
		}
	}
	if len(idx.entries) > 0 && pos.Line > idx.entries[len(idx.entries)-1].line+40 {
		return "" // well past the last entry: not a clause's problem
	}
	return field
}

var nonID = regexp.MustCompile(`[^A-Za-z0-9]+`)

// fieldID makes an element id out of its parts: fieldID("param", "duration/fixed-term",
// "years") is "param-duration-fixed-term-years".
func fieldID(parts ...string) string {
	for i, p := range parts {
		parts[i] = strings.Trim(nonID.ReplaceAllString(p, "-"), "-")
	}
	return strings.Join(parts, "-")
}
