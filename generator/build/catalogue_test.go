package build_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Every library clause renders in every form it allows and in both languages, with no template
// syntax left, in the vocabulary of the form, and in Ukrainian where it claims to be Ukrainian.
func TestCatalogueRendersEverywhere(t *testing.T) {
	p := project(t)
	for _, c := range p.Library.Clauses() {
		for _, form := range c.Forms {
			for _, scope := range []string{"ceasefire", "peace"} {
				renderOne(t, p, c, form, scope)
			}
		}
	}
}

func renderOne(t *testing.T, p *build.Project, c *generator.Clause, form generator.Form, scope string) {
	t.Helper()
	src := catalogueSpec(p.Library.Get, c, form, scope)
	in, err := p.Loader.Load("catalogue/"+c.ID+".yaml", []byte(src))
	if err != nil {
		t.Errorf("%s in a %s: %v\nspec:\n%s", c.ID, form, err, src)
		return
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		t.Errorf("%s in a %s: %v", c.ID, form, err)
		return
	}
	for _, a := range d.Articles {
		if a.Use.Clause.ID != c.ID {
			continue
		}
		for _, l := range []generator.Lang{"en", "uk"} {
			checkRendered(t, fmt.Sprintf("%s (%s, %s, %s)", c.ID, form, scope, l), form, l, a.Text[l])
		}
	}
}

// The English and Ukrainian texts of every library clause say the same thing as far as the
// divergence check (G509) can read: the same paragraphs and lettered points, numbers, durations
// and references, in every form the clause allows, for both scopes and for every allowed value
// of each of its enumerated and boolean parameters.
func TestCatalogueTextsAgree(t *testing.T) {
	p := project(t)
	for _, c := range p.Library.Clauses() {
		for _, form := range c.Forms {
			for _, scope := range []string{"ceasefire", "peace"} {
				for _, with := range variants(c) {
					src := withParam(catalogueSpec(p.Library.Get, c, form, scope), with)
					what := fmt.Sprintf("%s (%s, %s; %s)", c.ID, form, scope, with)
					in, err := p.Loader.Load("catalogue/"+c.ID+".yaml", []byte(src))
					if err != nil {
						t.Errorf("%s: %v\nspec:\n%s", what, err, src)
						continue
					}
					d, err := p.Kit.Assemble(in)
					if err != nil {
						t.Errorf("%s: %v", what, err)
						continue
					}
					for _, a := range d.Articles {
						if a.Use.Clause.ID != c.ID {
							continue
						}
						if why := review.Diverges(a, in.Languages); why != "" {
							t.Errorf("%s: %s\n--- en\n%s\n--- uk\n%s", what, why, a.Text["en"], a.Text["uk"])
						}
					}
				}
			}
		}
	}
}

// withParam adds "name: value" to the with of the spec's last clause (the clause under test).
func withParam(spec, with string) string {
	if with == "" {
		return spec
	}
	lines := strings.Split(strings.TrimSuffix(spec, "\n"), "\n")
	last := lines[len(lines)-1]
	if strings.HasPrefix(last, "    with: {") {
		lines[len(lines)-1] = strings.TrimSuffix(last, "}") + ", " + with + "}"
	} else {
		lines = append(lines, "    with: {"+with+"}")
	}
	return strings.Join(lines, "\n") + "\n"
}

// variants are the "name: value" pairs that try each allowed value of the clause's enumerated
// and boolean parameters in turn; the first is empty (the defaults).
func variants(c *generator.Clause) []string {
	out := []string{""}
	for _, prm := range c.Params {
		var values []string
		switch {
		case len(prm.Allowed) > 0:
			for _, v := range prm.Allowed {
				if str, ok := v.(string); ok {
					values = append(values, fmt.Sprintf("%q", str))
				} else {
					values = append(values, fmt.Sprint(v))
				}
			}
		case prm.Type == generator.BoolParam:
			values = []string{"true", "false"}
		}
		for _, v := range values {
			out = append(out, prm.Name+": "+v)
		}
	}
	return out
}

