package review

import "strings"

// Rule is one weakness the reviewer knows: a value, so that the command line, the generated
// docs and the checks all read the same text.
type Rule struct {
	// ID is stable and never reused: G1xx form and status, G2xx response, G3xx trigger and
	// scope, G4xx bodies, roles and verification, G5xx duration and final clauses, G6xx EU and
	// NATO, G7xx structure, G9xx combined patterns and suppressions.
	ID string
	// Name is a short kebab-case name, accepted wherever an ID is.
	Name string
	// Title says what is wrong, in a few words.
	Title string
	// Severity is the usual severity of a finding; a check may raise or lower it for one
	// finding (the rule's Escalation says when).
	Severity Severity
	// Escalation explains when a finding's severity differs from Severity; empty if never.
	Escalation string
	// Weakness lists the numbers of the weaknesses in DOMAIN.md §6 the rule covers; empty for
	// purely structural rules.
	Weakness []int
	// Why says why the weakness matters.
	Why string
	// Source names where the reasoning comes from (a treaty article, a paper, a precedent).
	Source string
	// Fix says which library clause or change cures it.
	Fix string
	// Evidence says what the check reads: properties of library clauses, text of custom
	// clauses (and in which languages), or the spec itself.
	Evidence string

	check func(*pass)
	late  bool // runs after the other rules, on their findings
}

// Rules returns every rule, sorted by ID.
func Rules() []*Rule { return registry }

// Lookup finds a rule by ID or name, in any letter case; nil if there is none.
func Lookup(idOrName string) *Rule {
	for _, r := range registry {
		if strings.EqualFold(r.ID, idOrName) || strings.EqualFold(r.Name, idOrName) {
			return r
		}
	}
	return nil
}

// covers reports whether the rule covers weakness n of DOMAIN.md §6.
func (r *Rule) covers(n int) bool {
	for _, w := range r.Weakness {
		if w == n {
			return true
		}
	}
	return false
}
