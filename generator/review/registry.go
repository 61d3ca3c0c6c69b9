package review

import (
	"fmt"
	"regexp"
	"sort"
)

// registry holds every rule, sorted by ID. IDs are never reused: a retired rule keeps its ID
// out of use.
var registry = sorted(
	nonBindingCore, treatyWordsInNonBinding, nonBindingWordsInTreaty, noStatusStatement,
	reaffirmOnly, consultOnly, noDeadline, discretionNoFloor, unilateralAction, noCapability, appropriations, unclearActor,
	weakTrigger, ceasefireGap, voidable, carveOut,
	vetoBody, unanimityHostage, adversaryRole, noVerification, dependentMonitoring, snapbackVetoable, noAdversary, thirdStateDuty,
	noDuration, shortTerm, shortNotice, sunset, missingFinalClauses, ratificationGap, noRegistration, languages, divergentTexts,
	euNonMember, natoUnanimity,
	danglingRef,
	budapestPattern, suppressNoReason, suppressUnknown, suppressUnused,
)

// order is the registry with every rule after the rules it requires, otherwise by ID.
var order []*Rule

func init() {
	budapestRequires()
	order = requiredFirst(registry)
}

// requiredFirst orders rules so that each comes after those it requires (a depth-first
// topological sort); it panics on a cycle, which Validate reports first in tests.
func requiredFirst(rules []*Rule) []*Rule {
	var out []*Rule
	state := map[*Rule]int{} // 1 visiting, 2 done
	var visit func(r *Rule)
	visit = func(r *Rule) {
		switch state[r] {
		case 1:
			panic("review: rule " + r.ID + " requires itself through its requirements")
		case 2:
			return
		}
		state[r] = 1
		for _, q := range r.Requires {
			visit(q)
		}
		state[r] = 2
		out = append(out, r)
	}
	for _, r := range rules {
		visit(r)
	}
	return out
}

func sorted(rules ...*Rule) []*Rule {
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	return rules
}

var (
	idPattern   = regexp.MustCompile(`^G[1-9]\d\d$`)
	namePattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// Validate checks the registry: unique well-formed IDs and names, a title, a severity, the
// docs, and a check for every rule that is not run by the suppression machinery. It returns
// every problem found.
func Validate() []error {
	var errs []error
	seen := map[string]string{}
	for _, r := range registry {
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("rule %s: %s", r.ID, fmt.Sprintf(format, args...)))
		}
		if !idPattern.MatchString(r.ID) {
			bad("ID must look like G123")
		}
		if !namePattern.MatchString(r.Name) {
			bad("name %q must be kebab-case", r.Name)
		}
		for _, key := range []string{r.ID, r.Name} {
			if prev, dup := seen[key]; dup {
				bad("%q is also used by %s", key, prev)
			}
			seen[key] = r.ID
		}
		if r.Title == "" || r.Why == "" || r.Source == "" || r.Fix == "" || r.Evidence == "" {
			bad("title, why, source, fix and evidence are all required")
		}
		if r.Severity < Info || r.Severity > Error {
			bad("no severity")
		}
		for _, w := range r.Weakness {
			if w < 1 || w > 24 {
				bad("weakness %d is not in weaknesses.md §6 (1-24)", w)
			}
		}
		for _, q := range r.Requires {
			if Lookup(q.ID) != q {
				bad("requires %s, which is not in the registry", q.ID)
			}
		}
		if r.check == nil && r.ID[:2] != "G9" {
			bad("no check")
		}
	}
	return errs
}
