package explore

import (
	"fmt"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/library"
)

// Variant is one way to take up an option: the library clauses it adds.
type Variant struct {
	Name    string   `json:"name"`
	Clauses []string `json:"clauses"`
}

// Dimension is an option of the seed table and its variants; the empty variant (the option
// left out) is always there.
type Dimension struct {
	Option   string    `json:"option"`
	Variants []Variant `json:"variants"`
}

// Options are the five options of the seed table and the library clauses that take them up.
var Options = []Dimension{
	{"assistance", []Variant{{"military", []string{"assistance/military"}},
		{"military+funding", []string{"assistance/military", "assistance/funding-floor"}}}},
	{"snapback", []Variant{{"snapback", []string{"sanctions/snapback"}},
		{"escalation", []string{"sanctions/snapback-escalation"}}}},
	{"air-naval", []Variant{{"missions", []string{"forces/air-policing", "forces/naval-mission"}}}},
	{"tripwire", []Variant{{"force", []string{"forces/tripwire", "forces/status-of-forces"}}}},
	{"nato-contingency", []Variant{{"contingency", []string{"nato/accession-contingency"}}}},
}

// Verifiers are the verification bodies tried ("" for none).
var Verifiers = []string{"verification/joint-commission", "verification/un-mandated-body", ""}

// Terms are the terms tried, in years (the US proposed 15, Ukraine asks for 20).
var Terms = []int{15, 20}

// Combo is one combination: its choices and the clauses of the instrument it gives.
type Combo struct {
	ID        int               `json:"id"`
	Form      generator.Form    `json:"form"`
	Scope     generator.Scope   `json:"scope"`
	Years     int               `json:"years"` // 0: the form has no term
	Verifier  string            `json:"verifier"`
	Choices   map[string]string `json:"choices"` // option -> variant name ("" left out)
	Clauses   []string          `json:"clauses"` // the instrument's clause ids, in order
	TermParam string            `json:"term_param,omitempty"`
}

// Label names the combination in a few words.
func (c *Combo) Label() string {
	var opts []string
	for _, d := range Options {
		if v := c.Choices[d.Option]; v != "" {
			opts = append(opts, d.Option+":"+v)
		}
	}
	if len(opts) == 0 {
		opts = []string{"no option"}
	}
	ver := strings.TrimPrefix(c.Verifier, "verification/")
	if ver == "" {
		ver = "no verification"
	}
	term := "no term"
	if c.Years > 0 {
		term = fmt.Sprintf("%dy", c.Years)
	}
	return fmt.Sprintf("%s %s, %s, %s, %s", c.Form, strings.Join(opts, " "), ver, term, c.Scope)
}

// managed are the clauses the explorer chooses itself: it takes them out of the base.
func managed() map[string]bool {
	m := map[string]bool{"duration/fixed-term": true, "duration/lock-in": true}
	for _, d := range Options {
		for _, v := range d.Variants {
			for _, id := range v.Clauses {
				m[id] = true
			}
		}
	}
	for _, v := range Verifiers {
		if v != "" {
			m[v] = true
		}
	}
	return m
}

// Enumerate lists the combinations on a base instrument. A combination whose chosen clauses the
// form does not allow, or that needs a body it does not have, is left out: it would be another
// combination under a wrong name.
func Enumerate(base *generator.Instrument, lib *library.Library) []*Combo {
	own := managed()
	var kept []string
	for _, u := range base.Uses {
		if !own[u.Clause.ID] {
			kept = append(kept, u.Clause.ID)
		}
	}
	var out []*Combo
	choices := variantProducts()
	for _, form := range generator.Forms {
		for _, scope := range []generator.Scope{generator.Ceasefire, generator.Peace} {
			for _, ver := range Verifiers {
				for _, years := range termsFor(form, lib) {
					for _, ch := range choices {
						c := &Combo{Form: form, Scope: scope, Years: years, Verifier: ver, Choices: ch}
						if compose(c, kept, lib) {
							c.ID = len(out) + 1
							out = append(out, c)
						}
					}
				}
			}
		}
	}
	return out
}

// variantProducts lists every choice of a variant (or none) per option.
func variantProducts() []map[string]string {
	out := []map[string]string{{}}
	for _, d := range Options {
		var next []map[string]string
		for _, m := range out {
			for _, v := range append([]Variant{{}}, d.Variants...) {
				n := map[string]string{}
				for k, x := range m {
					n[k] = x
				}
				n[d.Option] = v.Name
				next = append(next, n)
			}
		}
		out = next
	}
	return out
}

// termsFor returns the terms to try in a form: none when no term clause is allowed in it.
func termsFor(form generator.Form, lib *library.Library) []int {
	if c := lib.Get("duration/fixed-term"); c != nil && c.AllowedIn(form) {
		return Terms
	}
	return []int{0}
}

// compose fills the combination's clause list; false when it cannot be made as named.
func compose(c *Combo, kept []string, lib *library.Library) bool {
	var ids []string
	add := func(id string) bool {
		cl := lib.Get(id)
		if cl == nil || !cl.AllowedIn(c.Form) {
			return false
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		return true
	}
	for _, d := range Options {
		for _, v := range d.Variants {
			if v.Name == c.Choices[d.Option] {
				for _, id := range v.Clauses {
					if !add(id) {
						return false
					}
				}
			}
		}
	}
	if c.Verifier != "" && !add(c.Verifier) {
		return false
	}
	if c.Years > 0 {
		add("duration/fixed-term")
		c.TermParam = "duration/fixed-term.years"
	}
	chosen := len(ids)
	for _, id := range kept {
		if cl := lib.Get(id); cl != nil && !cl.AllowedIn(c.Form) {
			continue // the base's clauses the form does not allow are dropped
		}
		if cl := lib.Get(id); cl != nil && slices.ContainsFunc(ids, func(x string) bool { return slices.Contains(cl.Conflicts, x) }) {
			continue
		}
		ids = append(ids, id)
	}
	for changed := true; changed; { // drop the base's clauses whose requirements left
		changed = false
		next := ids[:chosen:chosen]
		for _, id := range ids[chosen:] {
			if cl := lib.Get(id); cl != nil && !requiresMet(cl, ids) {
				changed = true
				continue
			}
			next = append(next, id)
		}
		ids = next
	}
	for _, id := range ids[:chosen] {
		if !requiresMet(lib.Get(id), ids) {
			return false
		}
	}
	c.Clauses = ids
	return true
}

func requiresMet(cl *generator.Clause, ids []string) bool {
	for _, r := range cl.Requires {
		if !slices.Contains(ids, r) {
			return false
		}
	}
	return true
}
