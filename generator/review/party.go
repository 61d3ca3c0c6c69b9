package review

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// partyMatcher finds a party named in normalised text, in any grammatical case, by any alias.
type partyMatcher struct {
	re *regexp.Regexp
}

// matchers keeps a matcher per party's names: a pure function of the names (not of a project or
// a pointer), so two projects share it safely and it grows only with the parties named.
var matchers sync.Map // matcherKey -> *partyMatcher

type matcherKey struct {
	names string // the party's names in every case and its aliases
	nom   bool
}

// matchParty returns a matcher for p; nil when p is nil.
func matchParty(p *generator.Party) *partyMatcher { return cachedMatcher(p, false) }

// matchSubject returns a matcher of p's names in the nominative, the case of a subject.
func matchSubject(p *generator.Party) *partyMatcher { return cachedMatcher(p, true) }

func cachedMatcher(p *generator.Party, nom bool) *partyMatcher {
	if p == nil {
		return nil
	}
	key := matcherKey{names: nameKey(p), nom: nom}
	if m, ok := matchers.Load(key); ok {
		return m.(*partyMatcher)
	}
	m := newPartyMatcher(p, nom)
	matchers.Store(key, m)
	return m
}

func nameKey(p *generator.Party) string {
	var b strings.Builder
	for _, l := range generator.Langs {
		n := p.Names[l]
		for _, s := range []string{n.Nom, n.Gen, n.Dat, n.Acc, n.Ins, n.Loc} {
			b.WriteString(s + "\x00")
		}
	}
	for _, a := range p.Aliases {
		b.WriteString(a + "\x00")
	}
	return b.String()
}

func newPartyMatcher(p *generator.Party, nom bool) *partyMatcher {
	seen := map[string]bool{}
	add := func(s string) {
		s = normalise(s)
		s = strings.TrimPrefix(s, "the ")
		if len([]rune(s)) >= 2 {
			seen[s] = true
		}
	}
	for _, n := range p.Names {
		cases := []string{n.Nom, n.Gen, n.Dat, n.Acc, n.Ins, n.Loc}
		if nom {
			cases = cases[:1]
		}
		for _, c := range cases {
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
		if nom {
			alts = append(alts, regexp.QuoteMeta(s))
		} else {
			alts = append(alts, stem(s))
		}
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

// party returns the reader's view of a party: its names in any case and as a subject.
func readerParty(p *generator.Party) provision.Party {
	if p == nil {
		return provision.Party{}
	}
	return provision.Party{Any: matchParty(p).findAll, Nom: matchSubject(p).findAll}
}

// roster is what the provision reader looks for by name.
func roster(in *generator.Instrument) provision.Roster {
	r := provision.Roster{Adversary: readerParty(in.Adversary), Beneficiary: readerParty(in.Beneficiary)}
	for _, g := range in.Guarantors {
		if in.Adversary == nil || g.Code != in.Adversary.Code {
			r.Guarantors = append(r.Guarantors, readerParty(g))
		}
	}
	return r
}
