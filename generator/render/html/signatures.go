package html

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// signatures renders the signature blocks as a grid of party labels over lines to sign on.
type signatures struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (signatures) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(document.KindSignatures, func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<div class=\"signatures\">\n")
		} else {
			_, _ = w.WriteString("</div>\n")
		}
		return ast.WalkContinue, nil
	})
	reg.Register(document.KindSignature, func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<div class=\"signature\"><p class=\"signatory\">")
		} else {
			_, _ = w.WriteString("</p><div class=\"sign-line\"></div></div>\n")
		}
		return ast.WalkContinue, nil
	})
}
