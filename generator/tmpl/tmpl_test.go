package tmpl

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

func TestSpellAndPlural(t *testing.T) {
	tests := []struct {
		lang generator.Lang
		n    int
		word string
		noun string
	}{
		{generator.English, 1, "one", "year"},
		{generator.English, 15, "fifteen", "years"},
		{generator.English, 21, "twenty-one", "years"},
		{generator.Ukrainian, 1, "один", "рік"},
		{generator.Ukrainian, 3, "три", "роки"},
		{generator.Ukrainian, 12, "дванадцять", "років"},
		{generator.Ukrainian, 15, "пʼятнадцять", "років"},
		{generator.Ukrainian, 20, "двадцять", "років"},
		{generator.Ukrainian, 22, "двадцять два", "роки"},
		{generator.Ukrainian, 31, "тридцять один", "рік"},
		{generator.Ukrainian, 120, "сто двадцять", "років"},
		{generator.Ukrainian, 168, "сто шістдесят вісім", "годин"},
		{generator.Ukrainian, 200, "двісті", "років"},
		{generator.English, 168, "one hundred and sixty-eight", "hours"},
		{generator.English, 500, "five hundred", "years"},
		{generator.English, 1000, "1000", "years"},
	}
	for _, tt := range tests {
		e := &Env{Lang: tt.lang}
		forms := []string{"year", "years"}
		if tt.noun == "hours" {
			forms = []string{"hour", "hours"}
		}
		if tt.lang == generator.Ukrainian {
			forms = []string{"рік", "роки", "років"}
		}
		if tt.noun == "годин" {
			forms = []string{"година", "години", "годин"}
		}
		noun, _ := e.plural(tt.n, forms...)
		if got := e.spell(tt.n); got != tt.word || noun != tt.noun {
			t.Errorf("%s %d: got %q %q, want %q %q", tt.lang, tt.n, got, noun, tt.word, tt.noun)
		}
	}
}

func TestRenderForbidsUnsafeFunctions(t *testing.T) {
	for _, src := range []string{`{{ env "HOME" }}`, `{{ now }}`, `{{ randAlpha 5 }}`, `{{ repeat 9 "x" }}`, `{{ readFile "/etc/passwd" }}`} {
		_, err := Parse(generator.Body{Src: src, Pos: generator.Position{File: "c.md", Line: 3}})
		if err == nil || !strings.Contains(err.Error(), "not defined") {
			t.Errorf("%s: want 'not defined', got %v", src, err)
		}
	}
}

func TestExecuteErrorsArePlaced(t *testing.T) {
	body := generator.Body{Src: "line one\n{{ .Missing }}", Pos: generator.Position{File: "c.md", Line: 10}}
	_, err := Render(body, &Env{Lang: generator.English}, map[string]any{})
	if err == nil || !strings.HasPrefix(err.Error(), "c.md:11:") {
		t.Fatalf("want an error at c.md:11, got %v", err)
	}
}

func TestOutputIsCapped(t *testing.T) {
	body := generator.Body{Src: `{{ range $i := .N }}{{ $.S }}{{ end }}`, Pos: generator.Position{File: "c.md", Line: 1}}
	data := map[string]any{"N": make([]int, 2000), "S": strings.Repeat("x", 1000)}
	if _, err := Render(body, &Env{}, data); err == nil || !strings.Contains(err.Error(), "the draft's text exceeds 256 KiB") {
		t.Fatalf("want the output cap, got %v", err)
	}
}

// Lists end with "and"; in Ukrainian with «і» between consonants and «та» next to a vowel.
func TestJoinAnd(t *testing.T) {
	for _, tt := range []struct {
		items []string
		and   string
		want  string
	}{
		{[]string{"France"}, "and", "France"},
		{[]string{"France", "Germany", "Poland"}, "and", "France, Germany and Poland"},
		{[]string{"Польща", "Ірландія"}, "і", "Польща та Ірландія"},
		{[]string{"українською", "англійською"}, "і", "українською та англійською"},
		{[]string{"Франція", "Німеччина"}, "і", "Франція і Німеччина"},
		{[]string{"Велика Британія та Північна Ірландія", "Естонія"}, "і", "Велика Британія та Північна Ірландія і Естонія"},
	} {
		if got := JoinAnd(tt.items, tt.and); got != tt.want {
			t.Errorf("JoinAnd(%q) = %q, want %q", tt.items, got, tt.want)
		}
	}
}
