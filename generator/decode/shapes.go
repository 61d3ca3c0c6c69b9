package decode

import (
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"

	"github.com/guarantor-dev/guarantor/generator"
)

// shape is what a YAML value is: a mapping, a list, or a single value.
type shape int

const (
	anyShape shape = iota
	mappingShape
	listShape
	scalarShape
)

func (s shape) String() string {
	switch s {
	case mappingShape:
		return "a mapping (key: value lines)"
	case listShape:
		return "a list"
	case scalarShape:
		return "a single value"
	}
	return "anything"
}

// Shapes walks the document alongside the Go type of v and reports, in the document's own
// terms, every value whose shape does not fit: a single value where a list belongs, a list
// where a mapping belongs, and so on. examples maps a key to the line that shows how it is
// written ("guarantors: [FR, GB]"); a key without one gets a generic example. Unknown keys are
// left to Decode.
func (f *File) Shapes(v any, examples map[string]string) generator.ErrorList {
	var errs generator.ErrorList
	if !f.Empty() {
		checkShape(f, f.root, reflect.TypeOf(v), "", examples, &errs)
	}
	return errs
}

// UnknownKeys reports every mapping key of the document that names no field of v.
func (f *File) UnknownKeys(v any) generator.ErrorList {
	var errs generator.ErrorList
	if !f.Empty() {
		checkKeys(f, f.root, typeOf(v), &errs)
	}
	return errs
}

var (
	unmarshalerType = reflect.TypeOf((*yaml.InterfaceUnmarshaler)(nil)).Elem()
	bytesUnmarshal  = reflect.TypeOf((*yaml.BytesUnmarshaler)(nil)).Elem()
)

// want is the shape a value of type t takes; anyShape when t decodes itself or takes anything.
func want(t reflect.Type) (reflect.Type, shape) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(bytesUnmarshal) {
		return t, anyShape
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return t, mappingShape
	case reflect.Slice, reflect.Array:
		return t, listShape
	case reflect.Interface:
		return t, anyShape
	}
	return t, scalarShape
}

func have(n ast.Node) shape {
	switch n := n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return mappingShape
	case *ast.SequenceNode:
		return listShape
	case *ast.TagNode:
		return have(n.Value)
	case *ast.AnchorNode:
		return have(n.Value)
	case nil, *ast.NullNode, *ast.AliasNode:
		return anyShape
	}
	return scalarShape
}

func checkShape(f *File, node ast.Node, t reflect.Type, key string, examples map[string]string, errs *generator.ErrorList) {
	if t == nil {
		return
	}
	t, w := want(t)
	h := have(node)
	if w == anyShape || h == anyShape {
		return
	}
	if w != h {
		errs.Add(shapeError(f, node, key, w, h, examples))
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		fields := structFields(t)
		for _, mv := range mappingValues(node) {
			k := mv.Key.String()
			if ft, ok := fields[k]; ok {
				checkShape(f, mv.Value, ft, join(key, k), examples, errs)
			}
		}
	case reflect.Map:
		for _, mv := range mappingValues(node) {
			checkShape(f, mv.Value, t.Elem(), join(key, mv.Key.String()), examples, errs)
		}
	case reflect.Slice, reflect.Array:
		seq, _ := unwrap(node).(*ast.SequenceNode)
		if seq != nil {
			for _, item := range seq.Values {
				checkShape(f, item, t.Elem(), key+"[]", examples, errs)
			}
		}
	}
}

func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		default:
			return n
		}
	}
}

func shapeError(f *File, node ast.Node, key string, w, h shape, examples map[string]string) *generator.Error {
	name := key
	switch {
	case name == "":
		name = "the document"
	case strings.HasSuffix(name, "[]"):
		name = "each item of " + strings.TrimSuffix(name, "[]")
	}
	e := generator.Errorf(f.Pos(node), "%s is %s, not %s", name, w, strings.TrimSuffix(h.String(), " (key: value lines)"))
	if ex, ok := examples[lastKey(key)]; ok {
		if strings.Contains(ex, "`") {
			return e.WithHint("write %s", ex)
		}
		return e.WithHint("write `%s`", ex)
	}
	k := lastKey(key)
	switch w {
	case listShape:
		e.WithHint("write `%s: [a, b]`, or one `- item` per line below it", k)
	case mappingShape:
		e.WithHint("write `%s:` with indented `key: value` lines below it, or `%s: {key: value}`", k, k)
	default:
		e.WithHint("write `%s: some text`; quote text that contains ': ' or starts with [ { * & !", k)
	}
	if key == "" {
		e.Hint = "a spec is a list of `key: value` lines; `guarantor init` writes one to start from"
	}
	return e
}

// join adds a key to a path, leaving out list markers: clauses[] and custom give
// clauses.custom.
func join(path, key string) string {
	path = strings.ReplaceAll(path, "[]", "")
	if path == "" {
		return key
	}
	return path + "." + key
}

// lastKey is the last key of a path such as "parties.guarantors[]".
func lastKey(path string) string {
	path = strings.TrimSuffix(path, "[]")
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}
