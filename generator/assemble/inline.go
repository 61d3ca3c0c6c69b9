package assemble

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// noteTable numbers the footnotes of a document in the order of their first reference.
type noteTable struct {
	all []*generator.Note
}

// noteScope is the footnotes one text defines, by label: labels are local to a clause, so two
// clauses may both use [^1].
type noteScope struct {
	table *noteTable
	defs  map[string]string
	made  map[string]*generator.Note
}

func (t *noteTable) scope(defs map[string]string) *noteScope {
	return &noteScope{table: t, defs: defs, made: map[string]*generator.Note{}}
}

// inline returns the form's words as inline text: references resolved, no footnotes.
func (b *builder) inline(s string, _ *noteScope) generator.Inline {
	return b.inlineIn(s, nil)
}

// inlineIn returns Markdown text as spans: text, references to parts and, when the text's
// footnotes are given, references to footnotes.
func (b *builder) inlineIn(s string, notes *noteScope) generator.Inline {
	var out generator.Inline
	text := func(x string) {
		for x != "" {
			i, label := noteRef(x, notes)
			if i < 0 {
				out = appendText(out, x)
				return
			}
			out = appendText(out, x[:i])
			out = append(out, generator.Span{Note: b.note(notes, label)})
			x = x[i+len(label)+3:]
		}
	}
	b.refs.cut(s, b.shift, text, func(r madeRef) {
		out = append(out, generator.Span{Text: r.words, Ref: b.parts[r.number]})
	})
	return out
}

func appendText(out generator.Inline, s string) generator.Inline {
	if s == "" {
		return out
	}
	if n := len(out); n > 0 && out[n-1].Ref == nil && out[n-1].Note == nil {
		out[n-1].Text += s
		return out
	}
	return append(out, generator.Span{Text: s})
}

// noteRef finds the first reference "[^label]" to a footnote the scope defines; it returns its
// index and label, or -1.
func noteRef(s string, notes *noteScope) (int, string) {
	if notes == nil || len(notes.defs) == 0 {
		return -1, ""
	}
	from := 0
	for {
		i := strings.Index(s[from:], "[^")
		if i < 0 {
			return -1, ""
		}
		i += from
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return -1, ""
		}
		label := s[i+2 : i+j]
		if _, ok := notes.defs[label]; ok {
			return i, label
		}
		from = i + 2
	}
}

// note returns the footnote of a label, numbering it at its first reference.
func (b *builder) note(notes *noteScope, label string) *generator.Note {
	if n, ok := notes.made[label]; ok {
		return n
	}
	n := &generator.Note{Number: len(notes.table.all) + 1}
	notes.made[label] = n
	notes.table.all = append(notes.table.all, n)
	n.Text = b.inlineIn(notes.defs[label], nil)
	return n
}
