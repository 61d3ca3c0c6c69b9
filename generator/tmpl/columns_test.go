package tmpl

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

// An execution error inside a YAML text block is placed at the file's column (the block's
// indentation plus the characters before it, not bytes), with a did-you-mean for a misspelt
// field.
func TestExecuteErrorColumnAndSuggestion(t *testing.T) {
	tests := []struct {
		src, want, hint string
	}{
		{"The parties {{ .Shal }} do.", "f.yaml:5:26:", "did you mean .Shall?"},
		{"first line\nСторони {{ .Partys }}", "f.yaml:6:22:", "did you mean .Parties?"},
	}
	for _, tt := range tests {
		body := generator.Body{Src: tt.src, Pos: generator.Position{File: "f.yaml", Line: 5, Col: 11}}
		tp, err := Parse(body)
		if err != nil {
			t.Fatal(err)
		}
		data := map[string]any{"Shall": "shall", "Parties": "the Parties", "Form": "treaty"}
		body.Tmpl = tp
		_, err = Execute(body, &Env{Lang: generator.English}, data)
		if err == nil {
			t.Fatalf("%q: no error", tt.src)
		}
		if !strings.HasPrefix(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.hint) {
			t.Errorf("%q: got %v, want %s ... %s", tt.src, err, tt.want, tt.hint)
		}
	}
}
