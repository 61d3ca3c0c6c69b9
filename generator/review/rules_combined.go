package review

import (
	"fmt"
	"slices"
	"strings"
)

var budapestPattern = &Rule{
	ID: "G901", Name: "budapest-pattern", Title: "Budapest pattern",
	Severity: Error, Weakness: []int{24},
	Why: "The 1994 Budapest Memorandum combined a non-binding form with assurances that only reaffirmed existing law, a remedy through the Security Council where an assuring state holds a veto, consultation as the only mechanism, no verification, the adversary among the assuring states, and no duration or exit. Russia annexed Crimea in 2014 and invaded in 2022. " +
		"An instrument that is non-binding or ambiguous (weakness 1 or 2) and shows two or more of the other six weaknesses (3, 4, 5, 8, 9, 11) repeats that pattern.",
	Source:   "weaknesses.md §1, §6 item 24; Budapest Memorandum (UNTS vol. 3007, No. I-52241)",
	Fix:      "Cure the form first (a treaty, with ratification and provisional application), then each component finding listed with this one.",
	Evidence: "The other rules' findings that are not suppressed.",
	check:    checkBudapest,
}

// budapestRequires makes the pattern read the findings of every rule that covers one of its
// weaknesses.
func budapestRequires() {
	for _, r := range registry {
		for w := range budapestParts {
			if r != budapestPattern && r.covers(w) && !slices.Contains(budapestPattern.Requires, r) {
				budapestPattern.Requires = append(budapestPattern.Requires, r)
			}
		}
	}
}

// budapestParts names the weaknesses of the pattern.
var budapestParts = map[int]string{1: "non-binding form", 2: "ambiguous status", 3: "reaffirmation only",
	4: "a remedy the adversary can veto", 5: "consultation only", 8: "no verification", 9: "the adversary in a guarantor's role",
	11: "no adequate duration or exit"}

func checkBudapest(p *pass) {
	var base, parts []int
	var related []Related
	for _, f := range p.findings {
		if f.Suppressed || f.Severity < Warning {
			continue
		}
		for _, w := range f.Rule.Weakness {
			if _, ok := budapestParts[w]; !ok {
				continue
			}
			related = append(related, Related{Pos: f.Pos, Message: fmt.Sprintf("%s %s: %s", f.Rule.ID, f.Rule.Name, f.Message)})
			if w <= 2 {
				base = append(base, w)
			} else {
				parts = append(parts, w)
			}
		}
	}
	slices.Sort(base)
	slices.Sort(parts)
	base, parts = slices.Compact(base), slices.Compact(parts)
	if len(base) == 0 || len(parts) < 2 {
		return
	}
	var names []string
	for _, w := range append(base, parts...) {
		names = append(names, fmt.Sprintf("%s (%d)", budapestParts[w], w))
	}
	f := p.reportSpec(Error, []any{"form"}, "the instrument repeats the Budapest pattern: %s", strings.Join(names, ", "))
	f.Related = related
}
