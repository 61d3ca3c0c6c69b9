package markdown

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// signLine is the line to sign on under a signature block.
const signLine = `\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_`

// Render returns the document as Markdown.
func Render(doc *generator.Doc) []byte {
	w := &writer{done: map[*generator.Note]bool{}, b: make([]byte, 0, 16<<10)}
	m := doc.Marking
	w.block(fmt.Sprintf("**%s** — %s — %s", m.Stamp, m.Date, m.Note))
	w.block("# " + doc.Title)
	for _, f := range doc.Front {
		w.block(Inline(f.Text))
	}
	for _, p := range doc.Parts {
		w.part(doc, p)
	}
	for _, b := range doc.Back {
		w.block(Inline(b.Text))
		if b.Role == generator.RoleSignature {
			w.block(signLine)
		}
	}
	w.notes(doc.Notes)
	for _, a := range doc.Annexes {
		w.annex(a)
	}
	for _, a := range doc.Review {
		w.annex(a)
	}
	return w.end()
}

// writer writes blocks separated by blank lines.
type writer struct {
	b    []byte
	done map[*generator.Note]bool // footnotes whose definition is written
}

func (w *writer) block(s string) {
	w.b = append(append(w.b, s...), "\n\n"...)
}

// end returns the text written, ending in one newline.
func (w *writer) end() []byte {
	return append(bytes.TrimRight(w.b, "\n"), '\n')
}

// part writes an article under its heading, or a declaration's numbered paragraph.
func (w *writer) part(doc *generator.Doc, p *generator.Part) {
	body := Body(p.Body)
	if doc.Layout == generator.Listed {
		w.block(p.Label + " " + strings.TrimPrefix(indent(body, "    "), "    "))
	} else {
		w.block("## " + p.Title(doc.Lang))
		w.block(body)
	}
	w.notes(notesIn(p.Body))
}

// notes writes the definitions of the footnotes not yet written.
func (w *writer) notes(notes []*generator.Note) {
	for _, n := range notes {
		if !w.done[n] {
			w.done[n] = true
			w.block(noteLabel(n) + ": " + Inline(n.Text))
		}
	}
}

func (w *writer) annex(a *generator.Annex) {
	w.block("## " + a.Heading)
	if a.Note != "" {
		w.block("*" + a.Note + "*")
	}
	w.block(Body(a.Body))
}

// Annex returns an annex as Markdown, as Render sets it after the signatures.
func Annex(a *generator.Annex) string {
	w := &writer{}
	w.annex(a)
	return string(w.end())
}

// Body returns the blocks of a part as Markdown, separated by blank lines.
func Body(blocks []generator.Block) string {
	var out []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *generator.Paragraph:
			out = append(out, paragraph(b)...)
		case *generator.Table:
			out = append(out, table(b))
		case *generator.Passage:
			out = append(out, b.Markdown)
		}
	}
	return strings.Join(out, "\n\n")
}

func paragraph(p *generator.Paragraph) []string {
	var out []string
	text := Inline(p.Text)
	switch {
	case p.Label != "":
		text = p.Label + " " + text
	case p.Number > 0:
		text = strconv.Itoa(p.Number) + ". " + text
	}
	if text != "" {
		out = append(out, text)
	}
	for _, pt := range p.Points {
		out = append(out, pt.Label+" "+Inline(pt.Text))
	}
	return out
}

func table(t *generator.Table) string {
	var b strings.Builder
	row := func(cells []generator.Inline) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + Inline(c) + " |")
		}
	}
	row(t.Head)
	b.WriteString("\n|")
	for _, a := range t.Align {
		b.WriteString(map[generator.Align]string{generator.AlignNone: "---", generator.AlignLeft: ":---",
			generator.AlignCenter: ":---:", generator.AlignRight: "---:"}[a] + "|")
	}
	for _, r := range t.Rows {
		b.WriteString("\n")
		row(r)
	}
	return b.String()
}

// Inline returns inline text as Markdown: references as their words, footnote references as
// "[^n]".
func Inline(in generator.Inline) string {
	if len(in) == 1 && in[0].Note == nil {
		return in[0].Text
	}
	var b strings.Builder
	for _, s := range in {
		if s.Note != nil {
			b.WriteString(noteLabel(s.Note))
			continue
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

func noteLabel(n *generator.Note) string { return "[^" + strconv.Itoa(n.Number) + "]" }

// notesIn lists the footnotes referred to in blocks, in order.
func notesIn(blocks []generator.Block) []*generator.Note {
	var out []*generator.Note
	add := func(in generator.Inline) {
		for _, s := range in {
			if s.Note != nil {
				out = append(out, s.Note)
			}
		}
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case *generator.Paragraph:
			add(b.Text)
			for _, pt := range b.Points {
				add(pt.Text)
			}
		case *generator.Table:
			for _, c := range b.Head {
				add(c)
			}
			for _, r := range b.Rows {
				for _, c := range r {
					add(c)
				}
			}
		}
	}
	return out
}

// indent puts prefix before every line that is not blank.
func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
