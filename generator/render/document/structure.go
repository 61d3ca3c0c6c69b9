package document

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
)

// structurer finds the parts of an instrument in the top-level blocks of its AST.
type structurer struct {
	doc      *Document
	draft    *generator.Draft
	numbered []*generator.Article
}

func (s *structurer) run() error {
	for _, a := range s.draft.Articles {
		if a.Number > 0 {
			s.numbered = append(s.numbered, a)
		}
	}
	var blocks []ast.Node
	for c := s.doc.Root.FirstChild(); c != nil; c = c.NextSibling() {
		if list, ok := c.(*east.FootnoteList); ok {
			s.notes(list)
			continue
		}
		blocks = append(blocks, c)
	}
	i := s.head(blocks)
	start := articlesStart(blocks, i)
	s.front(blocks[i:start])
	end, err := s.articles(blocks, start)
	if err != nil {
		return err
	}
	s.back(blocks[end:])
	return nil
}

// head takes the marking and the title; it returns the index of the next block.
func (s *structurer) head(blocks []ast.Node) int {
	i := 0
	if i < len(blocks) && isMarking(blocks[i]) {
		s.marking(blocks[i])
		i++
	}
	if i < len(blocks) {
		if h, ok := blocks[i].(*ast.Heading); ok && h.Level == 1 {
			s.doc.Title = Plain(h, s.doc.Source)
			s.addPart(Front, blocks[i])
			i++
		}
	}
	return i
}

func isMarking(n ast.Node) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return false
	}
	e, ok := p.FirstChild().(*ast.Emphasis)
	return ok && e.Level == 2
}

func (s *structurer) marking(n ast.Node) {
	setRole(n, RoleMarking)
	line := Plain(n, s.doc.Source)
	parts := strings.Split(line, " — ")
	s.doc.Marking = Marking{Stamp: Plain(n.FirstChild(), s.doc.Source), Text: line}
	if len(parts) > 1 {
		s.doc.Marking.Date = parts[1]
	}
	s.addPart(Front, n)
}

// articlesStart is the first article heading (## Article 1 — ...), or for a declaration the
// first ordered list; len(blocks) if there is neither.
func articlesStart(blocks []ast.Node, from int) int {
	for i := from; i < len(blocks); i++ {
		if h, ok := blocks[i].(*ast.Heading); ok && h.Level == 2 {
			return i
		}
	}
	for i := from; i < len(blocks); i++ {
		if l, ok := blocks[i].(*ast.List); ok && l.IsOrdered() {
			return i
		}
	}
	return len(blocks)
}

// front gives the blocks before the articles their roles: the parties, the recitals and the
// formula that introduces the articles.
func (s *structurer) front(blocks []ast.Node) {
	for i, b := range blocks {
		switch {
		case b.Kind() != ast.KindParagraph:
		case i == 0:
			setRole(b, RoleParties)
		case i == len(blocks)-1:
			setRole(b, RoleFormula)
		default:
			setRole(b, RoleRecital)
			s.emphasiseFirstWord(b)
		}
		s.addPart(Front, b)
	}
}

func (s *structurer) addPart(k PartKind, nodes ...ast.Node) *Part {
	p := &Part{Kind: k, Nodes: nodes}
	s.doc.Parts = append(s.doc.Parts, p)
	return p
}

// articles makes a part of each article; it returns the index of the first block after them.
func (s *structurer) articles(blocks []ast.Node, start int) (int, error) {
	if start == len(blocks) || len(s.numbered) == 0 {
		return start, nil
	}
	if _, ok := blocks[start].(*ast.Heading); ok {
		return s.headed(blocks, start)
	}
	return s.listed(blocks, start)
}

// headed cuts articles that start with a level-2 heading (treaties, memoranda). The last one
// ends after as many blocks as its own text has.
func (s *structurer) headed(blocks []ast.Node, i int) (int, error) {
	for k, a := range s.numbered {
		h, ok := blocks[i].(*ast.Heading)
		if !ok || h.Level != 2 {
			return 0, fmt.Errorf("expected the heading of article %d, found %s", a.Number, blocks[i].Kind())
		}
		e := s.entry(a, h)
		e.Label, e.Heading = splitHeading(Plain(h, s.doc.Source))
		h.SetAttributeString("id", []byte(e.ID))
		p := s.addPart(Article, h)
		p.Number, p.Entry = a.Number, e
		i++
		last := i + s.blockCount(a)
		for ; i < len(blocks) && !isH2(blocks[i]) && (k < len(s.numbered)-1 || i < last); i++ {
			p.Nodes = append(p.Nodes, blocks[i])
		}
		if k < len(s.numbered)-1 && i == len(blocks) {
			return 0, fmt.Errorf("found %d article headings for %d articles", k+1, len(s.numbered))
		}
	}
	return i, nil
}

