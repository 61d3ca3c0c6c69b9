package document

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// back gives the blocks after the articles their roles: testimonium paragraphs, and signature
// blocks (a label paragraph followed by a paragraph of underscores), which it replaces with
// Signature nodes grouped in one Signatures node.
func (s *structurer) back(blocks []ast.Node) {
	var group *Signatures
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if i+1 < len(blocks) && s.isLine(blocks[i+1]) && b.Kind() == ast.KindParagraph {
			if group == nil {
				group = &Signatures{}
				s.doc.Root.InsertBefore(s.doc.Root, b, group)
			}
			sig := &Signature{}
			for c := b.FirstChild(); c != nil; c = b.FirstChild() {
				sig.AppendChild(sig, c)
			}
			group.AppendChild(group, sig)
			s.doc.Root.RemoveChild(s.doc.Root, b)
			s.doc.Root.RemoveChild(s.doc.Root, blocks[i+1])
			s.addPart(Back, sig)
			i++
			continue
		}
		if b.Kind() == ast.KindParagraph {
			setRole(b, RoleTestimonium)
		}
		s.addPart(Back, b)
	}
}

// isLine reports whether n is a paragraph of nothing but underscores: the line to sign on.
func (s *structurer) isLine(n ast.Node) bool {
	if n.Kind() != ast.KindParagraph {
		return false
	}
	t := Plain(n, s.doc.Source)
	return len(t) >= 3 && strings.Trim(t, "_") == ""
}
