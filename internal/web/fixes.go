package web

import (
	"regexp"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// quickFix is a change the editor can make in one click: what a rule's fix names when it is a
// library clause to add, a parameter value to set, a form, a prevailing text, a guarantor to
// drop or a suppression to remove.
type quickFix struct {
	Kind   string // add, set, form, prevails, drop-guarantor, drop-suppression
	Clause string
	Param  string
	Value  string
}

// Code encodes the fix for a form button.
func (q quickFix) Code() string {
	return strings.Join([]string{q.Kind, q.Clause, q.Param, q.Value}, "|")
}

func parseFix(code string) (quickFix, bool) {
	p := strings.Split(code, "|")
	if len(p) != 4 {
		return quickFix{}, false
	}
	return quickFix{Kind: p[0], Clause: p[1], Param: p[2], Value: p[3]}, true
}

var (
	clauseRef = regexp.MustCompile(`\b[a-z]+/[a-z0-9-]+[a-z0-9]\b`)
	// "duration/fixed-term (years: 20)", "duration/fixed-term to years: 20", "final/denunciation, months: 12"
	paramRef = regexp.MustCompile(`([a-z]+/[a-z0-9-]+[a-z0-9])(?: \(| to |, )([a-z_]+): (\d+)`)
	formRef  = regexp.MustCompile(`form: (treaty|mou|declaration)`)
	prevRef  = regexp.MustCompile(`prevails: (en|uk)`)
)

// fixesFor returns the quick fixes a finding's rule names that would change the state.
func fixesFor(f *review.Finding, st *State, lib *library.Library, adversary string) []quickFix {
	text := f.Rule.Fix
	var out []quickFix
	seen := map[string]bool{}
	add := func(q quickFix) {
		if !seen[q.Code()] {
			seen[q.Code()] = true
			out = append(out, q)
		}
	}
	if m := formRef.FindStringSubmatch(text); m != nil && st.Form != m[1] {
		add(formFix(m[1], text, st, lib))
	}
	if m := prevRef.FindStringSubmatch(text); m != nil && st.Prevails == "" && st.hasLang(m[1]) {
		add(quickFix{Kind: "prevails", Value: m[1]})
	}
	params := map[string]bool{}
	for _, m := range paramRef.FindAllStringSubmatch(text, -1) {
		c := lib.Get(m[1])
		if c == nil || c.Param(m[2]) == nil || !c.AllowedIn(generator.Form(st.Form)) {
			continue
		}
		params[m[1]] = true
		if i, ok := st.uses(m[1]); ok {
			if st.Clauses[i].With[m[2]] != m[3] {
				add(quickFix{Kind: "set", Clause: m[1], Param: m[2], Value: m[3]})
			}
		} else if addable(c, st, lib) {
			add(quickFix{Kind: "add", Clause: m[1], Param: m[2], Value: m[3]})
		}
	}
	for _, id := range clauseRef.FindAllString(text, -1) {
		c := lib.Get(id)
		if c == nil || params[id] {
			continue
		}
		if _, used := st.uses(id); !used && addable(c, st, lib) {
			add(quickFix{Kind: "add", Clause: id})
		}
	}
	if strings.Contains(text, "parties.guarantors") && adversary != "" && slices.Contains(st.Guarantors, adversary) {
		add(quickFix{Kind: "drop-guarantor", Value: adversary})
	}
	if f.Rule.ID == "G904" || f.Rule.ID == "G903" {
		for _, s := range st.Suppress {
			if strings.Contains(f.Message, s.Rule) || s.Rule == "" {
				add(quickFix{Kind: "drop-suppression", Value: s.Rule})
			}
		}
	}
	return out
}

// formFix changes the form, drops the clauses the new form does not allow, and adds the
// clauses the rule's fix names for it.
func formFix(form, text string, st *State, lib *library.Library) quickFix {
	next := st.clone()
	next.Form = form
	next.Clauses = slices.DeleteFunc(next.Clauses, func(e Entry) bool {
		c := lib.Get(e.Use)
		return c != nil && !c.AllowedIn(generator.Form(form))
	})
	var adds []string
	for _, id := range clauseRef.FindAllString(text, -1) {
		c := lib.Get(id)
		if _, used := next.uses(id); c != nil && !used && addable(c, next, lib) && !slices.Contains(adds, id) {
			adds = append(adds, id)
		}
	}
	return quickFix{Kind: "form", Value: form, Clause: strings.Join(adds, ",")}
}

// addable reports whether the clause can join the spec: allowed in its form and in conflict
// with none of its clauses.
func addable(c *generator.Clause, st *State, lib *library.Library) bool {
	if !c.AllowedIn(generator.Form(st.Form)) {
		return false
	}
	for _, e := range st.Clauses {
		if slices.Contains(c.Conflicts, e.Use) {
			return false
		}
		if u := lib.Get(e.Use); u != nil && slices.Contains(u.Conflicts, c.ID) {
			return false
		}
	}
	return true
}

// applyFix changes the state as the fix says. Adding a clause adds the clauses it requires too.
func (st *State) applyFix(q quickFix, lib *library.Library) {
	switch q.Kind {
	case "form":
		st.Form = q.Value
		st.Clauses = slices.DeleteFunc(st.Clauses, func(e Entry) bool {
			c := lib.Get(e.Use)
			return c != nil && !c.AllowedIn(generator.Form(q.Value))
		})
		for _, id := range strings.Split(q.Clause, ",") {
			st.addClause(id, lib, 0)
		}
	case "prevails":
		st.Prevails = q.Value
	case "set":
		if i, ok := st.uses(q.Clause); ok {
			if st.Clauses[i].With == nil {
				st.Clauses[i].With = map[string]string{}
			}
			st.Clauses[i].With[q.Param] = q.Value
		}
	case "add":
		st.addClause(q.Clause, lib, 0)
		if i, ok := st.uses(q.Clause); ok && q.Param != "" {
			st.Clauses[i].With[q.Param] = q.Value
		}
	case "drop-guarantor":
		st.Guarantors = slices.DeleteFunc(st.Guarantors, func(g string) bool { return g == q.Value })
	case "drop-suppression":
		st.Suppress = slices.DeleteFunc(st.Suppress, func(s Suppression) bool { return s.Rule == q.Value })
	}
}

func (st *State) addClause(id string, lib *library.Library, depth int) {
	c := lib.Get(id)
	if c == nil || depth > 3 {
		return
	}
	if _, used := st.uses(id); used {
		return
	}
	e := Entry{Use: id, With: map[string]string{}}
	for _, p := range c.Params {
		e.With[p.Name] = fmtValue(p.Default)
	}
	st.insert(e, lib)
	for _, r := range c.Requires {
		st.addClause(r, lib, depth+1)
	}
}
