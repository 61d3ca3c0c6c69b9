package document

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// Literal returns what an inline leaf prints: the text of a Text node with backslash escapes
// and entities resolved, the value of a String node (typographic punctuation), the code of a
// code span's text. It returns "" for other nodes.
func Literal(n ast.Node, src []byte) string {
	switch t := n.(type) {
	case *ast.Text:
		v := t.Segment.Value(src)
		if !t.IsRaw() && bytes.ContainsAny(v, `\&`) { // else there is nothing to resolve
			v = util.UnescapePunctuations(v)
			v = util.ResolveNumericReferences(v)
			v = util.ResolveEntityNames(v)
		}
		return string(v)
	case *ast.String:
		v := t.Value
		if t.IsCode() {
			v = util.ResolveEntityNames(util.ResolveNumericReferences(v))
		}
		return string(v)
	}
	return ""
}

// Plain returns the text of a node and its descendants as one line: soft and hard line
// breaks become spaces.
func Plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		b.WriteString(Literal(c, src))
		if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			b.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// Role returns the role a paragraph was given (RoleRecital ...), or "".
func Role(n ast.Node) string {
	v, ok := n.AttributeString("class")
	if !ok {
		return ""
	}
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	s, _ := v.(string)
	return s
}

// PointLabel returns the label of a point ("(a)", "а)"), which also begins its text, or "".
func PointLabel(n ast.Node) string {
	v, _ := n.AttributeString("label")
	b, _ := v.([]byte)
	return string(b)
}

func setRole(n ast.Node, role string) { n.SetAttributeString("class", []byte(role)) }
