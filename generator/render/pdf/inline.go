package pdf

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// run is a stretch of text in one style; link is the number of the article it refers to,
// note the number of the footnote whose mark it is (0 for none).
type run struct {
	text  string
	style style
	link  int
	note  int
}

// inlines collects the runs of a block's inline children in style s.
func inlines(n ast.Node, src []byte, s style) []run {
	var out []run
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, inline(c, src, s)...)
	}
	return out
}

func inline(n ast.Node, src []byte, s style) []run {
	switch n := n.(type) {
	case *ast.Text, *ast.String:
		t := document.Literal(n, src)
		if tx, ok := n.(*ast.Text); ok && (tx.SoftLineBreak() || tx.HardLineBreak()) {
			t += " "
		}
		return []run{{text: t, style: s}}
	case *ast.Emphasis:
		if n.Level >= 2 {
			return inlines(n, src, s|bold)
		}
		return inlines(n, src, s|italic)
	case *ast.CodeSpan:
		return []run{{text: document.Plain(n, src), style: s}}
	case *ast.Link:
		runs := inlines(n, src, s)
		if dest := string(n.Destination); strings.HasPrefix(dest, "#art-") {
			num, _ := strconv.Atoi(strings.TrimPrefix(dest, "#art-"))
			for i := range runs {
				runs[i].link = num
			}
		}
		return runs
	case *ast.AutoLink:
		return []run{{text: string(n.Label(src)), style: s}}
	case *east.FootnoteLink:
		return []run{{text: superscript(n.Index), style: s, note: n.Index}}
	case *ast.RawHTML:
		return nil
	}
	return inlines(n, src, s)
}

// superscript writes a footnote number with superscript digits, which Liberation Serif has.
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	sup := []rune(digits)
	var b strings.Builder
	for _, d := range strconv.Itoa(n) {
		b.WriteRune(sup[d-'0'])
	}
	return b.String()
}
