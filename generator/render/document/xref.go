package document

import (
	"bytes"
	"regexp"
	"strconv"
	"text/template/parse"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
)

// refRE matches a reference to an article or paragraph in either language, in any case
// ("Article 5", "статтею 5", "пункту 5"); group 1 is the number.
var refRE = regexp.MustCompile(`(?i)(?:\barticles?|\bparagraphs?|стат\p{L}*|пункт\p{L}*)\s(\d+)`)

// linkRefs turns the cross-references an article makes with {{ ref "id" }} into links to the
// article referred to. Only the numbers the clause's template refers to are linked, so
// "Article 51 of the Charter" stays text.
func linkRefs(doc *Document, d *generator.Draft) {
	byID := map[string]int{}
	for _, a := range d.Articles {
		byID[a.Use.Clause.ID] = a.Number
	}
	for _, p := range doc.Parts {
		if p.Kind != Article || p.Entry == nil {
			continue
		}
		targets := map[int]bool{}
		for _, id := range clauseRefs(p.Entry.Clause, doc.Lang, d.Instrument.Form) {
			if n := byID[id]; n > 0 && n != p.Number {
				targets[n] = true
			}
		}
		if len(targets) == 0 {
			continue
		}
		for _, n := range p.Nodes {
			linkIn(n, doc.Source, targets)
		}
	}
}

// linkIn replaces each matching run of text under n with a link.
func linkIn(n ast.Node, src []byte, targets map[int]bool) {
	var texts []*ast.Text
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch c.Kind() {
		case ast.KindLink, ast.KindHeading, ast.KindCodeSpan:
			return ast.WalkSkipChildren, nil
		case ast.KindText:
			if entering {
				texts = append(texts, c.(*ast.Text))
			}
		}
		return ast.WalkContinue, nil
	})
	for _, t := range texts {
		splitText(t, src, targets)
	}
}

func splitText(t *ast.Text, src []byte, targets map[int]bool) {
	seg := t.Segment
	if !bytes.ContainsAny(seg.Value(src), "0123456789") {
		return // no number, no reference; the expression costs more than this test
	}
	parent := t.Parent()
	for _, m := range refRE.FindAllSubmatchIndex(seg.Value(src), -1) {
		n, _ := strconv.Atoi(string(seg.Value(src)[m[2]:m[3]]))
		if !targets[n] {
			continue
		}
		if m[0] > 0 {
			parent.InsertBefore(parent, t, ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+m[0])))
		}
		link := ast.NewLink()
		link.Destination = []byte("#" + ArticleID(n))
		link.SetAttributeString("class", []byte("xref"))
		link.AppendChild(link, ast.NewTextSegment(text.NewSegment(seg.Start+m[0], seg.Start+m[1])))
		parent.InsertBefore(parent, t, link)
		seg = text.NewSegment(seg.Start+m[1], seg.Stop)
		t.Segment = seg
		splitText(t, src, targets)
		return
	}
}

// clauseRefs lists the clause ids a clause's text refers to with {{ ref "id" }}.
func clauseRefs(c *generator.Clause, l generator.Lang, f generator.Form) []string {
	if c == nil {
		return nil
	}
	body, ok := c.Body(l, f)
	if !ok || body.Tmpl == nil || body.Tmpl.Tree == nil {
		return nil
	}
	var ids []string
	walkTemplate(body.Tmpl.Tree.Root, func(cmd *parse.CommandNode) {
		if len(cmd.Args) < 2 {
			return
		}
		fn, ok := cmd.Args[0].(*parse.IdentifierNode)
		if s, isStr := cmd.Args[1].(*parse.StringNode); ok && isStr && fn.Ident == "ref" {
			ids = append(ids, s.Text)
		}
	})
	return ids
}

func walkTemplate(n parse.Node, visit func(*parse.CommandNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walkTemplate(c, visit)
		}
	case *parse.ActionNode:
		walkTemplate(n.Pipe, visit)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			visit(c)
			for _, a := range c.Args {
				walkTemplate(a, visit)
			}
		}
	case *parse.IfNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, visit)
	}
}

func walkBranch(b *parse.BranchNode, visit func(*parse.CommandNode)) {
	walkTemplate(b.Pipe, visit)
	walkTemplate(b.List, visit)
	walkTemplate(b.ElseList, visit)
}
