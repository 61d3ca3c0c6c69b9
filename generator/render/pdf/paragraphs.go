package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// paragraph sets a paragraph by its role.
func (b *builder) paragraph(n ast.Node, indent float64) {
	runs := inlines(n, b.doc.Source, regular)
	t := b.t
	bl := &block{runs: runs, indent: indent, after: t.para}
	switch document.Role(n) {
	case document.RoleMarking:
		bl.size, bl.align, bl.color, bl.rules, bl.after = t.small+1, center, draftRed, true, t.para*3
	case document.RoleFormula:
		bl.keepNext, bl.before = true, t.para
	case document.RoleTestimonium:
		bl.keepNext, bl.before = true, t.para
	case document.RoleSubparagraph:
		label := document.PointLabel(n)
		bl.runs = trimLabel(runs, label)
		bl.label, bl.labelAt = label, indent
		bl.indent = indent + t.step*1.3
	case document.RolePoint:
		label := document.PointLabel(n)
		bl.runs = trimLabel(runs, label)
		bl.label, bl.labelAt = label, max(indent, t.step)
		bl.indent = bl.labelAt + t.step
	}
	b.add(bl)
}

// trimLabel removes the point label and the space after it from the start of runs.
func trimLabel(runs []run, label string) []run {
	out := append([]run(nil), runs...)
	rest := len(label)
	for i := range out {
		if rest == 0 {
			break
		}
		cut := min(rest, len(out[i].text))
		out[i].text = out[i].text[cut:]
		rest -= cut
	}
	for i := range out {
		trimmed := strings.TrimLeft(out[i].text, " ")
		out[i].text = trimmed
		if trimmed != "" {
			break
		}
	}
	return out
}

// heading sets the title with the place and date under it, an article heading as a centred
// label over its heading, or another heading in bold.
func (b *builder) heading(n *ast.Heading, p *document.Part) {
	t := b.t
	runs := inlines(n, b.doc.Source, bold)
	switch {
	case n.Level == 1 && p != nil && p.Kind == document.Front:
		b.add(&block{runs: runs, size: t.title, align: center, keepNext: true, outline: b.doc.Title, after: t.para})
		if pd := b.doc.PlaceDate(); pd != "" {
			b.add(&block{runs: []run{{text: pd, style: italic}}, align: center, after: t.para * 4})
		}
	case p != nil && p.Kind == document.Article && p.Entry != nil && n == p.Nodes[0]:
		e := p.Entry
		b.add(&block{runs: []run{{text: e.Label}}, align: center, keepNext: true, before: t.para * 2.5,
			anchor: e.Number, outline: e.Title(b.doc.Lang), after: t.para * 0.3})
		if e.Heading != "" {
			b.add(&block{runs: []run{{text: e.Heading, style: bold}}, align: center, keepNext: true, after: t.para * 1.2})
		}
	default:
		b.add(&block{runs: runs, align: center, keepNext: true, before: t.para * 2, after: t.para,
			pageBreak: document.Role(n) == document.RoleAnnex, outline: document.Plain(n, b.doc.Source)})
	}
}

// list sets each item with its number or bullet hanging in the margin of its text.
func (b *builder) list(l *ast.List, indent float64, p *document.Part) {
	i := 0
	for item := l.FirstChild(); item != nil; item, i = item.NextSibling(), i+1 {
		label := "•"
		if l.IsOrdered() {
			label = fmt.Sprintf("%d%c", l.Start+i, l.Marker)
		}
		b.item(item, label, indent, p)
	}
}

func (b *builder) item(item ast.Node, label string, indent float64, p *document.Part) {
	start := len(b.out)
	if p != nil && p.Kind == document.Article && p.Entry != nil && item == p.Nodes[0] {
		b.clause = p.Entry.Clause
	}
	b.children(item, indent+b.t.step, p)
	if start == len(b.out) {
		b.add(&block{indent: indent + b.t.step})
	}
	first := b.out[start]
	first.label, first.labelAt = label, indent
	if p != nil && p.Kind == document.Article && p.Entry != nil && item == p.Nodes[0] {
		first.anchor, first.outline = p.Entry.Number, p.Entry.Title(b.doc.Lang)
	}
}
