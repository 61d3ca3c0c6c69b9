package document

import (
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
)

// A build sets the same leaves of Markdown (a clause's paragraph, a party's name) in many
// documents. Parsing one takes goldmark's block and inline parsers and the typesetting; the
// nodes it gives are a few texts, strings and emphases. leaves keeps, per language and leaf,
// the typeset source and those nodes as a recipe, and a later document appends the source and
// makes the nodes again, their positions moved to where the source now starts. A leaf whose
// parse gives any other node, or attributes, is parsed each time.
var leaves = struct {
	sync.RWMutex
	byKey map[leafKey]*recipe
	bytes int
}{byKey: map[leafKey]*recipe{}}

// leavesBudget bounds the bytes of source the recipes keep, about 16 MB with their nodes.
const leavesBudget = 8 << 20

type leafKey struct {
	lang generator.Lang
	md   string
}

// recipe is a parsed leaf: the source its nodes point into, relative to the start of src.
type recipe struct {
	src   string
	nodes []step
}

// step makes one node and its children.
type step struct {
	kind     ast.NodeKind
	seg      text.Segment // a Text's
	pos      int          // an Emphasis's position, -1 for none
	soft     bool         // a Text's soft line break
	hard     bool         // a Text's hard line break
	raw      bool         // a Text's or String's
	code     bool         // a String's
	value    []byte       // a String's
	level    int          // an Emphasis's
	children []step
}

// leafNodes returns the nodes of the typeset leaf md, parsed or made again.
func (s *setter) leafNodes(md string) []ast.Node {
	key := leafKey{s.doc.Lang, md}
	leaves.RLock()
	r := leaves.byKey[key]
	leaves.RUnlock()
	if r != nil {
		return s.replay(r)
	}
	start := len(s.src)
	var out []ast.Node
	plain := true // paragraphs only: a heading would also have taken an id
	for _, b := range s.blocks(typeset(s.doc.Lang, md)) {
		plain = plain && b.Kind() == ast.KindParagraph
		out = append(out, inlinesOf(b)...)
	}
	if !plain {
		return out
	}
	if r, ok := record(out, string(s.src[start:]), start); ok {
		leaves.Lock()
		if leaves.bytes+len(r.src) <= leavesBudget && leaves.byKey[key] == nil {
			leaves.byKey[key] = r
			leaves.bytes += len(r.src)
		}
		leaves.Unlock()
	}
	return out
}

// record returns the recipe of nodes whose positions count from start, or false if a node is
// of a kind it does not know or has attributes.
func record(nodes []ast.Node, src string, start int) (*recipe, bool) {
	r := &recipe{src: src}
	for _, n := range nodes {
		st, ok := recordNode(n, start)
		if !ok {
			return nil, false
		}
		r.nodes = append(r.nodes, st)
	}
	return r, true
}

func recordNode(n ast.Node, start int) (step, bool) {
	if n.Attributes() != nil {
		return step{}, false
	}
	st := step{kind: n.Kind(), pos: -1}
	switch n := n.(type) {
	case *ast.Text:
		st.seg = n.Segment
		st.seg.Start -= start
		st.seg.Stop -= start
		st.soft, st.hard, st.raw = n.SoftLineBreak(), n.HardLineBreak(), n.IsRaw()
	case *ast.String:
		st.value, st.raw, st.code = n.Value, n.IsRaw(), n.IsCode()
	case *ast.Emphasis:
		st.level = n.Level
		if p := n.Pos(); p >= 0 {
			st.pos = p - start
		}
	default:
		return step{}, false
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		cs, ok := recordNode(c, start)
		if !ok {
			return step{}, false
		}
		st.children = append(st.children, cs)
	}
	return st, true
}

// replay appends the recipe's source to the document's and makes its nodes.
func (s *setter) replay(r *recipe) []ast.Node {
	start := len(s.src)
	s.src = append(s.src, r.src...)
	out := make([]ast.Node, len(r.nodes))
	for i := range r.nodes {
		out[i] = r.nodes[i].make(start)
	}
	return out
}

func (st *step) make(start int) ast.Node {
	var n ast.Node
	switch st.kind {
	case ast.KindText:
		seg := st.seg
		seg.Start += start
		seg.Stop += start
		t := ast.NewTextSegment(seg)
		t.SetSoftLineBreak(st.soft)
		t.SetHardLineBreak(st.hard)
		t.SetRaw(st.raw)
		n = t
	case ast.KindString:
		v := ast.NewString(st.value)
		v.SetRaw(st.raw)
		v.SetCode(st.code)
		n = v
	default: // ast.KindEmphasis, the only other kind recorded
		e := ast.NewEmphasis(st.level)
		if st.pos >= 0 {
			e.SetPos(st.pos + start)
		}
		n = e
	}
	for i := range st.children {
		n.AppendChild(n, st.children[i].make(start))
	}
	return n
}
