package diff

import (
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
)

// Section is where a unit stands: the front matter, the parts, the back matter.
type Section int

// The sections, in document order.
const (
	Front Section = iota
	Parts
	Back
)

// Unit is a comparable piece of a draft: a recital, an article, a paragraph of the form.
type Unit struct {
	Key     string // the clause id ("clause:defence/art5-style"), or the form's role and place
	Section Section
	Clause  string          // the clause id; "" for the form's own words
	Part    *generator.Part // nil outside the parts
	Role    generator.Role  // the role of front and back matter
	Label   string          // "Article 3"; "" outside the parts
	Paras   []string        // the text as plain paragraphs; a part's first is its heading
	// Refs holds the words of each cross-reference, by the marker that stands for it in Paras:
	// a reference is compared by the clause it points at, not by the number it names.
	Refs map[string]string
}

// unitsOf cuts a text into units.
func unitsOf(doc *generator.Doc) []*Unit {
	var out []*Unit
	seen := map[string]int{}
	key := func(s string) string {
		seen[s]++
		if seen[s] > 1 {
			return s + "#" + strconv.Itoa(seen[s])
		}
		return s
	}
	t := &texter{lang: doc.Lang, refs: map[string]string{}}
	for _, m := range doc.Front {
		out = append(out, t.matter(Front, m, key))
	}
	for _, p := range doc.Parts {
		u := &Unit{Section: Parts, Part: p, Label: p.Label, Key: key("part:" + p.Heading)}
		if p.Use != nil {
			u.Clause, u.Key = p.Use.Clause.ID, key("clause:"+p.Use.Clause.ID)
		}
		u.Paras = append([]string{HeadingRest(p, doc.Lang)}, t.blocks(p.Body)...)
		u.Paras = append(u.Paras, t.notes()...)
		u.Refs = t.refs
		out = append(out, u)
	}
	for _, m := range doc.Back {
		out = append(out, t.matter(Back, m, key))
	}
	return out
}

// HeadingRest returns what a part's title says after its label: "— Consultations",
// "Консультації"; "" for a part without a heading.
func HeadingRest(p *generator.Part, l generator.Lang) string {
	if p.Heading == "" {
		return ""
	}
	title := p.Title(l)
	if !strings.HasPrefix(title, p.Label) {
		return p.Heading
	}
	return strings.TrimLeft(title[len(p.Label):], ". ")
}

func (t *texter) matter(s Section, m *generator.Matter, key func(string) string) *Unit {
	u := &Unit{Section: s, Role: m.Role, Key: key(string(m.Role))}
	if m.Use != nil {
		u.Clause, u.Key = m.Use.Clause.ID, key("clause:"+m.Use.Clause.ID)
	}
	u.Paras = append([]string{t.inline(m.Text)}, t.notes()...)
	u.Refs = t.refs
	return u
}

// texter writes the model's text as plain paragraphs, footnotes as "[n]" and their texts after.
type texter struct {
	lang    generator.Lang
	pending []*generator.Note
	refs    map[string]string
}

// Markers open and close the token that stands for a cross-reference.
const (
	refOpen  = "\u27e6" // ⟦
	refClose = "\u27e7" // ⟧
)

// refKey returns the marker of a reference: the clause of the part it points at, and its
// words without the number ("статтею #"), which vary with the case.
func refKey(sp generator.Span) string {
	id := sp.Ref.ID
	if sp.Ref.Use != nil {
		id = sp.Ref.Use.Clause.ID
	}
	return refOpen + id + "|" + strings.ReplaceAll(sp.Text, strconv.Itoa(sp.Ref.Number), "#") + refClose
}

func (t *texter) inline(in generator.Inline) string {
	var b strings.Builder
	for _, sp := range in {
		switch {
		case sp.Note != nil:
			b.WriteString("[" + strconv.Itoa(sp.Note.Number) + "]")
			t.pending = append(t.pending, sp.Note)
		case sp.Ref != nil:
			k := refKey(sp)
			t.refs[k] = sp.Text
			b.WriteString(k)
		default:
			b.WriteString(docx.PlainText(t.lang, sp.Text))
		}
	}
	return strings.TrimSpace(b.String())
}

// notes returns the texts of the footnotes referred to since the last call.
func (t *texter) notes() []string {
	var out []string
	for i := 0; i < len(t.pending); i++ {
		n := t.pending[i]
		out = append(out, "["+strconv.Itoa(n.Number)+"] "+t.inline(n.Text))
	}
	t.pending = nil
	return out
}

func (t *texter) blocks(blocks []generator.Block) []string {
	var out []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *generator.Paragraph:
			text := t.inline(b.Text)
			if b.Number > 0 {
				text = strconv.Itoa(b.Number) + ". " + text
			}
			if text != "" {
				out = append(out, text)
			}
			for _, pt := range b.Points {
				out = append(out, pt.Label+" "+t.inline(pt.Text))
			}
		case *generator.Table:
			for _, r := range append([][]generator.Inline{b.Head}, b.Rows...) {
				cells := make([]string, len(r))
				for i, c := range r {
					cells[i] = t.inline(c)
				}
				out = append(out, strings.Join(cells, " | "))
			}
		case *generator.Passage:
			for _, para := range strings.Split(b.Markdown, "\n\n") {
				if s := docx.PlainText(t.lang, para); strings.TrimSpace(s) != "" {
					out = append(out, strings.TrimSpace(s))
				}
			}
		}
	}
	return out
}