// Every parameter default lies within the parameter's own limits.
func TestCatalogueDefaultsWithinLimits(t *testing.T) {
	p := project(t)
	for _, c := range p.Library.Clauses() {
		for _, prm := range c.Params {
			if prm.Default == nil {
				continue
			}
			if _, err := prm.Check(prm.Default); err != nil {
				t.Errorf("%s: default of %s: %v", c.ID, prm.Name, err)
			}
		}
		for _, links := range [][]string{c.Requires, c.Conflicts, c.Suggests} {
			for _, id := range links {
				if p.Library.Get(id) == nil {
					t.Errorf("%s links to %s, which is not in the library", c.ID, id)
				}
			}
		}
		if len(c.Texts) < 2 || c.Summary == "" || c.Title["en"] == "" || c.Title["uk"] == "" {
			t.Errorf("%s: needs English and Ukrainian text and titles and a summary", c.ID)
		}
	}
}

var (
	leftover = regexp.MustCompile(`\{\{|\}\}|<no value>|%!|\$[a-z]`)
	// Words of the other form's vocabulary that must not appear in a clause's rendering.
	foreign = map[generator.Lang]map[generator.Form]*regexp.Regexp{
		"en": {
			"treaty":      regexp.MustCompile(`\bParticipants?\b`),
			"mou":         regexp.MustCompile(`\b(shall|Parties|Party|enters? into force)\b`),
			"declaration": regexp.MustCompile(`\b(shall|Parties|Party|enters? into force)\b`),
		},
		"uk": {
			"treaty":      regexp.MustCompile(`Учасник`),
			"mou":         regexp.MustCompile(`Сторон|Сторін|зобовʼязу|набира\p{L}* чинності`),
			"declaration": regexp.MustCompile(`Сторон|Сторін|зобовʼязу|набира\p{L}* чинності`),
		},
	}
)

func checkRendered(t *testing.T, what string, form generator.Form, l generator.Lang, text string) {
	t.Helper()
	if strings.TrimSpace(text) == "" {
		t.Errorf("%s: renders empty", what)
		return
	}
	if m := leftover.FindString(text); m != "" {
		t.Errorf("%s: template residue %q in:\n%s", what, m, text)
	}
	if m := foreign[l][form].FindString(text); m != "" {
		t.Errorf("%s: %q is not the vocabulary of a %s:\n%s", what, m, form, text)
	}
	if l == "uk" {
		if share := cyrillicShare(text); share < 0.8 {
			t.Errorf("%s: only %.0f%% of the letters are Cyrillic:\n%s", what, share*100, text)
		}
	}
}

// cyrillicShare is the share of letters that are Cyrillic, ignoring Latin abbreviations such as
// "NATO" that Ukrainian legal text keeps.
func cyrillicShare(s string) float64 {
	var letters, cyr int
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Cyrillic, r) {
			cyr++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(cyr) / float64(letters)
}

// catalogueSpec writes a spec that uses the clause with everything it requires, in form, with a
// value for every param that has no default.
func catalogueSpec(get func(string) *generator.Clause, c *generator.Clause, form generator.Form, scope string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: {en: Catalogue test, uk: Перевірка каталогу}\nform: %s\nscope: %s\nlanguages: [en, uk]\n", form, scope)
	b.WriteString("parties: {beneficiary: UA, guarantors: [GB, FR], adversary: RU}\ndate: 2026-11-22\n")
	b.WriteString("place: {en: Kyiv, uk: {nom: Київ, loc: Києві}}\nclauses:\n")
	seen := map[string]bool{}
	var add func(c *generator.Clause)
	add = func(c *generator.Clause) {
		if seen[c.ID] {
			return
		}
		seen[c.ID] = true
		for _, r := range c.Requires {
			if rc := get(r); rc != nil {
				add(rc)
			}
		}
		fmt.Fprintf(&b, "  - use: %s\n", c.ID)
		var with []string
		for _, prm := range c.Params {
			if prm.Required() {
				with = append(with, fmt.Sprintf("%s: %v", prm.Name, sampleValue(prm)))
			}
		}
		if len(with) > 0 {
			fmt.Fprintf(&b, "    with: {%s}\n", strings.Join(with, ", "))
		}
	}
	add(c)
	return b.String()
}

func sampleValue(p *generator.Param) any {
	switch {
	case len(p.Allowed) > 0:
		return p.Allowed[0]
	case p.Min != nil:
		return *p.Min
	case p.Type == generator.BoolParam:
		return true
	case p.Type == generator.IntParam:
		return 1
	}
	return "sample"
}
