package akn

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// part writes an article (a declaration's numbered paragraph) with its paragraphs and points.
func (w *writer) part(p *generator.Part) {
	id := eID(p.ID)
	tag := "article"
	if w.doc.Layout == generator.Listed {
		tag = "paragraph"
	}
	w.raw(`<`, tag, ` eId="`, id, `"><num>`)
	w.text(p.Label)
	w.raw(`</num>`)
	if p.Heading != "" {
		w.raw(`<heading>`)
		w.text(p.Heading)
		w.raw(`</heading>`)
	}
	w.raw("\n")
	if tag == "paragraph" {
		w.raw(`<content>`)
		for _, b := range p.Body {
			w.contentOf(b)
		}
		w.raw(`</content>`, "\n", `</paragraph>`, "\n")
		return
	}
	for i, b := range p.Body {
		w.paragraph(id, i, b)
	}
	if len(p.Body) == 0 {
		w.raw(`<content><p/></content>`)
	}
	w.raw(`</article>`, "\n")
}

// paragraph writes a block of an article as a paragraph: numbered ones with their number and
// points, tables and passages as unnumbered paragraphs.
func (w *writer) paragraph(art string, i int, b generator.Block) {
	para, ok := b.(*generator.Paragraph)
	key := "u" + strconv.Itoa(i+1)
	if ok && para.Number > 0 {
		key = strconv.Itoa(para.Number)
	}
	id := art + "__para_" + key
	w.raw(`<paragraph eId="`, id, `">`)
	if ok && para.Number > 0 {
		w.raw(`<num>`, strconv.Itoa(para.Number), `.</num>`)
	}
	if !ok || len(para.Points) == 0 {
		w.raw(`<content>`)
		w.contentOf(b)
		w.raw(`</content></paragraph>`, "\n")
		return
	}
	if len(para.Text) > 0 {
		w.raw(`<intro><p>`)
		w.inline(para.Text)
		w.raw(`</p></intro>`)
	}
	for j, pt := range para.Points {
		w.raw("\n", `<point eId="`, id, `__point_`, strconv.Itoa(j+1), `"><num>`)
		w.text(pt.Label)
		w.raw(`</num><content><p>`)
		w.inline(pt.Text)
		w.raw(`</p></content></point>`)
	}
	w.raw("\n", `</paragraph>`, "\n")
}

// contentOf writes a block as the blocks of a <content>.
func (w *writer) contentOf(b generator.Block) {
	switch b := b.(type) {
	case *generator.Paragraph:
		w.raw(`<p>`)
		w.inline(b.Text)
		w.raw(`</p>`)
		for _, pt := range b.Points {
			w.raw(`<p class="point">`)
			w.text(pt.Label + " ")
			w.inline(pt.Text)
			w.raw(`</p>`)
		}
	case *generator.Table:
		w.table(b)
	case *generator.Passage:
		w.passage(b.Markdown)
	}
}

func (w *writer) table(t *generator.Table) {
	w.raw(`<table>`)
	cells := func(tag string, row []generator.Inline) {
		w.raw(`<tr>`)
		for _, c := range row {
			w.raw(`<`, tag, `><p>`)
			w.inline(c)
			w.raw(`</p></`, tag, `>`)
		}
		w.raw(`</tr>`)
	}
	cells("th", t.Head)
	for _, r := range t.Rows {
		cells("td", r)
	}
	w.raw(`</table>`)
}

// passage writes a Markdown passage as a paragraph per leaf block.
func (w *writer) passage(md string) {
	src := []byte(md)
	root := document.Markdown(w.doc.Lang).Parser().Parse(text.NewReader(src))
	n := 0
	_ = ast.Walk(root, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || node.Type() != ast.TypeBlock || !node.HasChildren() || node.FirstChild().Type() != ast.TypeInline {
			return ast.WalkContinue, nil
		}
		var b []byte
		for i := 0; i < node.Lines().Len(); i++ {
			seg := node.Lines().At(i)
			b = append(b, seg.Value(src)...)
		}
		w.raw(`<p>`)
		w.runs(string(b))
		w.raw(`</p>`)
		n++
		return ast.WalkSkipChildren, nil
	})
	if n == 0 {
		w.raw(`<p/>`)
	}
}
