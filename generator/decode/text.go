package decode

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"github.com/guarantor-dev/guarantor/generator"
)

// TextPos returns where the text of the string at path starts in the file, line and column:
// for a block scalar ("|" or ">"), the first line after the indicator at the block's
// indentation; for a quoted string, the character after the quote. Template errors inside
// the text count their columns from here.
func (f *File) TextPos(path ...any) generator.Position {
	n := Lookup(f.root, path...)
	p := f.Pos(n)
	switch n := n.(type) {
	case *ast.LiteralNode:
		if n.Value != nil && n.Value.GetToken() != nil {
			tok := n.Value.GetToken()
			p = generator.Position{File: f.Path, Line: tok.Position.Line + f.Line0, Col: blockIndent(tok) + 1}
		}
	case *ast.StringNode:
		if t := n.GetToken(); t != nil && (t.Type == token.DoubleQuoteType || t.Type == token.SingleQuoteType) {
			p.Col++
		}
	}
	return p
}

// blockIndent is the indentation of a block scalar's first non-blank line, read from the
// token's original text.
func blockIndent(tok *token.Token) int {
	for _, line := range strings.Split(tok.Origin, "\n") {
		if strings.TrimSpace(line) != "" {
			return len(line) - len(strings.TrimLeft(line, " "))
		}
	}
	return 0
}
