package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
)

// blocks parses Markdown as blocks and returns the top-level nodes, detached. The text is
// appended to the document's source, so the nodes' segments point into it.
func (s *setter) blocks(md string) []ast.Node {
	start := len(s.src)
	s.src = append(s.src, md...)
	segs := text.NewSegments()
	from := start
	for i := start; i <= len(s.src); i++ {
		if i == len(s.src) || s.src[i] == '\n' {
			to := min(i+1, len(s.src))
			if to > from {
				segs.Append(text.NewSegment(from, to))
			}
			from = to
		}
	}
	s.src = append(s.src, '\n')
	ctx := parser.NewContext(parser.WithIDs(s.ids))
	root := Markdown(s.doc.Lang).Parser().Parse(text.NewBlockReader(s.src, segs), parser.WithContext(ctx))
	var out []ast.Node
	for c := root.FirstChild(); c != nil; {
		next := c.NextSibling()
		root.RemoveChild(root, c)
		out = append(out, c)
		c = next
	}
	return out
}

// leaf parses Markdown as inline text and returns its nodes. White space at either end, which
// a paragraph would drop, is kept.
func (s *setter) leaf(md string) []ast.Node {
	body := strings.TrimSpace(md)
	var out []ast.Node
	if lead := md[:strings.Index(md, body)]; lead != "" && body != "" || md != "" && body == "" {
		out = append(out, s.literal(" "))
	}
	if body != "" {
		out = append(out, s.leafNodes(body)...)
		if strings.TrimRightFunc(md, unicode.IsSpace) != md {
			out = append(out, s.literal(s.gap(body)))
		}
	}
	return out
}

// gap is the space after text that goes on with another span: a no-break space after a
// Ukrainian one-letter word ("визначеного в" before a reference), else a space.
func (s *setter) gap(text string) string {
	if s.doc.Lang == generator.Ukrainian && strings.HasSuffix(typeset(s.doc.Lang, text+" x"), nbsp+"x") {
		return nbsp
	}
	return " "
}

// inlinesOf detaches the inline children of a block, or of the leaf blocks under it.
func inlinesOf(b ast.Node) []ast.Node {
	var out []ast.Node
	if b.Type() == ast.TypeBlock && b.HasChildren() && b.FirstChild().Type() == ast.TypeInline {
		for c := b.FirstChild(); c != nil; {
			next := c.NextSibling()
			b.RemoveChild(b, c)
			out = append(out, c)
			c = next
		}
		return out
	}
	for c := b.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, inlinesOf(c)...)
	}
	return out
}

// literal returns a text node of s.
func (s *setter) literal(x string) ast.Node {
	start := len(s.src)
	s.src = append(s.src, x...)
	return ast.NewTextSegment(text.NewSegment(start, len(s.src)))
}

// inline sets the spans of inline text: Markdown, links to the parts referred to, footnote
// references.
func (s *setter) inline(in generator.Inline) []ast.Node {
	var out []ast.Node
	for _, sp := range in {
		switch {
		case sp.Note != nil:
			out = append(out, east.NewFootnoteLink(s.footnote(sp.Note).Index))
		case sp.Ref != nil:
			link := ast.NewLink()
			link.Destination = []byte("#" + sp.Ref.ID)
			link.SetAttributeString("class", []byte("xref"))
			link.AppendChild(link, s.literal(typeset(s.doc.Lang, sp.Text)))
			out = append(out, link)
		default:
			out = append(out, s.leaf(sp.Text)...)
		}
	}
	return out
}

// paragraph returns a paragraph of inline nodes with a role ("" for none).
func (s *setter) paragraph(nodes []ast.Node, role string) ast.Node {
	p := ast.NewParagraph()
	for _, n := range nodes {
		p.AppendChild(p, n)
	}
	if role != "" {
		setRole(p, role)
	}
	return p
}

