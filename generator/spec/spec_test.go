package spec_test

import (
	"os"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

func loader(t testing.TB) *spec.Loader {
	t.Helper()
	lib, err := library.Load(os.DirFS("../testdata/clauses"), "clauses")
	if err != nil {
		t.Fatal(err)
	}
	parties, err := spec.LoadParties(os.DirFS("../testdata"), "parties.yaml", "parties.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return &spec.Loader{Library: lib, Parties: parties}
}

const header = `title: {en: T, uk: Т}
form: treaty
languages: [en, uk]
parties: {beneficiary: UA, guarantors: [FR], adversary: RU}
scope: peace
date: 2026-11-22
place: {en: Kyiv, uk: {nom: Київ, loc: Києві}}
`

func TestLoadGood(t *testing.T) {
	src, err := os.ReadFile("../testdata/specs/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in, err := loader(t).Load("good.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	if in.Name != "good" || len(in.Uses) != 5 || in.Uses[3].Params["years"] != 15 {
		t.Errorf("got name %q, %d clauses, years=%v", in.Name, len(in.Uses), in.Uses[3].Params["years"])
	}
	if got := in.Date.Format("2006-01-02"); got != "2026-11-22" {
		t.Errorf("date = %s", got)
	}
}

// Each bad spec must fail with every listed message, each with its file:line:col.
func TestLoadBad(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []string
	}{
		{"unknown clause with did-you-mean", "s.yaml", header + "clauses:\n  - use: defence/strng\n",
			[]string{`s.yaml:9:10: unknown clause "defence/strng"`, `did you mean "defence/strong"?`}},
		{"param outside allowed values", "s.yaml", header + "clauses:\n  - use: duration/term\n    with: {years: 17}\n",
			[]string{`s.yaml:10:19: param "years" of "duration/term": 17 is not allowed; allowed: 15, 20`}},
		{"param of the wrong type", "s.yaml", header + "clauses:\n  - use: duration/term\n    with: {years: twenty}\n",
			[]string{`s.yaml:10:19: param "years" of "duration/term": want int, got the string "twenty"`}},
		{"unknown param", "s.yaml", header + "clauses:\n  - use: duration/term\n    with: {yeras: 20}\n",
			[]string{`s.yaml:10:12: clause "duration/term" has no param "yeras"`, `did you mean "years"?`}},
		{"missing required param", "s.yaml", strings.Replace(header, "languages: [en, uk]", "languages: [en]", 1) +
			"clauses:\n  - use: extra/needs\n",
			[]string{`s.yaml:9:5: clause "extra/needs" needs param "days" (Days to act.)`}},
		{"clause not allowed in the form", "s.yaml", strings.Replace(header, "form: treaty", "form: mou", 1) +
			"clauses:\n  - use: final/ratify\n",
			[]string{`s.yaml:9:5: clause "final/ratify" is not allowed in a memorandum of understanding`, "it may appear in: treaty"}},
		{"conflicting clauses", "s.yaml", header + "clauses:\n  - use: definitions/attack\n  - use: defence/weak\n  - use: defence/strong\n",
			[]string{`s.yaml:11:5: clause "defence/strong" conflicts with "defence/weak"`}},
		{"required clause missing", "s.yaml", header + "clauses:\n  - use: defence/strong\n",
			[]string{`s.yaml:9:5: clause "defence/strong" requires "definitions/attack"`, "add `- use: definitions/attack`"}},
		{"misspelt key", "s.yaml", header + "clauses:\n  - use: defence/weak\n    wiht: {a: 1}\nsupress: []\n",
			[]string{`s.yaml:10:5: unknown key "wiht"`, `did you mean "with"?`, `s.yaml:11:1: unknown key "supress"`, `did you mean "suppress"?`}},
		{"language a clause lacks", "s.yaml", header + "clauses:\n  - use: extra/needs\n    with: {days: 3}\n",
			[]string{`s.yaml:9:5: clause "extra/needs" has no uk text`}},
		{"empty spec", "s.yaml", "# nothing here\n", []string{`s.yaml:1:1: empty spec`}},
		{"not UTF-8", "s.yaml", header + "clauses:\n  - use: defence/weak # caf\xe9\n",
			[]string{`s.yaml:9:28: file is not valid UTF-8 (byte 0xe9)`}},
		{"name escaping the output folder", "s.yaml", "name: ../../etc\n" + header + "clauses:\n  - use: defence/weak\n",
			[]string{`s.yaml:1:7: spec name "../../etc" would write outside the output folder`}},
		{"file name escaping the output folder", "..yaml", header + "clauses:\n  - use: defence/weak\n",
			[]string{`spec name "." would write outside the output folder`}},
		{"unknown party and form", "s.yaml", strings.NewReplacer("guarantors: [FR]", "guarantors: [FRA]", "form: treaty", "form: traety").Replace(header) +
			"clauses:\n  - use: defence/weak\n",
			[]string{`s.yaml:2:7: unknown form "traety"`, `did you mean "treaty"?`, `s.yaml:4:41: unknown party "FRA"`}},
		{"custom clause problems", "s.yaml", header + "clauses:\n  - custom:\n      id: defence/weak\n      section: middle\n      text: {en: 'x {{ .Nope '}\n",
			[]string{`s.yaml:10:11: custom id "defence/weak" is already a library clause`, `section "middle"`, `text has no "uk" text`, `s.yaml:12:`}},
		{"all problems at once", "s.yaml", strings.Replace(header, "date: 2026-11-22", "date: 22/11/2026", 1) +
			"clauses:\n  - use: nope/x\n  - use: duration/term\n    with: {years: 17}\n",
			[]string{`s.yaml:6:7: date "22/11/2026" is not a date`, `unknown clause "nope/x"`, `17 is not allowed`}},
		{"a misspelt key does not hide the other problems", "s.yaml", strings.Replace(header, "languages:", "langauges:", 1) +
			"clauses:\n  - use: nope/x\n  - use: duration/term\n    with: {years: 17}\n",
			[]string{`s.yaml:3:1: unknown key "langauges"`, `did you mean "languages"?`, `unknown clause "nope/x"`, `17 is not allowed`}},
	}
	l := loader(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := l.Load(tt.file, []byte(tt.src))
			if err == nil {
				t.Fatal("loaded without error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q; got:\n%v", w, err)
				}
			}
			if strings.Contains(tt.src, "langauges") && strings.Contains(err.Error(), "missing languages") {
				t.Errorf("a misspelt key is also reported missing:\n%v", err)
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	for _, p := range []string{"../testdata/specs/good.yaml"} {
		src, _ := os.ReadFile(p)
		f.Add(src)
	}
	f.Add([]byte(header + "clauses:\n  - use: duration/term\n    with: {years: 17}\n"))
	l := loader(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		in, err := l.Load("fuzz.yaml", src)
		if err == nil && in == nil {
			t.Fatal("no instrument and no error")
		}
	})
}
