package web

import (
	"fmt"
	"reflect"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// keep stands in a desired value for a node of the file the editor does not edit (a custom
// clause's properties): patching leaves it as it is.
type keep struct{}

// keyed is a desired sequence item with the key that matches it to an item of the file.
type keyed struct {
	key   string
	value any
}

// patch writes the desired top-level mapping into the YAML document src and returns the new
// text. Only what differs is replaced: comments, key order and the layout of unchanged values
// stay as they were.
func patch(src []byte, want yaml.MapSlice) ([]byte, error) {
	f, err := parser.ParseBytes(src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var root *ast.MappingNode
	if len(f.Docs) > 0 {
		root, _ = f.Docs[0].Body.(*ast.MappingNode)
	}
	if root == nil {
		out, err := yaml.MarshalWithOptions(plain(want), yaml.UseLiteralStyleIfMultiline(true))
		return out, err
	}
	if sameMapping(root, want) {
		return src, nil // nothing to change: not even the printer's spacing
	}
	if err := patchMapping(root, want); err != nil {
		return nil, err
	}
	return []byte(f.String() + "\n"), nil
}

// sameMapping reports whether the mapping holds the desired values, ignoring keys left as they
// are.
func sameMapping(m *ast.MappingNode, want yaml.MapSlice) bool { return same(m, want) }

// patchMapping updates a block mapping key by key: changed values are patched, keys no longer
// wanted are removed, new keys are appended in the desired order.
func patchMapping(m *ast.MappingNode, want yaml.MapSlice) error {
	wanted := map[string]any{}
	for _, it := range want {
		wanted[fmt.Sprint(it.Key)] = it.Value
	}
	var kept []*ast.MappingValueNode
	have := map[string]bool{}
	for _, mv := range m.Values {
		k := mv.Key.GetToken().Value
		w, ok := wanted[k]
		if !ok {
			continue // no longer wanted
		}
		have[k] = true
		if _, skip := w.(keep); !skip {
			v, err := patchValue(mv.Value, w)
			if err != nil {
				return err
			}
			mv.Value = v
		}
		kept = append(kept, mv)
	}
	m.Values = kept
	for _, it := range want {
		k := fmt.Sprint(it.Key)
		if _, skip := it.Value.(keep); have[k] || skip {
			continue
		}
		n, err := newNode(yaml.MapSlice{it})
		if err != nil {
			return err
		}
		nm := n.(*ast.MappingNode)
		m.Values = append(m.Values, nm.Values...)
	}
	return nil
}

// patchValue returns the node for the desired value: the original node when it already says
// the same, the original node patched in place when both are block collections, a new node
// otherwise.
func patchValue(orig ast.Node, want any) (ast.Node, error) {
	if same(orig, want) {
		return orig, nil
	}
	switch w := want.(type) {
	case yaml.MapSlice:
		if m, ok := orig.(*ast.MappingNode); ok && !m.IsFlowStyle {
			return orig, patchMapping(m, w)
		}
	case []keyed:
		if s, ok := orig.(*ast.SequenceNode); ok && !s.IsFlowStyle {
			return orig, patchSequence(s, w)
		}
	}
	n, err := newNode(want)
	if err != nil {
		return nil, err
	}
	if c := orig.GetComment(); c != nil && isScalar(n) {
		_ = n.SetComment(c) // a line comment after a scalar stays with it
	}
	return n, nil
}

// patchSequence rebuilds a block sequence from the desired items, reusing (and patching) the
// item of the file with the same key, so that each item keeps the comment above it. The comment
// above a removed item moves to the next item that has none.
func patchSequence(s *ast.SequenceNode, want []keyed) error {
	comments := make([]*ast.CommentGroupNode, len(s.Values))
	copy(comments, s.ValueHeadComments)
	byKey := map[string]int{}
	for i, v := range s.Values {
		byKey[itemKey(v)] = i
	}
	used := map[int]bool{}
	var values []ast.Node
	var heads []*ast.CommentGroupNode
	var pending *ast.CommentGroupNode
	for _, w := range want {
		i, ok := byKey[w.key]
		if !ok || used[i] {
			n, err := newNode(w.value)
			if err != nil {
				return err
			}
			values, heads = append(values, n), append(heads, nil)
			continue
		}
		used[i] = true
		n, err := patchValue(s.Values[i], w.value)
		if err != nil {
			return err
		}
		values, heads = append(values, n), append(heads, comments[i])
	}
	// Comments of removed items go to the next surviving item in the file's order.
	pos := map[int]int{} // file index -> new index
	for ni, w := range want {
		if i, ok := byKey[w.key]; ok {
			pos[i] = ni
		}
	}
	for i := range s.Values {
		if ni, ok := pos[i]; ok && used[i] {
			if pending != nil && heads[ni] == nil {
				heads[ni] = pending
			}
			pending = nil
			continue
		}
		if comments[i] != nil {
			pending = comments[i]
		}
	}
	s.Values, s.ValueHeadComments = values, heads
	if len(s.Entries) > 0 {
		s.Entries = nil // entries mirror the old values; the printer reads Values
	}
	return nil
}

// itemKey is the key of a sequence item of the file: the clause id of a clause entry, the code
// of a party, the rule of a suppression.
func itemKey(n ast.Node) string {
	var v any
	if err := yaml.NodeToValue(n, &v); err != nil {
		return ""
	}
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		for _, k := range []string{"use", "code", "rule"} {
			if s, ok := x[k].(string); ok {
				return s
			}
		}
		if c, ok := x["custom"].(map[string]any); ok {
			if s, ok := c["id"].(string); ok {
				return s
			}
		}
	}
	return ""
}

// same reports whether the node already holds the desired value (keys left as they are do not
// count).
func same(n ast.Node, want any) bool {
	var have any
	if err := yaml.NodeToValue(n, &have); err != nil {
		return false
	}
	w, ok := generic(want)
	return ok && reflect.DeepEqual(strip(normalize(have), want), w)
}

// generic turns a desired value into what decoding its YAML would give.
func generic(want any) (any, bool) {
	b, err := yaml.Marshal(plain(want))
	if err != nil {
		return nil, false
	}
	var v any
	if err := yaml.Unmarshal(b, &v); err != nil {
		return nil, false
	}
	return normalize(v), true
}

// strip removes from a decoded value the keys the desired value leaves as they are.
func strip(have any, want any) any {
	switch w := want.(type) {
	case flow:
		return strip(have, w.v)
	case yaml.MapSlice:
		hm, ok := have.(map[string]any)
		if !ok {
			return have
		}
		for _, it := range w {
			k := fmt.Sprint(it.Key)
			if _, skip := it.Value.(keep); skip {
				delete(hm, k)
			} else if v, ok := hm[k]; ok {
				hm[k] = strip(v, it.Value)
			}
		}
	case []keyed:
		hl, ok := have.([]any)
		if !ok {
			return have
		}
		for i := range hl {
			if i < len(w) {
				hl[i] = strip(hl[i], w[i].value)
			}
		}
	}
	return have
}

// plain strips keyed wrappers and keep values, for marshalling.
func plain(v any) any {
	switch x := v.(type) {
	case yaml.MapSlice:
		out := yaml.MapSlice{}
		for _, it := range x {
			if _, skip := it.Value.(keep); !skip {
				out = append(out, yaml.MapItem{Key: it.Key, Value: plain(it.Value)})
			}
		}
		return out
	case []keyed:
		out := make([]any, len(x))
		for i, it := range x {
			out[i] = plain(it.value)
		}
		return out
	case flow:
		return plain(x.v)
	}
	return v
}

// normalize makes decoded numbers comparable (uint64, int64 and int are all int).
func normalize(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalize(e)
		}
	case []any:
		for i, e := range x {
			x[i] = normalize(e)
		}
	case uint64:
		return int(x)
	case int64:
		return int(x)
	}
	return v
}

