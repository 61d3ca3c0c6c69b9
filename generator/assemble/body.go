package assemble

import (
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
)

// blocks parses clause texts into blocks: CommonMark with tables and footnotes. Only the
// blocks are read; their inline Markdown is kept as written.
var blocks = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote))

// pointRE matches the label of a lettered or numbered point: "(a) ", "а) ", "(iv) ", "(1) ".
var pointRE = regexp.MustCompile(`^\(?(?:\p{Ll}{1,4}|\d{1,2})\)\s`)

// bodyParse is the parse of one text: its source, the starts of its top-level blocks (and
// footnote definitions), and its footnote definitions by label.
type bodyParse struct {
	src    []byte
	starts []int
	defs   map[string]string
}

// body parses a clause text (or a closing part of the form) into the blocks of a part.
func (b *builder) body(s string, u *generator.Use) ([]generator.Block, error) {
	p := &bodyParse{src: []byte(s), defs: map[string]string{}}
	root := blocks.Parser().Parse(text.NewReader(p.src))
	var top []ast.Node
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if list, ok := c.(*east.FootnoteList); ok {
			p.footnotes(list)
			continue
		}
		top = append(top, c)
		if at, ok := start(c); ok {
			p.starts = append(p.starts, lineStart(p.src, at))
		}
	}
	slices.Sort(p.starts)
	notes := b.notes.scope(p.defs)
	var out []generator.Block
	for _, n := range top {
		out = b.block(out, p, n, notes)
	}
	return out, nil
}

// footnotes records the definitions of the text's footnotes.
func (p *bodyParse) footnotes(list *east.FootnoteList) {
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		fn, ok := c.(*east.Footnote)
		if !ok {
			continue
		}
		at, ok := start(fn)
		if !ok {
			continue
		}
		p.starts = append(p.starts, lineStart(p.src, at))
		p.defs[string(fn.Ref)] = string(p.raw(at, end(fn)))
	}
}

// block adds the model of a top-level block to out.
func (b *builder) block(out []generator.Block, p *bodyParse, n ast.Node, notes *noteScope) []generator.Block {
	switch n := n.(type) {
	case *ast.Paragraph:
		return b.paragraph(out, 0, p.leaf(n), notes)
	case *ast.List:
		if n.IsOrdered() {
			return b.list(out, p, n, notes)
		}
	case *east.Table:
		return append(out, b.table(p, n, notes))
	case *ast.ThematicBreak:
		return append(out, &generator.Passage{Markdown: "---"})
	}
	at, ok := start(n)
	if !ok {
		return out
	}
	from, to := lineStart(p.src, at), 0
	if n.Parent() != nil && n.Parent().Kind() == ast.KindDocument {
		to = p.next(from)
	} else {
		to = max(end(n), from)
	}
	return append(out, &generator.Passage{Markdown: string(p.raw(from, to))})
}

// paragraph adds a paragraph: a point of the paragraph before it if it starts with a point
// label, else a paragraph of its own.
func (b *builder) paragraph(out []generator.Block, number int, s string, notes *noteScope) []generator.Block {
	if label := pointRE.FindString(s); label != "" && number == 0 {
		pt := &generator.Point{Label: label[:len(label)-1], Text: b.inlineIn(s[len(label):], notes)}
		last, ok := lastParagraph(out)
		if !ok {
			last = &generator.Paragraph{}
			out = append(out, last)
		}
		last.Points = append(last.Points, pt)
		return out
	}
	return append(out, &generator.Paragraph{Number: number, Text: b.inlineIn(s, notes)})
}

func lastParagraph(out []generator.Block) (*generator.Paragraph, bool) {
	if len(out) == 0 {
		return nil, false
	}
	p, ok := out[len(out)-1].(*generator.Paragraph)
	return p, ok
}

// list adds the items of an ordered list as numbered paragraphs, with what each item holds.
func (b *builder) list(out []generator.Block, p *bodyParse, l *ast.List, notes *noteScope) []generator.Block {
	n := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		number := n
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				out = b.paragraph(out, number, p.leaf(c), notes)
				number = 0
			default:
				out = b.block(out, p, c, notes)
			}
		}
		n++
	}
	return out
}

// table reads a table's cells.
func (b *builder) table(p *bodyParse, t *east.Table, notes *noteScope) *generator.Table {
	out := &generator.Table{}
	for _, a := range t.Alignments {
		out.Align = append(out.Align, align(a))
	}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []generator.Inline
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, b.inlineIn(p.leaf(c), notes))
		}
		if _, ok := row.(*east.TableHeader); ok {
			out.Head = cells
			continue
		}
		out.Rows = append(out.Rows, cells)
	}
	return out
}

func align(a east.Alignment) generator.Align {
	switch a {
	case east.AlignLeft:
		return generator.AlignLeft
	case east.AlignCenter:
		return generator.AlignCenter
	case east.AlignRight:
		return generator.AlignRight
	}
	return generator.AlignNone
}

// leaf returns the Markdown of a leaf block (a paragraph, a table cell) as written.
func (p *bodyParse) leaf(n ast.Node) string {
	lines := n.Lines()
	if lines.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		parts = append(parts, strings.TrimRight(string(seg.Value(p.src)), "\n"))
	}
	return strings.TrimSpace(strings.Join(parts, "\n"))
}

// raw returns the source from..to without trailing white space.
func (p *bodyParse) raw(from, to int) []byte {
	return []byte(strings.TrimRight(string(p.src[from:to]), " \t\n"))
}

// next returns the start of the first block after from, or the end of the text.
func (p *bodyParse) next(from int) int {
	for _, s := range p.starts {
		if s > from {
			return s
		}
	}
	return len(p.src)
}

// start returns the source offset of the first line of a block.
func start(n ast.Node) (int, bool) {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start, true
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if at, ok := start(c); ok {
			return at, true
		}
	}
	return 0, false
}

// end returns the source offset just after the last line of a block.
func end(n ast.Node) int {
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if e := end(c); e > 0 {
			return e
		}
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(n.Lines().Len() - 1).Stop
	}
	return 0
}

func lineStart(src []byte, at int) int {
	for at > 0 && src[at-1] != '\n' {
		at--
	}
	return at
}

// paragraphs splits the form's words into paragraphs at blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
