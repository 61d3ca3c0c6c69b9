package review

import (
	"regexp"
	"sort"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// partyMatcher finds a party named in normalised text, in any grammatical case, by any alias.
type partyMatcher struct {
	re *regexp.Regexp
}

// matchParty returns a matcher for p; nil when p is nil. Each review makes its own (about a
// tenth of a millisecond): no process-wide cache outlives the project it was made for.
func matchParty(p *generator.Party) *partyMatcher {
	if p == nil {
		return nil
	}
	return newPartyMatcher(p)
}

func newPartyMatcher(p *generator.Party) *partyMatcher {
	seen := map[string]bool{}
	add := func(s string) {
		s = normalise(s)
		s = strings.TrimPrefix(s, "the ")
		if len([]rune(s)) >= 2 {
			seen[s] = true
		}
	}
	for _, n := range p.Names {
		for _, c := range []string{n.Nom, n.Gen, n.Dat, n.Acc, n.Ins, n.Loc} {
			add(c)
		}
	}
	for _, a := range p.Aliases {
		add(a)
	}
	if len(seen) == 0 {
		return nil
	}
	alts := make([]string, 0, len(seen))
	for s := range seen {
		alts = append(alts, stem(s))
	}
	sort.Slice(alts, func(i, j int) bool {
		return len(alts[i]) > len(alts[j]) || len(alts[i]) == len(alts[j]) && alts[i] < alts[j]
	})
	return &partyMatcher{re: regexp.MustCompile(`(?:^|[^\p{L}])(` + strings.Join(alts, "|") + `)(?:[^\p{L}]|$)`)}
}

// stem lets a Cyrillic name take case endings it was not given in ("Росії", "Росією").
func stem(s string) string {
	r := []rune(s)
	if len(r) < 4 || !strings.ContainsRune("аяеєиіїоуюь", r[len(r)-1]) {
		return regexp.QuoteMeta(s)
	}
	return regexp.QuoteMeta(string(r[:len(r)-1])) + `\p{L}{0,3}`
}

// find returns the name as written in s, or "".
func (m *partyMatcher) find(s string) string {
	if m == nil {
		return ""
	}
	if sub := m.re.FindStringSubmatch(s); sub != nil {
		return sub[1]
	}
	return ""
}

// findAll returns where the party is named in s: start and end of each name.
func (m *partyMatcher) findAll(s string) [][2]int {
	if m == nil {
		return nil
	}
	var out [][2]int
	for _, loc := range m.re.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, [2]int{loc[2], loc[3]})
	}
	return out
}
