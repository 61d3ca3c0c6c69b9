package document

import (
	"regexp"

	"github.com/yuin/goldmark/ast"
)

// pointRE matches the label of a lettered or numbered point: "(a) ", "а) ", "(iv) ", "(1) ".
var pointRE = regexp.MustCompile(`^\(?(?:\p{Ll}{1,4}|\d{1,2})\)\s`)

// PointLabel returns the label of a paragraph that is a lettered point, "(a)" or "а)", or "".
func PointLabel(text string) string {
	m := pointRE.FindString(text)
	if m == "" {
		return ""
	}
	return m[:len(m)-1]
}

// markPoints gives the role RolePoint to every paragraph without a role that starts with a
// point label, and RoleAnnex to headings of annexes.
func markPoints(doc *Document) {
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph:
			if Role(n) == "" && PointLabel(Plain(n, doc.Source)) != "" {
				setRole(n, RolePoint)
			}
			return ast.WalkSkipChildren, nil
		case ast.KindHeading:
			if annexRE.MatchString(Plain(n, doc.Source)) {
				setRole(n, RoleAnnex)
			}
		}
		return ast.WalkContinue, nil
	})
}

var annexRE = regexp.MustCompile(`^(?i)(annex|appendix|додаток)(\s|$)`)
