package document

import (
	"fmt"
	"slices"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/guarantor-dev/guarantor/generator"
)

// New sets the draft's model in language l as an AST.
func New(d *generator.Draft, l generator.Lang) (*Document, error) {
	m, ok := d.Docs[l]
	if !ok {
		return nil, fmt.Errorf("the draft has no %s text", l)
	}
	doc := &Document{Lang: l, Instrument: d.Instrument, Draft: d, Model: m, Root: ast.NewDocument(),
		Title: m.Title, Marking: Marking{Stamp: m.Marking.Stamp, Date: m.Marking.Date, Text: m.Marking.Text()}}
	s := &setter{doc: doc, ids: newIDs(), notes: map[*generator.Note]*east.Footnote{}, src: make([]byte, 0, sourceSize(d, l))}
	s.front(m)
	s.parts(m)
	if l, ok := s.doc.Root.LastChild().(*ast.List); ok && m.Layout == generator.Listed {
		tighten(l)
	}
	s.back(m)
	s.annexes(m)
	s.footnotes(m)
	doc.Source = s.src
	return doc, nil
}

// sourceSize is about the size of the document's source: its clauses' texts, with room for
// the form's words and the notes.
func sourceSize(d *generator.Draft, l generator.Lang) int {
	n := 8 << 10
	for _, a := range d.Articles {
		n += len(a.Text[l]) + len(a.Heading[l])
	}
	return n + n/4
}

// setter builds the AST of one document; src grows with every leaf it parses.
type setter struct {
	doc   *Document
	src   []byte
	ids   *ids
	notes map[*generator.Note]*east.Footnote
}

// add appends nodes to the root as one part of the given kind.
func (s *setter) add(k PartKind, nodes ...ast.Node) *Part {
	for _, n := range nodes {
		s.doc.Root.AppendChild(s.doc.Root, n)
	}
	p := &Part{Kind: k, Nodes: nodes}
	s.doc.Parts = append(s.doc.Parts, p)
	return p
}

func (s *setter) front(m *generator.Doc) {
	mk := s.paragraph(s.leaf(fmt.Sprintf("**%s** — %s — %s", m.Marking.Stamp, m.Marking.Date, m.Marking.Note)), RoleMarking)
	s.add(Front, mk)
	title := s.blocks("# " + m.Title)
	if len(title) == 1 {
		s.doc.Title = Plain(title[0], s.src)
	}
	s.add(Front, title...)
	for _, f := range m.Front {
		p := s.paragraph(s.inline(f.Text), string(f.Role))
		if f.Role == generator.RoleRecital {
			s.emphasiseFirstWord(p)
		}
		s.add(Front, p)
	}
}

// parts sets the articles: under a heading each, or as the items of one numbered list.
func (s *setter) parts(m *generator.Doc) {
	var list *ast.List
	for _, mp := range m.Parts {
		e := &Entry{ID: mp.ID, Number: mp.Number, Label: mp.Label, Heading: mp.Heading, Part: mp}
		if mp.Use != nil {
			e.Clause = mp.Use.Clause
		}
		s.doc.Articles = append(s.doc.Articles, e)
		s.ids.Put([]byte(mp.ID))
		if m.Layout == generator.Listed {
			if list == nil {
				list = ast.NewList('.')
				list.Start, list.IsTight = mp.Number, false
				s.doc.Root.AppendChild(s.doc.Root, list)
			}
			item := ast.NewListItem(len(mp.Label) + 1)
			item.SetAttributeString("id", []byte(mp.ID))
			for _, n := range s.body(mp.Body) {
				item.AppendChild(item, n)
			}
			list.AppendChild(list, item)
			e.Node = item
			s.doc.Parts = append(s.doc.Parts, &Part{Kind: Article, Number: mp.Number, Entry: e, Nodes: []ast.Node{item}})
			continue
		}
		h := s.blocks("## " + mp.Title(m.Lang))[0]
		h.SetAttributeString("id", []byte(mp.ID))
		e.Node = h
		p := s.add(Article, append([]ast.Node{h}, s.body(mp.Body)...)...)
		p.Number, p.Entry = mp.Number, e
	}
}

// back sets the testimonium and the signature blocks, grouped in one Signatures node.
func (s *setter) back(m *generator.Doc) {
	var group *Signatures
	for _, b := range m.Back {
		if b.Role != generator.RoleSignature {
			s.add(Back, s.paragraph(s.inline(b.Text), string(b.Role)))
			continue
		}
		if group == nil {
			group = &Signatures{}
			s.doc.Root.AppendChild(s.doc.Root, group)
		}
		sig := &Signature{}
		for _, n := range s.inline(b.Text) {
			sig.AppendChild(sig, n)
		}
		group.AppendChild(group, sig)
		s.doc.Parts = append(s.doc.Parts, &Part{Kind: Back, Nodes: []ast.Node{sig}})
	}
}

// annexes sets each annex after the signatures, then the reviewer's notes, each heading
// opening a new page.
func (s *setter) annexes(m *generator.Doc) {
	for _, a := range append(slices.Clip(m.Annexes), m.Review...) {
		h := s.blocks("## " + a.Heading)[0]
		setRole(h, RoleAnnex)
		if a.ID != "" {
			h.SetAttributeString("id", []byte(a.ID))
		}
		s.add(Back, h)
		if a.Note != "" {
			s.add(Back, s.blocks("*"+a.Note+"*")...)
		}
		for _, n := range s.body(a.Body) {
			s.add(Back, n)
		}
	}
}

// footnotes lists the notes, in their order, as the last child of the root.
func (s *setter) footnotes(m *generator.Doc) {
	if len(m.Notes) == 0 {
		return
	}
	list := east.NewFootnoteList()
	for _, n := range m.Notes {
		fn := s.footnote(n)
		para := ast.NewParagraph()
		for _, c := range s.inline(n.Text) {
			para.AppendChild(para, c)
		}
		para.AppendChild(para, east.NewFootnoteBacklink(n.Number))
		fn.AppendChild(fn, para)
		list.AppendChild(list, fn)
		s.doc.Notes = append(s.doc.Notes, fn)
	}
	s.doc.Root.AppendChild(s.doc.Root, list)
}

func (s *setter) footnote(n *generator.Note) *east.Footnote {
	if fn, ok := s.notes[n]; ok {
		return fn
	}
	fn := east.NewFootnote([]byte(fmt.Sprint(n.Number)))
	fn.Index = n.Number
	s.notes[n] = fn
	return fn
}
