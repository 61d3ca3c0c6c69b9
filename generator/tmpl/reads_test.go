package tmpl

import (
	"slices"
	"testing"
	"text/template"
)

// Reads names every field of the data a template can read, and says when it can read the data
// as a whole; the kit's memo keys a clause text by those fields alone.
func TestReads(t *testing.T) {
	tests := []struct {
		src   string
		names []string
		all   bool
	}{
		{`plain text`, nil, false},
		{`{{ .Beneficiary.Gen }} and {{ .Shall }}`, []string{"Beneficiary", "Shall"}, false},
		{`{{ if .Binding }}{{ .A }}{{ else }}{{ .B }}{{ end }}`, []string{"A", "B", "Binding"}, false},
		// In a range or with body, dot is the element: its fields are not the data's.
		{`{{ range .Guarantors }}{{ .Nom }}{{ end }}`, []string{"Guarantors"}, false},
		{`{{ with .Params.days }}{{ . }}{{ else }}{{ .Default }}{{ end }}`, []string{"Default", "Params"}, false},
		// $ is the data anywhere.
		{`{{ range .Guarantors }}{{ $.Scope }}{{ end }}`, []string{"Guarantors", "Scope"}, false},
		{`{{ $p := .Params }}{{ $p.years }}`, []string{"Params"}, false},
		{`{{ spell (len .Guarantors) }}`, []string{"Guarantors"}, false},
		{`{{ (.Beneficiary).Nom }}`, []string{"Beneficiary"}, false},
		// The data as a whole.
		{`{{ printf "%v" . }}`, nil, true},
		{`{{ range .X }}{{ $ }}{{ end }}`, nil, true},
		{`{{ define "x" }}{{ .A }}{{ end }}{{ template "x" . }}`, nil, true},
	}
	for _, tc := range tests {
		tpl := template.Must(template.New("t").Funcs(template.FuncMap{"spell": func(int) string { return "" }}).Parse(tc.src))
		names, all := Reads(tpl)
		if all != tc.all || !slices.Equal(names, tc.names) {
			t.Errorf("%s: reads %v (all %v), want %v (all %v)", tc.src, names, all, tc.names, tc.all)
		}
	}
	if _, all := Reads(nil); !all {
		t.Error("a missing template must count as reading everything")
	}
}

// The names the parser is given are text/template's builtins (each parses in a template with
// no functions of its own) and ours; a name that is neither is refused as text/template would.
func TestParseNames(t *testing.T) {
	for _, name := range builtinNames {
		if _, err := template.New("t").Parse("{{ " + name + " }}"); err != nil {
			t.Errorf("%s is not a builtin of text/template: %v", name, err)
		}
	}
	for name := range funcs() {
		if _, err := parseTemplate("t", "{{ "+name+" }}"); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	_, err := parseTemplate("t", "{{ nosuchfunc 1 }}")
	_, want := template.New("t").Funcs(funcs()).Parse("{{ nosuchfunc 1 }}")
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("unknown function: %v, text/template says %v", err, want)
	}
}
