package web

import (
	"encoding/json"
	"html/template"
	"slices"
	"sort"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/explore"
)

// funcs are the template functions: translation takes the page's language from the data.
var funcs = template.FuncMap{
	"t":      func(ui, key string) string { return tr(ui, key) },
	"tf":     func(ui, prefix, key string) string { return tr(ui, prefix+"."+key) },
	"count":  count,
	"join":   strings.Join,
	"field":  fieldID,
	"has":    func(list []string, s string) bool { return slices.Contains(list, s) },
	"w":      word,
	"option": option,
	"rating": explore.Rating,
	"list":   func(s ...string) []string { return s },
	"crumb":  func(ui, c string) map[string]string { return map[string]string{"UI": ui, "Crumb": c} },
	"json": func(v any) template.JS {
		b, _ := json.Marshal(v)
		return template.JS(b)
	},
}

// editorView is what the editor page shows.
type editorView struct {
	UI         string
	Token      string
	State      *State
	Forms      []string
	Scopes     []string
	Langs      []string
	Parties    []partyView
	Families   []familyView
	Customs    []customView
	Order      []string // entry keys in the spec's order
	Preview    *previewView
	Undo       string // the state before the last quick fix, encoded
	Notice     string
	NoticeTone string   // bad (default) or info
	Others     []string // other specs, for Compare
}

type partyView struct {
	Code, Name string
	Guarantor  bool
}

type familyView struct {
	Name    string
	Clauses []clauseView
}

type clauseView struct {
	ID, Title, Summary, Section string
	Forms                       []string
	Requires                    []string // ticked with it (app.js), as the spec needs them
	Allowed, Used               bool
	Option, Credibility         string
	Feasibility                 string
	Params                      []paramView
}

type paramView struct {
	Name, Field, Type, Value, Desc, Limits string
	Min, Max                               *int
	Allowed                                []string
	Checked                                bool
}

type customView struct {
	ID, Section string
	Title, Text map[string]string
}

// editorOf builds the editor's view of a state.
func (s *Server) editorOf(ui string, st *State) *editorView {
	v := &editorView{UI: ui, State: st, Forms: []string{"treaty", "mou", "declaration"},
		Scopes: []string{"ceasefire", "peace"}, Langs: []string{"en", "uk"}}
	cat := s.project.Loader.Parties
	for _, code := range cat.Codes() {
		p := cat[code]
		name := p.Names[generator.Lang(ui)].Nom
		v.Parties = append(v.Parties, partyView{Code: code, Name: name, Guarantor: slices.Contains(st.Guarantors, code)})
	}
	for _, g := range st.Guarantors { // inline parties the catalogue does not know
		if _, ok := cat[g]; !ok {
			v.Parties = append(v.Parties, partyView{Code: g, Name: g, Guarantor: true})
		}
	}
	families := map[string]*familyView{}
	var names []string
	for _, c := range s.project.Library.Clauses() {
		f, ok := families[c.Category]
		if !ok {
			f = &familyView{Name: c.Category}
			families[c.Category] = f
			names = append(names, c.Category)
		}
		f.Clauses = append(f.Clauses, clauseViewOf(c, st, ui))
	}
	sort.Strings(names)
	for _, n := range names {
		v.Families = append(v.Families, *families[n])
	}
	for _, e := range st.Clauses {
		v.Order = append(v.Order, e.Key())
		if c := e.Custom; c != nil {
			v.Customs = append(v.Customs, customView{ID: c.ID, Section: c.Section, Title: c.Title, Text: c.Text})
		}
	}
	return v
}

func clauseViewOf(c *generator.Clause, st *State, ui string) clauseView {
	i, used := st.uses(c.ID)
	cv := clauseView{ID: c.ID, Title: c.Title[generator.Lang(ui)], Summary: c.Summary, Section: string(c.Section),
		Allowed: c.AllowedIn(generator.Form(st.Form)), Used: used, Option: c.Properties.Option,
		Credibility: c.Properties.Credibility, Feasibility: c.Properties.Feasibility, Requires: c.Requires}
	if cv.Title == "" {
		cv.Title = c.Title[generator.English]
	}
	for _, f := range c.Forms {
		cv.Forms = append(cv.Forms, string(f))
	}
	for _, p := range c.Params {
		pv := paramView{Name: p.Name, Field: "p." + c.ID + "." + p.Name, Type: string(p.Type),
			Desc: p.Description, Limits: p.AllowedText(), Min: p.Min, Max: p.Max, Value: fmtValue(p.Default)}
		if used {
			if val, ok := st.Clauses[i].With[p.Name]; ok {
				pv.Value = val
			}
		}
		for _, a := range p.Allowed {
			pv.Allowed = append(pv.Allowed, fmtValue(a))
		}
		pv.Checked = pv.Value == "true"
		cv.Params = append(cv.Params, pv)
	}
	return cv
}
