package library_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guarantor-dev/guarantor/generator/library"
)

const good = `---
id: defence/a
title: {en: A, uk: А}
category: defence
summary: A test clause.
section: operative
forms: [treaty]
---
-- en --
The {{ .Parties }} {{ .Shall }} act.
-- uk --
{{ .Parties }} {{ .Shall }} діяти.
`

func TestLoadFixtureLibrary(t *testing.T) {
	lib, err := library.Load(os.DirFS("../testdata/clauses"), "clauses")
	if err != nil {
		t.Fatal(err)
	}
	c := lib.Get("duration/term")
	if c == nil || len(c.Params) != 1 || c.Params[0].Default != 20 || c.Properties.DurationYears.Param != "years" {
		t.Fatalf("duration/term loaded wrongly: %+v", c)
	}
	if got := lib.Suggest("strong"); got != "defence/strong" {
		t.Errorf("Suggest(strong) = %q", got)
	}
}

// Each bad library must fail with every listed message.
func TestLoadBad(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"unknown key", map[string]string{"defence/a.md": strings.Replace(good, "summary:", "sumary:", 1)},
			[]string{`clauses/defence/a.md:5:1: unknown key "sumary"`, `did you mean "summary"?`}},
		{"duplicate id", map[string]string{"defence/a.md": good, "defence/b.md": good},
			[]string{`clauses/defence/b.md:1:1: duplicate clause id "defence/a"`, "also defined in clauses/defence/a.md"}},
		{"requires naming no clause", map[string]string{"defence/a.md": strings.Replace(good, "forms:", "requires: [defence/nope]\nforms:", 1)},
			[]string{`requires names no clause: "defence/nope"`}},
		{"default outside allowed values", map[string]string{"defence/a.md": strings.Replace(good, "forms:",
			"params:\n  years: {type: int, default: 17, allowed: [15, 20], description: Term.}\nforms:", 1)},
			[]string{`clauses/defence/a.md:8:`, `param "years": default: 17 is not allowed`}},
		{"unknown param type", map[string]string{"defence/a.md": strings.Replace(good, "forms:",
			"params:\n  n: {type: integer, description: N.}\nforms:", 1)},
			[]string{`clauses/defence/a.md:8:`, `type "integer" is not one of int, string, bool`}},
		{"min above max", map[string]string{"defence/a.md": strings.Replace(good, "forms:",
			"params:\n  n: {type: int, min: 5, max: 1, description: N.}\nforms:", 1)},
			[]string{`min 5 is above max 1`}},
		{"template error in a body", map[string]string{"defence/a.md": strings.Replace(good, "{{ .Shall }} діяти", "{{ .Shall діяти", 1)},
			[]string{`clauses/defence/a.md:12:`, "template:"}},
		{"unknown function in a body", map[string]string{"defence/a.md": strings.Replace(good, "act.", `{{ env "HOME" }}`, 1)},
			[]string{`clauses/defence/a.md:10:`, `function "env" not defined`}},
		{"unknown property value", map[string]string{"defence/a.md": strings.Replace(good, "forms:", "properties: {response: automatc}\nforms:", 1)},
			[]string{`properties.response: unknown value "automatc"`, `did you mean "automatic"?`}},
		{"no front matter", map[string]string{"defence/a.md": "-- en --\nx\n"},
			[]string{`clauses/defence/a.md:1:1: clause file must start with a "---" line`}},
		{"id outside its folder", map[string]string{"final/a.md": good},
			[]string{`id "defence/a" is not <category>/<name> within the clause's folder "final/"`, `category "defence" does not match the folder "final"`}},
		{"not UTF-8", map[string]string{"defence/a.md": good + "caf\xe9\n"},
			[]string{`clauses/defence/a.md:13:4: file is not valid UTF-8`}},
		{"id without a name", map[string]string{"defence/a.md": strings.Replace(good, "id: defence/a", "id: defence/", 1)},
			[]string{`id "defence/" is not <category>/<name> within the clause's folder`}},
		{"override for a form not allowed", map[string]string{"defence/a.md": good + "-- en mou --\nx\n"},
			[]string{`clauses/defence/a.md:13:1: override for form "mou", which the clause does not allow`}},
		{"annex without a title in a language", map[string]string{"defence/a.md": strings.Replace(good, "forms:",
			"annexes: [{id: map, title: {en: Map}}]\nforms:", 1)},
			[]string{`clauses/defence/a.md:7:`, `annex "map" has no "uk" title`}},
		{"annex declared twice", map[string]string{"defence/a.md": strings.Replace(good, "forms:",
			"annexes: [{id: map, title: {en: Map, uk: Карта}}, {id: map, title: {en: Map, uk: Карта}}]\nforms:", 1)},
			[]string{`annex "map" is declared twice`}},
		{"every file reported", map[string]string{
			"defence/a.md": strings.Replace(good, "summary:", "sumary:", 1),
			"defence/b.md": strings.NewReplacer("defence/a", "defence/b", "section: operative", "section: middle").Replace(good)},
			[]string{`clauses/defence/a.md:5:1: unknown key`, `clauses/defence/b.md:6:10: section "middle"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, src := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			_, err := library.Load(fsys, "clauses")
			if err == nil {
				t.Fatal("loaded without error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q; got:\n%v", w, err)
				}
			}
		})
	}
}

func FuzzParseClause(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("---\nid: x/y\n---\n-- en --\n{{ .X }}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		lib, err := library.Load(fstest.MapFS{"defence/a.md": &fstest.MapFile{Data: src}}, "clauses")
		if err == nil && len(lib.Clauses()) != 1 {
			t.Fatal("loaded without error but the clause is missing")
		}
	})
}
