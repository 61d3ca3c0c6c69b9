package web

import (
	"net/url"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/library"
)

// The names of the editor's form fields. Library clause parameters are "p.<clause id>.<name>";
// custom clauses "c.<id>.section", "c.<id>.title.<lang>", "c.<id>.text.<lang>".
const (
	fieldEntry = "entry" // the clause ids of the spec in order (hidden, one per entry)
	fieldUse   = "use"   // the checked clauses
)

// stateFromForm reads the editor's form. Clauses keep the spec's order; a newly checked library
// clause goes after the last clause of its family, or at the end.
func stateFromForm(v url.Values, lib *library.Library) *State {
	st := &State{Name: v.Get("name"), Base: v.Get("base"), Form: v.Get("form"), Scope: v.Get("scope"),
		Date: trimmed(v.Get("date")), Prevails: v.Get("prevails"), Beneficiary: v.Get("beneficiary"),
		Adversary: v.Get("adversary"), Title: map[string]string{}, Place: map[string]generator.Name{}}
	for _, l := range v["lang"] {
		if !slices.Contains(st.Languages, l) {
			st.Languages = append(st.Languages, l)
		}
	}
	st.Languages = langOrder(st.Languages)
	for _, g := range v["guarantor"] {
		if g != "" && !slices.Contains(st.Guarantors, g) {
			st.Guarantors = append(st.Guarantors, g)
		}
	}
	for _, l := range []string{"en", "uk"} {
		if t, ok := v["title."+l]; ok && (t[0] != "" || st.hasLang(l)) {
			st.Title[l] = trimmed(t[0])
		}
		if t, ok := v["short_title."+l]; ok {
			if s := trimmed(t[0]); s != "" {
				if st.ShortTitle == nil {
					st.ShortTitle = map[string]string{}
				}
				st.ShortTitle[l] = s
			} else {
				delete(st.ShortTitle, l)
			}
		}
		if n := placeName(v, l); n.Nom != "" || st.hasLang(l) {
			st.Place[l] = n
		}
	}
	checked := map[string]bool{}
	for _, id := range v[fieldUse] {
		checked[id] = true
	}
	for _, key := range v[fieldEntry] {
		if !checked[key] {
			continue
		}
		delete(checked, key)
		st.Clauses = append(st.Clauses, entryFromForm(v, lib, key))
	}
	for _, c := range lib.Clauses() { // newly checked, in library order
		if checked[c.ID] {
			st.insert(entryFromForm(v, lib, c.ID), lib)
		}
	}
	rules, reasons := v["sup.rule"], v["sup.reason"]
	for i, r := range rules {
		if i < len(reasons) && r != "" {
			st.Suppress = append(st.Suppress, Suppression{Rule: r, Reason: trimmed(reasons[i])})
		}
	}
	st.fill()
	return st
}

func placeName(v url.Values, l string) generator.Name {
	p := "place." + l + "."
	return generator.Name{Nom: trimmed(v.Get(p + "nom")), Gen: trimmed(v.Get(p + "gen")), Dat: trimmed(v.Get(p + "dat")),
		Acc: trimmed(v.Get(p + "acc")), Ins: trimmed(v.Get(p + "ins")), Loc: trimmed(v.Get(p + "loc"))}
}

// entryFromForm reads one clause: a library clause's parameters or a custom clause's texts.
func entryFromForm(v url.Values, lib *library.Library, key string) Entry {
	c := lib.Get(key)
	if c == nil {
		p := "c." + key + "."
		cu := &Custom{ID: key, Section: v.Get(p + "section"), Title: map[string]string{}, Text: map[string]string{}}
		for _, l := range []string{"en", "uk"} {
			if t, ok := v[p+"title."+l]; ok {
				cu.Title[l] = trimmed(t[0])
			}
			if t, ok := v[p+"text."+l]; ok {
				cu.Text[l] = t[0]
			}
		}
		return Entry{Custom: cu}
	}
	e := Entry{Use: key, With: map[string]string{}}
	for _, p := range c.Params {
		name := "p." + key + "." + p.Name
		switch {
		case p.Type == generator.BoolParam:
			e.With[p.Name] = boolValue(v, name)
		case v.Has(name):
			e.With[p.Name] = trimmed(v.Get(name))
		default:
			e.With[p.Name] = fmtValue(p.Default)
		}
	}
	return e
}

// boolValue reads a checkbox that sends "true" when checked; a hidden field before it sends
// "false", so the last value wins.
func boolValue(v url.Values, name string) string {
	vals := v[name]
	if len(vals) == 0 {
		return "false"
	}
	return vals[len(vals)-1]
}

// insert adds a library clause after the last clause of its family, or of its section, or at
// the end; but before a clause of its section that requires it.
func (st *State) insert(e Entry, lib *library.Library) {
	c := lib.Get(e.Use)
	at := len(st.Clauses)
	if c != nil {
		family, section := -1, -1
		for i, x := range st.Clauses {
			xc := lib.Get(x.Use)
			if xc == nil {
				continue
			}
			if xc.Category == c.Category {
				family = i + 1
			}
			if xc.Section == c.Section {
				section = i + 1
			}
		}
		switch {
		case family >= 0:
			at = family
		case section >= 0:
			at = section
		}
		at = min(at, st.firstRequiring(c, lib)) // a definition before the clauses that use it
	}
	st.Clauses = slices.Insert(st.Clauses, at, e)
}

// firstRequiring returns the index of the first clause of c's section that requires c, or the
// number of clauses when none does.
func (st *State) firstRequiring(c *generator.Clause, lib *library.Library) int {
	for i, x := range st.Clauses {
		if xc := lib.Get(x.Use); xc != nil && xc.Section == c.Section && slices.Contains(xc.Requires, c.ID) {
			return i
		}
	}
	return len(st.Clauses)
}
