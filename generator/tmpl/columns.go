package tmpl

import (
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

// fileColumn turns a byte offset within line (1-based, counted from the template's first
// line) of src into the column of the file: start is where the template's text begins in the
// file, and every line of a YAML block scalar is indented to that column.
func fileColumn(start generator.Position, src string, line, offset int) int {
	lines := strings.Split(src, "\n")
	runes := offset
	if line >= 1 && line <= len(lines) {
		text := lines[line-1]
		runes = utf8.RuneCountInString(text[:min(offset, len(text))])
	}
	return max(start.Col, 1) + runes
}

// suggestField returns a did-you-mean hint for a field or key the template named but the data
// lacks ("" when nothing is close): the candidates are the keys of the data and the fields and
// methods of the values it holds.
func suggestField(name string, data any) string {
	names := fieldNames(reflect.ValueOf(data), 2)
	if s := decode.Suggest(name, names); s != "" {
		return "did you mean ." + s + "?"
	}
	return ""
}

func fieldNames(v reflect.Value, depth int) []string {
	seen := map[string]bool{}
	var walk func(v reflect.Value, depth int)
	walk = func(v reflect.Value, depth int) {
		for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && !v.IsNil() {
			v = v.Elem()
		}
		if !v.IsValid() || depth < 0 {
			return
		}
		t := v.Type()
		for i := 0; i < t.NumMethod(); i++ {
			seen[t.Method(i).Name] = true
		}
		switch v.Kind() {
		case reflect.Map:
			if v.Type().Key().Kind() != reflect.String {
				return
			}
			for _, k := range v.MapKeys() {
				seen[k.String()] = true
				walk(v.MapIndex(k), depth-1)
			}
		case reflect.Struct:
			for i := 0; i < t.NumField(); i++ {
				if t.Field(i).IsExported() {
					seen[t.Field(i).Name] = true
				}
			}
		}
	}
	walk(v, depth)
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// missingName is the field or key an execution error says the data lacks, or "".
func missingName(msg string) string {
	for _, marker := range []string{`map has no entry for key "`, `can't evaluate field `} {
		if i := strings.Index(msg, marker); i >= 0 {
			rest := msg[i+len(marker):]
			end := strings.IndexAny(rest, `" `)
			if end < 0 {
				end = len(rest)
			}
			return rest[:end]
		}
	}
	return ""
}

// namesHint lists the names a text can use, from its data.
func namesHint(data any) string {
	var names []string
	if m, ok := data.(map[string]any); ok {
		for k := range m {
			names = append(names, "."+k)
		}
	}
	if len(names) == 0 {
		return "`guarantor templates dump vocabulary.yaml` shows the terms a text can use"
	}
	sort.Strings(names)
	return "a text here can use " + strings.Join(names, " ")
}
