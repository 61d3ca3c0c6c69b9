package web

import (
	"fmt"
	"strings"

	"github.com/goccy/go-yaml"

	"github.com/guarantor-dev/guarantor/generator"
)

// State is what the editor shows and edits: a spec as plain values, in the order of the file.
// It travels in the editor's form, so the server keeps no state between requests.
type State struct {
	Name        string                    `json:"name"` // the spec's file name in the folder
	Base        string                    `json:"base"` // hash of the file as loaded, for Save
	Title       map[string]string         `json:"title"`
	ShortTitle  map[string]string         `json:"short_title"`
	Form        string                    `json:"form"`
	Languages   []string                  `json:"languages"`
	Prevails    string                    `json:"prevails"`
	Beneficiary string                    `json:"beneficiary"`
	Guarantors  []string                  `json:"guarantors"`
	Adversary   string                    `json:"adversary"`
	Scope       string                    `json:"scope"`
	Date        string                    `json:"date"`
	Place       map[string]generator.Name `json:"place"`
	Clauses     []Entry                   `json:"clauses"`
	Suppress    []Suppression             `json:"suppress"`
}

// Entry is one clause of the spec: a library clause with its parameter values as typed in the
// form, or a custom clause.
type Entry struct {
	Use    string            `json:"use,omitempty"`
	With   map[string]string `json:"with,omitempty"`
	Custom *Custom           `json:"custom,omitempty"`
}

// Key identifies the entry in the form and in the file: the clause id.
func (e Entry) Key() string {
	if e.Custom != nil {
		return e.Custom.ID
	}
	return e.Use
}

// Custom is a drafter's own clause: a title and a text per language. Its properties are kept
// from the file as they are.
type Custom struct {
	ID      string            `json:"id"`
	Section string            `json:"section"`
	Title   map[string]string `json:"title"`
	Text    map[string]string `json:"text"`
}

// Suppression silences a rule, with its mandatory reason.
type Suppression struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
}

// specDoc is a spec file decoded leniently, for the editor: the loader judges it strictly.
type specDoc struct {
	Title     map[string]string `yaml:"title"`
	Short     map[string]string `yaml:"short_title"`
	Form      string            `yaml:"form"`
	Languages []string          `yaml:"languages"`
	Prevails  string            `yaml:"prevails"`
	Parties   struct {
		Beneficiary any   `yaml:"beneficiary"`
		Guarantors  []any `yaml:"guarantors"`
		Adversary   any   `yaml:"adversary"`
	} `yaml:"parties"`
	Scope   string                    `yaml:"scope"`
	Date    string                    `yaml:"date"`
	Place   map[string]generator.Name `yaml:"place"`
	Clauses []struct {
		Use    string         `yaml:"use"`
		With   map[string]any `yaml:"with"`
		Custom *struct {
			ID      string            `yaml:"id"`
			Section string            `yaml:"section"`
			Title   map[string]string `yaml:"title"`
			Text    map[string]string `yaml:"text"`
		} `yaml:"custom"`
	} `yaml:"clauses"`
	Suppress []Suppression `yaml:"suppress"`
}

// stateOf reads the spec file src into a State.
func stateOf(name string, src []byte) (*State, error) {
	var d specDoc
	if err := yaml.Unmarshal(src, &d); err != nil {
		return nil, fmt.Errorf("%s: %s", name, yaml.FormatError(err, false, false))
	}
	st := &State{Name: name, Base: generator.Hash(src), Title: d.Title, ShortTitle: d.Short, Form: d.Form,
		Languages: d.Languages, Prevails: d.Prevails, Scope: d.Scope, Date: d.Date, Place: d.Place,
		Beneficiary: partyCode(d.Parties.Beneficiary), Adversary: partyCode(d.Parties.Adversary),
		Suppress: d.Suppress}
	for _, g := range d.Parties.Guarantors {
		st.Guarantors = append(st.Guarantors, partyCode(g))
	}
	for _, c := range d.Clauses {
		e := Entry{Use: c.Use}
		if len(c.With) > 0 {
			e.With = map[string]string{}
			for k, v := range c.With {
				e.With[k] = fmt.Sprint(v)
			}
		}
		if c.Custom != nil {
			e.Custom = &Custom{ID: c.Custom.ID, Section: c.Custom.Section, Title: c.Custom.Title, Text: c.Custom.Text}
		}
		st.Clauses = append(st.Clauses, e)
	}
	st.fill()
	return st, nil
}

// fill makes the maps the editor writes into.
func (st *State) fill() {
	if st.Title == nil {
		st.Title = map[string]string{}
	}
	if st.Place == nil {
		st.Place = map[string]generator.Name{}
	}
	for i := range st.Clauses {
		if c := st.Clauses[i].Custom; c != nil {
			if c.Title == nil {
				c.Title = map[string]string{}
			}
			if c.Text == nil {
				c.Text = map[string]string{}
			}
		}
	}
}

// partyCode returns the code of a party written as a code or inline.
func partyCode(v any) string {
	switch p := v.(type) {
	case string:
		return p
	case map[string]any:
		if c, ok := p["code"].(string); ok {
			return c
		}
	}
	return ""
}

// uses reports whether the spec uses the clause id, and where.
func (st *State) uses(id string) (int, bool) {
	for i, e := range st.Clauses {
		if e.Key() == id {
			return i, true
		}
	}
	return -1, false
}

// hasLang reports whether the spec is drafted in l.
func (st *State) hasLang(l string) bool {
	for _, x := range st.Languages {
		if x == l {
			return true
		}
	}
	return false
}

// clone returns a deep copy, for undo.
func (st *State) clone() *State {
	c := *st
	c.Title = cloneMap(st.Title)
	if st.ShortTitle != nil {
		c.ShortTitle = cloneMap(st.ShortTitle)
	}
	c.Languages = append([]string(nil), st.Languages...)
	c.Guarantors = append([]string(nil), st.Guarantors...)
	c.Place = map[string]generator.Name{}
	for k, v := range st.Place {
		c.Place[k] = v
	}
	c.Clauses = make([]Entry, len(st.Clauses))
	for i, e := range st.Clauses {
		c.Clauses[i] = Entry{Use: e.Use, With: cloneMap(e.With)}
		if e.Custom != nil {
			cu := *e.Custom
			cu.Title, cu.Text = cloneMap(e.Custom.Title), cloneMap(e.Custom.Text)
			c.Clauses[i].Custom = &cu
		}
	}
	c.Suppress = append([]Suppression(nil), st.Suppress...)
	return &c
}

func cloneMap(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// trimmed returns s without surrounding space; for form values.
func trimmed(s string) string { return strings.TrimSpace(s) }