func isH2(n ast.Node) bool {
	h, ok := n.(*ast.Heading)
	return ok && h.Level == 2
}

// listed cuts the items of a declaration's numbered list(s) into articles.
func (s *structurer) listed(blocks []ast.Node, i int) (int, error) {
	k := 0
	for ; i < len(blocks) && k < len(s.numbered); i++ {
		l, ok := blocks[i].(*ast.List)
		if !ok || !l.IsOrdered() {
			return 0, fmt.Errorf("expected paragraph %d in a numbered list, found %s", s.numbered[k].Number, blocks[i].Kind())
		}
		for item := l.FirstChild(); item != nil && k < len(s.numbered); item = item.NextSibling() {
			a := s.numbered[k]
			e := s.entry(a, item)
			e.Label, e.Heading = fmt.Sprintf("%d.", l.Start+itemIndex(item)), a.Heading[s.doc.Lang]
			item.SetAttributeString("id", []byte(e.ID))
			p := s.addPart(Article, item)
			p.Number, p.Entry = a.Number, e
			k++
		}
	}
	return i, nil
}

func itemIndex(item ast.Node) int {
	n := 0
	for c := item.PreviousSibling(); c != nil; c = c.PreviousSibling() {
		n++
	}
	return n
}

func (s *structurer) entry(a *generator.Article, n ast.Node) *Entry {
	e := &Entry{ID: ArticleID(a.Number), Number: a.Number, Node: n, Clause: a.Use.Clause}
	s.doc.Articles = append(s.doc.Articles, e)
	return e
}

// blockCount is the number of top-level blocks of an article's own text, not counting the
// list of its footnotes.
func (s *structurer) blockCount(a *generator.Article) int {
	k := countKey{s.doc.Lang, a.Text[s.doc.Lang]}
	if n, ok := blockCounts.Load(k); ok {
		return n.(int)
	}
	root := Markdown(k.lang).Parser().Parse(text.NewReader([]byte(k.text)))
	n := 0 // counted, not ChildCount, which goldmark leaves too high when a table replaces a paragraph
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*east.FootnoteList); !ok {
			n++
		}
	}
	blockCounts.Store(k, n)
	return n
}

// blockCounts keeps the count of each article text for the life of the process: the clauses
// of the library recur in the drafts built together, and counting parses the text again.
var blockCounts sync.Map // countKey -> int

type countKey struct {
	lang generator.Lang
	text string
}

var headingRE = regexp.MustCompile(`^(\p{L}+\s+\d+)\s*(?:—|–|\.|:)?\s*(.*)$`)

// splitHeading cuts "Article 3 — Consultations" or "Стаття 3. Консультації" into its label
// and its heading.
func splitHeading(h string) (label, heading string) {
	m := headingRE.FindStringSubmatch(h)
	if m == nil {
		return h, ""
	}
	return m[1], m[2]
}

// emphasiseFirstWord sets the participle that opens a recital in italics ("*Reaffirming* the
// sovereignty ..."), as treaties print them, unless the recital already starts with emphasis.
func (s *structurer) emphasiseFirstWord(p ast.Node) {
	t, ok := p.FirstChild().(*ast.Text)
	if !ok {
		return
	}
	v := t.Segment.Value(s.doc.Source)
	end := bytes.IndexByte(v, ' ')
	if end <= 0 || !unicode.IsLetter([]rune(string(v[:end]))[0]) {
		return
	}
	word := ast.NewTextSegment(text.NewSegment(t.Segment.Start, t.Segment.Start+end))
	em := ast.NewEmphasis(1)
	em.AppendChild(em, word)
	p.InsertBefore(p, t, em)
	t.Segment = text.NewSegment(t.Segment.Start+end, t.Segment.Stop)
}
