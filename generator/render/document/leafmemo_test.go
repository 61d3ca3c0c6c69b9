package document

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/guarantor-dev/guarantor/generator"
)

// A leaf made again from its recipe is the leaf as parsed: the same nodes, flags, levels and
// values, over the same text, for every line of the clause library and the examples in both
// languages, and for the cases below.
func TestLeafReplayedAsParsed(t *testing.T) {
	leaves.Lock()
	leaves.byKey, leaves.bytes = map[leafKey]*recipe{}, 0
	leaves.Unlock()
	mds := []string{
		"plain words", "*emphasis* and **strong** and ***both***", `"quoted" and 'single' -- dash --- and...`,
		"two\nlines", "hard  \nbreak", "«лапки» — і “quotes”", "a `code` span", "[link](http://x)",
		"# not a leaf", "1. list", "> quote", "para\n\npara", "<b>html</b>", "x_y_z and _a_",
	}
	for _, dir := range []string{"../../../clauses", "../../../drafts"} {
		mds = append(mds, sourceLines(t, dir)...)
	}
	replayed := 0
	for _, l := range []generator.Lang{generator.English, generator.Ukrainian} {
		for _, md := range mds {
			md = strings.TrimSpace(md)
			if md == "" {
				continue
			}
			parsed, fresh := leafTwice(l, md)
			if parsed != fresh {
				t.Fatalf("%s %q\nparsed:   %s\nreplayed: %s", l, md, parsed, fresh)
			}
			if leaves.byKey[leafKey{l, md}] != nil {
				replayed++
			}
		}
	}
	if replayed < len(mds) {
		t.Errorf("only %d leaves of %d were replayed", replayed, 2*len(mds))
	}
}

// leafTwice sets md in two documents, and returns the nodes of each (the second made from
// the recipe the first left, if any) written out.
func leafTwice(l generator.Lang, md string) (first, second string) {
	var out [2]string
	for i := range out {
		s := &setter{doc: &Document{Lang: l}, ids: newIDs(), notes: nil}
		s.src = append(s.src, strings.Repeat("x", 7*i)...) // the second starts elsewhere
		start := len(s.src)
		var b strings.Builder
		for _, n := range s.leafNodes(md) {
			dump(&b, n, s.src, start)
		}
		out[i] = b.String()
	}
	return out[0], out[1]
}

func dump(b *strings.Builder, n ast.Node, src []byte, start int) {
	fmt.Fprintf(b, "(%s", n.Kind())
	switch n := n.(type) {
	case *ast.Text:
		fmt.Fprintf(b, " %q %d %v%v%v", n.Segment.Value(src), n.Segment.Start-start, n.SoftLineBreak(), n.HardLineBreak(), n.IsRaw())
	case *ast.String:
		fmt.Fprintf(b, " %q %v%v", n.Value, n.IsRaw(), n.IsCode())
	case *ast.Emphasis:
		fmt.Fprintf(b, " %d %d", n.Level, n.Pos()-start)
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		dump(b, c, src, start)
	}
	b.WriteString(")")
}
