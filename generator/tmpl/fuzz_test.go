package tmpl

import (
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// Any template source parses or fails, and executes within its budget, without a panic; what
// it writes stays under MaxText.
func FuzzExecute(f *testing.F) {
	for _, s := range []string{
		`{{ .Shall }} {{ spell 21 }} {{ plural 2 "рік" "роки" "років" }} {{ byform "a" "b" }}`,
		`{{ range $i := 3 }}{{ $i }}{{ end }}{{ with .S }}{{ . }}{{ end }}`,
		`{{ $a := "xx" }}{{ $a = cat $a $a }}{{ indent 2 $a }}{{ replace "x" "yy" $a }}`,
		`{{ define "a" }}{{ template "b" }}{{ end }}{{ define "b" }}b{{ end }}{{ template "a" }}`,
		`{{ printf "%05d|%v" 3 (list 1 2) }}{{ join "," (splitList "" "abc") }}{{ uniq (list 1 1) }}`,
		`{{ range 1000000000000 }}{{ end }}`,
	} {
		f.Add(s)
	}
	old := TimeBudget
	TimeBudget = 100 * time.Millisecond
	f.Cleanup(func() { TimeBudget = old })
	data := map[string]any{"Shall": "shall", "S": "s", "N": 5, "L": []string{"a", "b"}}
	f.Fuzz(func(t *testing.T, src string) {
		body := generator.Body{Src: src, Pos: generator.Position{File: "f.tmpl", Line: 1}}
		tm, err := Parse(body)
		if err != nil {
			return
		}
		body.Tmpl = tm
		start := time.Now()
		out, err := Execute(body, &Env{Lang: generator.Ukrainian}, data)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%q ran for %v with a budget of %v", src, d, TimeBudget)
		}
		if err == nil && len(out) > MaxText {
			t.Errorf("%q wrote %d bytes", src, len(out))
		}
	})
}
