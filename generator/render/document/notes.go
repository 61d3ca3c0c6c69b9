package document

import (
	east "github.com/yuin/goldmark/extension/ast"
)

// notes records the footnotes of the document, numbered from 1 in the order they are first
// referred to. The list stays the last child of Root, where the HTML renderer sets it as
// endnotes, but it is no part: the PDF sets each note at the foot of the page that refers to
// it, so the notes of two languages need not align.
func (s *structurer) notes(list *east.FootnoteList) {
	for c := list.FirstChild(); c != nil; c = c.NextSibling() {
		if fn, ok := c.(*east.Footnote); ok {
			s.doc.Notes = append(s.doc.Notes, fn)
		}
	}
}

// Note returns the footnote with the given number, or nil.
func (d *Document) Note(n int) *east.Footnote {
	for _, fn := range d.Notes {
		if fn.Index == n {
			return fn
		}
	}
	return nil
}