// flow marks a desired collection to be written in flow style ({a: 1}, [a, b]).
type flow struct{ v any }

// newNode builds the node of a desired value.
func newNode(want any) (ast.Node, error) {
	if f, ok := want.(flow); ok {
		return yaml.ValueToNode(plain(f.v), yaml.Flow(true))
	}
	if ms, ok := want.(yaml.MapSlice); ok {
		// Build the mapping item by item so flow-styled children keep their style.
		var values []*ast.MappingValueNode
		for _, it := range ms {
			if _, skip := it.Value.(keep); skip {
				continue
			}
			child, err := newNode(it.Value)
			if err != nil {
				return nil, err
			}
			k, err := yaml.ValueToNode(yaml.MapSlice{{Key: it.Key, Value: nil}})
			if err != nil {
				return nil, err
			}
			mv := k.(*ast.MappingNode).Values[0]
			mv.Value = child
			values = append(values, mv)
		}
		base, err := yaml.ValueToNode(yaml.MapSlice{{Key: "x", Value: nil}})
		if err != nil {
			return nil, err
		}
		m := base.(*ast.MappingNode)
		m.Values = values
		return m, nil
	}
	return yaml.ValueToNode(plain(want), yaml.UseLiteralStyleIfMultiline(true))
}

func isScalar(n ast.Node) bool {
	switch n.(type) {
	case *ast.MappingNode, *ast.SequenceNode, *ast.LiteralNode:
		return false
	}
	return true
}
