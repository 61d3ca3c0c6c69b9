package library

import (
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// front is the front matter of a clause file, decoded strictly.
type front struct {
	ID         string               `yaml:"id"`
	Title      map[string]string    `yaml:"title"`
	Category   string               `yaml:"category"`
	Summary    string               `yaml:"summary"`
	Section    string               `yaml:"section"`
	Forms      []string             `yaml:"forms"`
	Params     map[string]paramDef  `yaml:"params"`
	Requires   []string             `yaml:"requires"`
	Conflicts  []string             `yaml:"conflicts"`
	Suggests   []string             `yaml:"suggests"`
	Properties generator.Properties `yaml:"properties"`
	Sources    []string             `yaml:"sources"`
	Annexes    []annexDef           `yaml:"annexes"`
}

type annexDef struct {
	ID    string            `yaml:"id"`
	Title map[string]string `yaml:"title"`
	Text  map[string]string `yaml:"text"`
}

// parseClause reads one clause file. rel is its path inside the library (e.g.
// "defence/art5-style.md"), display the path shown in errors.
func parseClause(rel, display string, src []byte) (*generator.Clause, *decode.File, error) {
	if err := decode.CheckUTF8(display, src, 0); err != nil {
		return nil, nil, err
	}
	cs, errs := split(display, src)
	if cs == nil {
		return nil, nil, errs.Err()
	}
	f, err := decode.Parse(display, cs.front, cs.frontLine)
	if err != nil {
		errs.Merge(err)
		return nil, nil, errs.Err()
	}
	var fm front
	if err := f.Decode(&fm); err != nil {
		errs.Merge(err)
		return nil, nil, errs.Err()
	}
	c := &generator.Clause{
		ID: fm.ID, Category: fm.Category, Summary: strings.TrimSpace(fm.Summary),
		Section: generator.Section(fm.Section), Requires: fm.Requires, Conflicts: fm.Conflicts,
		Suggests: fm.Suggests, Properties: fm.Properties, Sources: fm.Sources,
		Pos:  generator.Position{File: display, Line: 1, Col: 1},
		Hash: generator.Hash(src),
	}
	checkIdentity(f, &fm, rel, &errs)
	c.Title = checkTitle(f, fm.Title, &errs)
	c.Forms = checkForms(f, fm.Forms, &errs)
	c.Params = checkParams(f, fm.Params, &errs)
	checkProperties(f, &c.Properties, c, &errs)
	c.Texts = texts(f, cs.sections, c, &errs)
	c.Annexes = checkAnnexes(f, fm.Annexes, c, &errs)
	for lang := range c.Texts {
		if _, ok := c.Title[lang]; !ok {
			errs.Addf(f.KeyPos("title"), "title has no %q text, but the clause has a %q body", lang, lang)
		}
	}
	return c, f, errs.Err()
}

// clauseID is <category>/<name> in lower case.
var clauseID = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9._-]*$`)

func checkIdentity(f *decode.File, fm *front, rel string, errs *generator.ErrorList) {
	dir := path.Dir(rel)
	want := strings.TrimSuffix(rel, path.Ext(rel))
	switch {
	case fm.ID == "":
		errs.Addf(f.Pos(nil), "missing id").WithHint("add id: %s", want)
	case !strings.HasPrefix(fm.ID, dir+"/") || !clauseID.MatchString(fm.ID):
		errs.Addf(f.PosOf("id"), "id %q is not <category>/<name> within the clause's folder %q", fm.ID, dir+"/").
			WithHint("ids are <category>/<name>, e.g. %q", want)
	}
	if fm.Category != dir {
		errs.Addf(f.PosOf("category"), "category %q does not match the folder %q", fm.Category, dir)
	}
	if fm.Summary == "" {
		errs.Addf(f.Pos(nil), "missing summary").WithHint("one line for `guarantor clauses`")
	}
	if !generator.Section(fm.Section).Valid() {
		errs.Addf(f.PosOf("section"), "section %q is not one of preamble, operative, final", fm.Section)
	}
}

func checkTitle(f *decode.File, title map[string]string, errs *generator.ErrorList) map[generator.Lang]string {
	out := map[generator.Lang]string{}
	if len(title) == 0 {
		errs.Addf(f.Pos(nil), "missing title").WithHint("title: {en: ..., uk: ...}")
	}
	for l, t := range title {
		if !generator.Lang(l).Valid() {
			errs.Addf(f.KeyPos("title", l), "unknown language %q", l).WithHint("languages are en, uk")
			continue
		}
		out[generator.Lang(l)] = strings.TrimSpace(t)
	}
	return out
}

func checkForms(f *decode.File, forms []string, errs *generator.ErrorList) []generator.Form {
	if len(forms) == 0 {
		errs.Addf(f.Pos(nil), "missing forms").WithHint("forms: [treaty, mou, declaration]")
	}
	var out []generator.Form
	for i, s := range forms {
		if !generator.Form(s).Valid() {
			errs.Addf(f.PosOf("forms", i), "unknown form %q", s).WithHint("forms are treaty, mou, declaration")
			continue
		}
		out = append(out, generator.Form(s))
	}
	return out
}

// texts parses each language section as a template and files it by language and form.
func texts(f *decode.File, secs []section, c *generator.Clause, errs *generator.ErrorList) map[generator.Lang]*generator.Text {
	out := map[generator.Lang]*generator.Text{}
	if len(secs) == 0 {
		errs.Addf(f.Pos(nil), "clause has no text").WithHint(`add "-- en --" and "-- uk --" sections`)
	}
	for _, s := range secs {
		if !s.lang.Valid() {
			errs.Addf(s.pos, "unknown language %q", s.lang).WithHint("languages are en, uk")
			continue
		}
		if s.form != "" && !slices.Contains(c.Forms, s.form) {
			errs.Addf(s.pos, "override for form %q, which the clause does not allow", s.form)
			continue
		}
		if strings.TrimSpace(s.body.Src) == "" {
			errs.Addf(s.pos, "empty %s text", s.lang)
			continue
		}
		t, err := tmpl.Parse(s.body)
		if err != nil {
			errs.Merge(err)
			continue
		}
		s.body.Tmpl = t
		txt := out[s.lang]
		if txt == nil {
			txt = &generator.Text{ByForm: map[generator.Form]generator.Body{}}
			out[s.lang] = txt
		}
		if !file(txt, s) {
			errs.Addf(s.pos, "second %s text%s", s.lang, formSuffix(s.form))
		}
	}
	for l, t := range out {
		if t.Body.Src == "" && len(t.ByForm) < len(c.Forms) {
			errs.Addf(f.Pos(nil), "the %s text covers only some forms", l).WithHint(`add a "-- %s --" section`, l)
		}
	}
	return out
}

func file(txt *generator.Text, s section) bool {
	if s.form == "" {
		if txt.Body.Src != "" {
			return false
		}
		txt.Body = s.body
		return true
	}
	if _, dup := txt.ByForm[s.form]; dup {
		return false
	}
	txt.ByForm[s.form] = s.body
	return true
}

func formSuffix(f generator.Form) string {
	if f == "" {
		return ""
	}
	return " for " + string(f)
}
