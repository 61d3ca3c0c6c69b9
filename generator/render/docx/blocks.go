package docx

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// textWidth is the width of the text block on A4 with 2.5 cm margins, in twentieths of a point.
const textWidth = 9638

// table writes a table with its header row repeated on every page.
func (b *body) table(t *generator.Table) {
	cols := max(len(t.Head), 1)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	avail := textWidth
	if b.narrow {
		avail = half - 255 // a column of the parallel edition, less its cell margins
	}
	width := avail / cols
	b.w.raw(`<w:tbl><w:tblPr><w:tblStyle w:val="DraftTable"/><w:tblW w:w="`, itoa(width*cols), `" w:type="dxa"/></w:tblPr><w:tblGrid>`)
	for range cols {
		b.w.raw(`<w:gridCol w:w="`, itoa(width), `"/>`)
	}
	b.w.raw(`</w:tblGrid>`)
	b.row(t, t.Head, cols, width, true)
	for _, r := range t.Rows {
		b.row(t, r, cols, width, false)
	}
	b.w.raw(`</w:tbl>`)
	b.line("BodyText", "")
}

func (b *body) row(t *generator.Table, cells []generator.Inline, cols, width int, head bool) {
	b.w.raw(`<w:tr>`)
	if head {
		b.w.raw(`<w:trPr><w:tblHeader/></w:trPr>`)
	}
	for i := range cols {
		b.w.raw(`<w:tc><w:tcPr><w:tcW w:w="`, itoa(width), `" w:type="dxa"/></w:tcPr>`)
		jc := ""
		if i < len(t.Align) {
			jc = map[generator.Align]string{generator.AlignLeft: "left", generator.AlignCenter: "center",
				generator.AlignRight: "right"}[t.Align[i]]
		}
		style := "TableText"
		if head {
			style = "TableHeading"
		}
		if jc != "" {
			b.para(style, -1, `<w:jc w:val="`+jc+`"/>`)
		} else {
			b.para(style, -1, "")
		}
		if i < len(cells) {
			b.inline(cells[i])
		}
		b.end()
		b.w.raw(`</w:tc>`)
	}
	b.w.raw(`</w:tr>`)
}

// passage writes a Markdown passage block by block: headings, paragraphs, quotations and list
// items (with their markers written out).
func (b *body) passage(md string) {
	src := []byte(md)
	root := document.Markdown(b.lang).Parser().Parse(text.NewReader(src))
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		b.mdBlock(src, n, "BodyText", "")
	}
}

func (b *body) mdBlock(src []byte, n ast.Node, style, marker string) {
	switch n := n.(type) {
	case *ast.Heading:
		style = "Subheading"
	case *ast.Blockquote:
		style = "Quote"
	case *ast.List:
		i := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			m := "•\t"
			if n.IsOrdered() {
				m = strconv.Itoa(i) + string(n.Marker) + "\t"
				i++
			}
			b.mdBlock(src, item, "Point", m)
		}
		return
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var lines []string
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			lines = append(lines, strings.TrimRight(string(seg.Value(src)), "\n"))
		}
		b.line(style, strings.Join(lines, " "))
		return
	case *ast.ThematicBreak:
		return
	}
	if n.Type() == ast.TypeBlock && n.HasChildren() && n.FirstChild().Type() == ast.TypeInline {
		b.para(style, -1, "")
		if marker != "" {
			b.run(Run{Text: marker}, "")
		}
		w := &runWalker{src: src}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.walk(c, false, false)
		}
		for _, r := range w.out {
			b.run(r, "")
		}
		b.end()
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.mdBlock(src, c, style, marker)
		marker = ""
	}
}