// body sets the blocks of a part: numbered paragraphs as ordered lists (consecutive ones in
// one list), points as paragraphs with the role "point", tables, and passages as parsed.
func (s *setter) body(blocks []generator.Block) []ast.Node {
	var out []ast.Node
	var list *ast.List
	for _, b := range blocks {
		switch b := b.(type) {
		case *generator.Paragraph:
			if b.Number > 0 {
				if list == nil || list.Start+list.ChildCount() != b.Number {
					list = ast.NewList('.')
					list.Start, list.IsTight = b.Number, false
					out = append(out, list)
				}
				item := ast.NewListItem(3)
				item.AppendChild(item, s.paragraph(s.inline(b.Text), ""))
				list.AppendChild(list, item)
			} else if b.Label != "" {
				list = nil
				para := s.paragraph(append([]ast.Node{s.literal(b.Label + " ")}, s.inline(b.Text)...), RoleSubparagraph)
				para.SetAttributeString("label", []byte(b.Label))
				out = append(out, para)
			} else if len(b.Text) > 0 {
				list = nil
				out = append(out, s.paragraph(s.inline(b.Text), ""))
			}
			for _, pt := range b.Points {
				list = nil
				nodes := append([]ast.Node{s.literal(pt.Label + " ")}, s.inline(pt.Text)...)
				para := s.paragraph(nodes, RolePoint)
				para.SetAttributeString("label", []byte(pt.Label))
				out = append(out, para)
			}
		case *generator.Table:
			list = nil
			out = append(out, s.table(b))
		case *generator.Passage:
			list = nil
			out = append(out, s.blocks(b.Markdown)...)
		}
	}
	for _, n := range out {
		if l, ok := n.(*ast.List); ok {
			tighten(l)
		}
	}
	return out
}

// tighten makes a list of one item tight, as its Markdown is: its paragraphs become text
// blocks, which are set without a paragraph of their own.
func tighten(l *ast.List) {
	if l.ChildCount() != 1 {
		return
	}
	l.IsTight = true
	item := l.FirstChild()
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if p, ok := c.(*ast.Paragraph); ok {
			tb := ast.NewTextBlock()
			for x := p.FirstChild(); x != nil; x = p.FirstChild() {
				tb.AppendChild(tb, x)
			}
			item.ReplaceChild(item, p, tb)
			c = tb
		}
	}
}

// table sets a table with its header row and aligned cells.
func (s *setter) table(t *generator.Table) ast.Node {
	var aligns []east.Alignment
	for _, a := range t.Align {
		aligns = append(aligns, [...]east.Alignment{east.AlignNone, east.AlignLeft, east.AlignCenter, east.AlignRight}[a])
	}
	tb := east.NewTable()
	tb.Alignments = aligns
	row := func(r ast.Node, cells []generator.Inline) {
		for i, c := range cells {
			cell := east.NewTableCell()
			if i < len(aligns) {
				cell.Alignment = aligns[i]
			}
			for _, n := range s.inline(c) {
				cell.AppendChild(cell, n)
			}
			r.AppendChild(r, cell)
		}
	}
	head := east.NewTableHeader(east.NewTableRow(aligns))
	row(head, t.Head)
	tb.AppendChild(tb, head)
	for _, r := range t.Rows {
		tr := east.NewTableRow(aligns)
		row(tr, r)
		tb.AppendChild(tb, tr)
	}
	return tb
}

// emphasiseFirstWord sets the participle that opens a recital in italics ("*Reaffirming* the
// sovereignty ..."), as treaties print them, unless the recital already starts with emphasis.
func (s *setter) emphasiseFirstWord(p ast.Node) {
	t, ok := p.FirstChild().(*ast.Text)
	if !ok {
		return
	}
	v := t.Segment.Value(s.src)
	end := bytes.IndexByte(v, ' ')
	if r, _ := utf8.DecodeRune(v); end <= 0 || !unicode.IsLetter(r) {
		return
	}
	word := ast.NewTextSegment(text.NewSegment(t.Segment.Start, t.Segment.Start+end))
	em := ast.NewEmphasis(1)
	em.AppendChild(em, word)
	p.InsertBefore(p, t, em)
	t.Segment = text.NewSegment(t.Segment.Start+end, t.Segment.Stop)
}
