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

// plan is what reading a text's blocks gives, before its inline text is read: the blocks in
// order, with their Markdown, and the footnote definitions. It depends on the text alone, so
// a kit with a memo reads each text once (see memo.go).
type plan struct {
	steps []step
	defs  map[string]string
}

// step is a block of a plan: a paragraph (with its list number, 0 for none), a table, or a
// passage kept as written.
type step struct {
	number  int
	text    string // the paragraph's Markdown, or the passage's
	passage bool
	table   *tablePlan
}

type tablePlan struct {
	align []generator.Align
	rows  []tableRow
}

type tableRow struct {
	head  bool
	cells []string
}

// body reads a clause text (or a closing part of the form) into the blocks of a part.
func (b *builder) body(s string, u *generator.Use) ([]generator.Block, error) {
	pl, shift := b.plan(s)
	b.shift = shift
	defer func() { b.shift = 0 }()
	notes := b.notes.scope(pl.defs)
	var out []generator.Block
	for _, st := range pl.steps {
		switch {
		case st.table != nil:
			out = append(out, b.table(st.table, notes))
		case st.passage:
			out = append(out, &generator.Passage{Markdown: st.text})
		default:
			out = b.paragraph(out, st.number, st.text, notes)
		}
	}
	return out, nil
}

// readPlan parses a text at block level: CommonMark with tables and footnotes.
func readPlan(s string) *plan {
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
	pl := &plan{defs: p.defs}
	for _, n := range top {
		p.block(pl, n)
	}
	return pl
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

// block adds the steps of a block to the plan.
func (p *bodyParse) block(pl *plan, n ast.Node) {
	switch n := n.(type) {
	case *ast.Paragraph:
		pl.steps = append(pl.steps, step{text: p.leaf(n)})
		return
	case *ast.List:
		if n.IsOrdered() {
			p.list(pl, n)
			return
		}
	case *east.Table:
		pl.steps = append(pl.steps, step{table: p.table(n)})
		return
	case *ast.ThematicBreak:
		pl.steps = append(pl.steps, step{passage: true, text: "---"})
		return
	}
	at, ok := start(n)
	if !ok {
		return
	}
	from, to := lineStart(p.src, at), 0
	if n.Parent() != nil && n.Parent().Kind() == ast.KindDocument {
		to = p.next(from)
	} else {
		to = max(end(n), from)
	}
	pl.steps = append(pl.steps, step{passage: true, text: string(p.raw(from, to))})
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
func (p *bodyParse) list(pl *plan, l *ast.List) {
	n := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		number := n
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				pl.steps = append(pl.steps, step{number: number, text: p.leaf(c)})
				number = 0
			default:
				p.block(pl, c)
			}
		}
		n++
	}
}

// table reads a table's cells.
func (p *bodyParse) table(t *east.Table) *tablePlan {
	out := &tablePlan{}
	for _, a := range t.Alignments {
		out.align = append(out.align, align(a))
	}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		r := tableRow{}
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			r.cells = append(r.cells, p.leaf(c))
		}
		_, r.head = row.(*east.TableHeader)
		out.rows = append(out.rows, r)
	}
	return out
}

// table makes the model of a table, its cells read as inline text.
func (b *builder) table(t *tablePlan, notes *noteScope) *generator.Table {
	out := &generator.Table{Align: slices.Clone(t.align)}
	for _, row := range t.rows {
		var cells []generator.Inline
		for _, c := range row.cells {
			cells = append(cells, b.inlineIn(c, notes))
		}
		if row.head {
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
