package decode

import (
	"reflect"
	"sort"
	"strings"

	"github.com/goccy/go-yaml/ast"

	"github.com/guarantor-dev/guarantor/generator"
)

func typeOf(v any) reflect.Type { return reflect.TypeOf(v) }

// checkKeys walks node alongside the Go type it will decode into and reports every mapping key
// that names no field, with a did-you-mean hint.
func checkKeys(f *File, node ast.Node, t reflect.Type, errs *generator.ErrorList) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		checkStruct(f, node, t, errs)
	case reflect.Map:
		for _, mv := range mappingValues(node) {
			checkKeys(f, mv.Value, t.Elem(), errs)
		}
	case reflect.Slice, reflect.Array:
		if seq, ok := node.(*ast.SequenceNode); ok {
			for _, item := range seq.Values {
				checkKeys(f, item, t.Elem(), errs)
			}
		}
	}
}

func checkStruct(f *File, node ast.Node, t reflect.Type, errs *generator.ErrorList) {
	fields := structFields(t)
	if len(fields) == 0 {
		return
	}
	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, mv := range mappingValues(node) {
		key := mv.Key.String()
		ft, ok := fields[key]
		if !ok {
			e := errs.Addf(f.Pos(mv.Key), "unknown key %q", key)
			if s := Suggest(key, names); s != "" {
				e.WithHint("did you mean %q?", s)
				if sn, ok := mv.Key.(*ast.StringNode); ok && !hasKey(node, s) {
					f.fixes = append(f.fixes, keyFix{key: sn, to: s})
				}
			} else {
				e.WithHint("allowed keys: %s", strings.Join(names, ", "))
			}
			continue
		}
		checkKeys(f, mv.Value, ft, errs)
	}
}

// structFields maps the yaml names of t's exported fields to their types.
func structFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(sf.Name)
		}
		out[name] = sf.Type
	}
	return out
}

// hasKey reports whether the mapping node has the key.
func hasKey(node ast.Node, key string) bool {
	for _, mv := range mappingValues(node) {
		if mv.Key.String() == key {
			return true
		}
	}
	return false
}
