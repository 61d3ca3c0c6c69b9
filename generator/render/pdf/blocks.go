package pdf

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

type align uint8

const (
	justify align = iota
	left
	center
	right
)

// block is a paragraph-like unit ready to be broken into lines. Lengths are in millimetres
// from the left edge of the column.
type block struct {
	runs      []run
	size      float64
	align     align
	color     uint32
	indent    float64 // left edge of the text
	first     float64 // extra indent of the first line
	label     string  // hanging label ("1.", "(a)") set at labelAt on the first line
	labelAt   float64
	before    float64 // space above, dropped at the top of a page
	after     float64
	keepNext  bool           // keep with the start of the next block
	whole     bool           // never split across pages
	pageBreak bool           // start on a new page
	rules     bool           // rules above and below (the DRAFT marking)
	cells     [][]run        // signature blocks set side by side; runs is empty
	table     *table         // a table, each row a line; runs is empty
	repeat    int            // lines repeated at the top of a page the block runs onto (a table's header)
	perRow    int            // how many signature blocks a full row has
	lang      generator.Lang // the language, whose words may be hyphenated; "" for none
	cell      bool           // break like justified text but set as aligned: a table cell
	anchor    int            // the article whose link target this is
	outline   string         // outline entry starting here
	clause    *generator.Clause
}

// builder turns the nodes of a document into blocks.
type builder struct {
	doc    *document.Document
	t      theme
	out    []*block
	clause *generator.Clause
	sigs   [][]run
	perRow int // signature blocks per row
}

func (b *builder) add(bl *block) *block {
	b.out = append(b.out, b.prepare(bl))
	return bl
}

// prepare fills in what a block takes from the builder: the body size, the clause, whether
// words may be hyphenated.
func (b *builder) prepare(bl *block) *block {
	if bl.size == 0 {
		bl.size = b.t.body
	}
	if bl.clause == nil {
		bl.clause = b.clause
	}
	bl.lang = b.doc.Lang
	return bl
}

// part adds the blocks of one part of the document.
func (b *builder) part(p *document.Part) {
	b.clause = nil
	if p.Entry != nil {
		b.clause = p.Entry.Clause
	}
	for _, n := range p.Nodes {
		if sig, ok := n.(*document.Signature); ok {
			b.sigs = append(b.sigs, inlines(sig, b.doc.Source, regular))
			continue
		}
		b.flushSignatures()
		if item, ok := n.(*ast.ListItem); ok && p.Entry != nil { // a declaration's paragraph
			b.item(item, p.Entry.Label, 0, p)
			continue
		}
		b.node(n, 0, p)
	}
}

// flushSignatures sets the collected signature blocks in rows; the last row is kept with the
// one before it, so that no signature block stands alone on the last page.
func (b *builder) flushSignatures() {
	before := b.t.para * 4
	for len(b.sigs) > 0 {
		n := min(b.perRow, len(b.sigs))
		b.add(&block{cells: b.sigs[:n], perRow: b.perRow, whole: true, before: before, align: left,
			keepNext: n < len(b.sigs) && len(b.sigs)-n <= b.perRow})
		b.sigs = b.sigs[n:]
		before = b.t.para * 2
	}
}

// node adds the blocks of a block node at the given indent.
func (b *builder) node(n ast.Node, indent float64, p *document.Part) {
	src := b.doc.Source
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		b.paragraph(n, indent)
	case *ast.Heading:
		b.heading(n, p)
	case *east.Table:
		b.table(n, indent)
	case *ast.List:
		b.list(n, indent, p)
	case *ast.Blockquote:
		b.children(n, indent+b.t.step, p)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.add(&block{runs: []run{{text: string(seg.Value(src))}}, align: left, indent: indent})
		}
	case *ast.ThematicBreak:
		b.add(&block{runs: []run{{text: "*   *   *"}}, align: center, before: b.t.para, after: b.t.para})
	default:
		b.children(n, indent, p)
	}
}

func (b *builder) children(n ast.Node, indent float64, p *document.Part) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.node(c, indent, p)
	}
}
