package spec_test

import (
	"os"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/spec"
)

// Each mistake a drafter commonly makes gets a message in the spec's terms, at its place, with
// a hint; and every such problem of the file is reported, not the first.
func TestDrafterMessages(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		not  []string
	}{
		{"shapes: every one, in the spec's terms",
			strings.NewReplacer("languages: [en, uk]", "languages: en", "guarantors: [FR]", "guarantors: FR").Replace(header) +
				"clauses:\n  use: defence/weak\n",
			[]string{"s.yaml:3:12: languages is a list, not a single value", "write `languages: [en, uk]`",
				"s.yaml:4:40: parties.guarantors is a list, not a single value", "write `guarantors: [FR, GB]`",
				"s.yaml:9:3: clauses is a list, not a mapping", "`- use: defence/art5-style`"},
			[]string{"sequence is expected"}},
		{"a list where a mapping belongs", strings.Replace(header, "title: {en: T, uk: Т}", "title: [T, Т]", 1) + "clauses:\n  - use: defence/weak\n",
			[]string{"s.yaml:1:8: title is a mapping (key: value lines), not a list", "write `title: {en: ..., uk: ...}`"}, nil},
		{"shape error and unknown key together", strings.Replace(header, "languages: [en, uk]", "languages: en\nlangauge: x", 1) + "clauses:\n  - use: defence/weak\n",
			[]string{"s.yaml:3:12: languages is a list", `s.yaml:4:1: unknown key "langauge"`}, nil},
		{"tab", "title:\n\ten: T\n",
			[]string{"s.yaml:2:1: a tab character here", "replace the tab with spaces"}, []string{"cannot start any token"}},
		{"second colon", "title: en: T\n",
			[]string{"s.yaml:1:8: a second ': ' on one line", "quote text that contains ': '"}, []string{"not allowed in this context"}},
		{"unclosed list", "parties: {guarantors: [FR, GB}\n",
			[]string{"is not closed"}, nil},
		{"duplicate key", header + "form: mou\nclauses:\n  - use: defence/weak\n",
			[]string{`s.yaml:8:1: key "form" appears twice in this mapping (first at line 2)`, "keep one of the two"}, nil},
		{"missing keys name a line", "title: {en: T, uk: Т}\nclauses:\n  - use: defence/weak\n",
			[]string{"s.yaml:1:1: missing form", "s.yaml:1:1: missing languages", "s.yaml:1:1: missing date"}, nil},
		{"byte-order mark", "\ufeff" + header + "clauses:\n  - use: defence/weak\n  - use: nope/x\n",
			[]string{`unknown clause "nope/x"`}, []string{`\ufeff`, "unknown key"}},
		{"party alias", strings.Replace(header, "guarantors: [FR]", "guarantors: [UK, fr]", 1) + "clauses:\n  - use: defence/weak\n",
			[]string{`unknown party "UK"`, `did you mean "GB"?`, `unknown party "fr"`, `did you mean "FR"?`, "`guarantor parties`"},
			[]string{"parties.yaml"}},
		{"template column counts from the file", header + "clauses:\n  - custom:\n      id: custom/x\n      section: operative\n" +
			"      title: {en: X, uk: Х}\n      text:\n        en: |\n          The parties {{ .Nope\n        uk: 'Сторони {{ .Nope'\n",
			[]string{"s.yaml:15:23:", "s.yaml:16:22:"}, nil},
	}
	l := loader(t)
	real, err := spec.LoadParties(os.DirFS("../../templates"), "parties.yaml", "parties.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l.Parties = real
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := l.Load("s.yaml", []byte(tt.src))
			if err == nil {
				t.Fatal("loaded without error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q; got:\n%v", w, err)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(err.Error(), n) {
					t.Errorf("error has %q; got:\n%v", n, err)
				}
			}
		})
	}
}
