package web

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/goccy/go-yaml"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/library"
)

// desired returns the spec the state describes, as the ordered values patch writes: the keys
// in the order of a spec, parameters typed by their definitions in the library. A parameter is
// written when it differs from its default, has none, or was written in the file (orig).
func (st *State) desired(lib *library.Library, orig *State) yaml.MapSlice {
	out := yaml.MapSlice{
		{Key: "title", Value: langMap(st.Title)},
	}
	if len(st.ShortTitle) > 0 {
		out = append(out, yaml.MapItem{Key: "short_title", Value: flow{langMap(st.ShortTitle)}})
	}
	out = append(out,
		yaml.MapItem{Key: "form", Value: st.Form},
		yaml.MapItem{Key: "languages", Value: flow{st.Languages}})
	if st.Prevails != "" {
		out = append(out, yaml.MapItem{Key: "prevails", Value: st.Prevails})
	}
	parties := yaml.MapSlice{{Key: "beneficiary", Value: st.Beneficiary}, {Key: "guarantors", Value: flow{st.Guarantors}}}
	if st.Adversary != "" {
		parties = append(parties, yaml.MapItem{Key: "adversary", Value: st.Adversary})
	}
	out = append(out,
		yaml.MapItem{Key: "parties", Value: parties},
		yaml.MapItem{Key: "scope", Value: st.Scope},
		yaml.MapItem{Key: "date", Value: st.Date},
		yaml.MapItem{Key: "place", Value: flow{placeMap(st.Place)}},
		yaml.MapItem{Key: "clauses", Value: st.entries(lib, orig)})
	if len(st.Suppress) > 0 {
		var sup []keyed
		for _, s := range st.Suppress {
			sup = append(sup, keyed{s.Rule, flow{yaml.MapSlice{{Key: "rule", Value: s.Rule}, {Key: "reason", Value: s.Reason}}}})
		}
		out = append(out, yaml.MapItem{Key: "suppress", Value: sup})
	}
	return append(yaml.MapSlice{{Key: "name", Value: keep{}}}, out...)
}

func (st *State) entries(lib *library.Library, orig *State) []keyed {
	var out []keyed
	for _, e := range st.Clauses {
		if c := e.Custom; c != nil {
			custom := yaml.MapSlice{{Key: "id", Value: c.ID}, {Key: "section", Value: c.Section}}
			if len(c.Title) > 0 {
				custom = append(custom, yaml.MapItem{Key: "title", Value: flow{langMap(c.Title)}})
			}
			custom = append(custom, yaml.MapItem{Key: "text", Value: langMap(c.Text)},
				yaml.MapItem{Key: "properties", Value: keep{}})
			out = append(out, keyed{c.ID, yaml.MapSlice{{Key: "custom", Value: custom}}})
			continue
		}
		entry := yaml.MapSlice{{Key: "use", Value: e.Use}}
		if w := typedParams(lib.Get(e.Use), written(lib.Get(e.Use), e, orig)); len(w) > 0 {
			entry = append(entry, yaml.MapItem{Key: "with", Value: flow{w}})
		}
		out = append(out, keyed{e.Use, entry})
	}
	return out
}

// written returns the parameters of a library entry to write.
func written(c *generator.Clause, e Entry, orig *State) map[string]string {
	given := map[string]bool{}
	if orig != nil {
		if i, ok := orig.uses(e.Use); ok {
			for k := range orig.Clauses[i].With {
				given[k] = true
			}
		}
	}
	out := map[string]string{}
	for k, v := range e.With {
		p := (*generator.Param)(nil)
		if c != nil {
			p = c.Param(k)
		}
		if p == nil || p.Required() || given[k] || fmtValue(p.Default) != v {
			out[k] = v
		}
	}
	return out
}

// typedParams orders the given parameters as the clause defines them and types each value; a
// value that does not read as its type stays a string, for the loader to report.
func typedParams(c *generator.Clause, with map[string]string) yaml.MapSlice {
	var out yaml.MapSlice
	done := map[string]bool{}
	if c != nil {
		for _, p := range c.Params {
			if v, ok := with[p.Name]; ok {
				out = append(out, yaml.MapItem{Key: p.Name, Value: typed(p, v)})
				done[p.Name] = true
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(with)) {
		if !done[k] {
			out = append(out, yaml.MapItem{Key: k, Value: with[k]})
		}
	}
	return out
}

func typed(p *generator.Param, v string) any {
	switch p.Type {
	case generator.IntParam:
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	case generator.BoolParam:
		if b, err := strconv.ParseBool(v); err == nil {
			return b
		}
	}
	return v
}

// langMap orders a per-language map: English, Ukrainian, then any other key.
func langMap(m map[string]string) yaml.MapSlice {
	var out yaml.MapSlice
	for _, k := range langOrder(slices.Collect(maps.Keys(m))) {
		out = append(out, yaml.MapItem{Key: k, Value: m[k]})
	}
	return out
}

func placeMap(m map[string]generator.Name) yaml.MapSlice {
	var out yaml.MapSlice
	for _, k := range langOrder(slices.Collect(maps.Keys(m))) {
		n := m[k]
		cases := yaml.MapSlice{{Key: "nom", Value: n.Nom}}
		for _, c := range []struct{ k, v string }{{"gen", n.Gen}, {"dat", n.Dat}, {"acc", n.Acc}, {"ins", n.Ins}, {"loc", n.Loc}} {
			if c.v != "" && c.v != n.Nom {
				cases = append(cases, yaml.MapItem{Key: c.k, Value: c.v})
			}
		}
		if len(cases) == 1 {
			out = append(out, yaml.MapItem{Key: k, Value: n.Nom})
		} else {
			out = append(out, yaml.MapItem{Key: k, Value: cases})
		}
	}
	return out
}

func langOrder(keys []string) []string {
	slices.SortFunc(keys, func(a, b string) int {
		ra, rb := langRank(a), langRank(b)
		if ra != rb {
			return ra - rb
		}
		if a < b {
			return -1
		}
		return 1
	})
	return keys
}

func langRank(l string) int {
	switch l {
	case "en":
		return 0
	case "uk":
		return 1
	}
	return 2
}

// fmtValue writes a parameter value as the form shows it.
func fmtValue(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}
