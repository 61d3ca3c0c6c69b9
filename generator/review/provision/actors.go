package provision

import (
	"regexp"
	"sort"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Party finds one party's names in normalised text: Any in every grammatical case, Nom only in
// the nominative (a subject), as start and end offsets. Either may be nil.
type Party struct {
	Any, Nom func(s string) [][2]int
}

// Roster holds the parties of the instrument the reader looks for by name.
type Roster struct {
	Adversary, Beneficiary Party
	Guarantors             []Party
}

// mention is an actor named in a sentence.
type mention struct {
	actor      Actor
	start, end int
}

// Generic names of actors. Ukrainian lists the nominative only: a subject is in the nominative.
var actorFamilies = []struct {
	actor Actor
	f     family
}{
	{EachParty, fam([]string{
		`each (one )?(of (the |them|these)\s*)?(guarantors?|guaranteeing powers?|guarantor states?|parties|party|participants?|signator(y|ies)|high contracting parties|member states?|states?|allies|ally|them|one)?`,
		`either (party|participant|government|of them)`, `any (party|participant|guarantor|of the parties|of them)`, `every (party|guarantor|participant)`, `no (party|guarantor|participant|state|member)`,
	}, []string{`(кожн(ий|а|е)|кожен)( (з|із) (гарантів|сторін|учасників|держав|них))?( (гарант|сторона|учасник|держава))?`,
		`будь-як(а|ий) (сторона|учасник|гарант)`})},
	{Guarantors, fam([]string{
		`(the )?other (parties|guarantors|participants|high contracting parties|signatories)`,
		`(the )?guarantors?`, `(the )?guaranteeing powers?`, `(the )?guarantor states?`, `(the )?assuring states?`,
	}, []string{`інші (сторони|учасники)`, `гаранти`, `гарант`, `держави-гаранти`})},
	{Council, fam([]string{`(the )?(un |united nations )?security council( of the united nations)?`},
		[]string{`рада безпеки( оон| організації об'єднаних націй)?`})},
	{OSCE, fam([]string{`(the )?osce`, `(the )?organi[sz]ation for security and co-?operation in europe`, `(the )?permanent council`},
		[]string{`обсє`, `постійна рада`})},
	{Body, fam([]string{
		`(the |a |an |their |its )?(joint |special |monitoring |verification |consultative |contact )?(commission|mission|committee|contact group|group|organ of consultation|organ|council|secretariat|depositary)`,
	}, []string{`комісія`, `місія`, `комітет`, `контактна група`, `орган( консультацій)?`, `рада`})},
	{Parties, fam([]string{
		`(the |both |all )?(parties|participants|signatories|high contracting parties|participating states|member states|states parties|allies|contracting states)`,
		`(both|the two) governments`, `they`, `(senior )?(officials|ministers)( of (the )?(parties|participants|guarantors))?`,
	}, []string{`сторони`, `учасники`, `держави-учасниці`, `союзники`, `вони`})},
	{Instrument, fam([]string{
		`(this|the) (treaty|agreement|arrangement|memorandum|declaration|instrument|guarantee|convention|protocol)`,
		`(the )?(obligations|commitments) of the (guarantors|parties|participants)`, `(the )?guarantee`,
	}, []string{`(цей|ця|це) (договір|угода|домовленість|меморандум|декларація|гарантія)`, `договір`, `угода`,
		`домовленість`, `гарантія`, `зобов'язання`, `вона`, `він`, `воно`})},
}

// pronouns stand for the subject of the sentence before.
var pronouns = map[string]bool{"they": true, "вони": true, "вона": true, "він": true, "воно": true}

// mentions returns the actors named in a sentence, longest first where they overlap.
func (ps Roster) mentions(l generator.Lang, text string, subject bool) []mention {
	var out []mention
	add := func(a Actor, start, end int) {
		for _, m := range out {
			if start < m.end && m.start < end {
				return // inside a longer mention found first
			}
		}
		out = append(out, mention{a, start, end})
	}
	byName := func(a Actor, p Party) {
		find := p.Any
		if subject && l == generator.Ukrainian && p.Nom != nil {
			find = p.Nom
		}
		if find == nil {
			return
		}
		for _, at := range find(text) {
			add(a, at[0], at[1])
		}
	}
	byName(Adversary, ps.Adversary)
	byName(Beneficiary, ps.Beneficiary)
	for _, g := range ps.Guarantors {
		byName(Guarantors, g)
	}
	for _, af := range actorFamilies {
		for _, s := range af.f.all(l, text) {
			add(af.actor, s.Start, s.End)
		}
	}
	return out
}

// prepositions before a name make it an object, not the subject.
var objectBefore = fam([]string{`of|by|against|on|upon|to|with|from|for|in|between|towards|including|than`},
	[]string{`на|проти|щодо|до|від|з|із|для|між|у|в|ніж|крім`})

// listJoin is what joins names in a list: a name joined to an object is an object too.
var listJoin = regexp.MustCompile(`^\s*(,|and|or|та|і|й|або|,\s*(and|or|та|і|й|або))?\s*(the\s+)?$`)

// subject returns the actor a sentence's main clause is about: the last actor named before the
// modal verb (or the action) that is not the object of a preposition.
func (ps Roster) subject(l generator.Lang, text string, to int) (Actor, string) {
	best := mention{start: -1}
	ms := ps.mentions(l, text, true)
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	trigger := triggerFamily.find(l, text, 0)
	object, joined := map[int]bool{}, map[int]bool{}
	bestAt := -1
	for i, m := range ms {
		if m.end > to {
			continue
		}
		boundary := trigger.found() && i > 0 && ms[i-1].end <= trigger.End && m.start >= trigger.End
		joined[i] = i > 0 && !boundary && ms[i-1].end <= m.start && listJoin.MatchString(text[ms[i-1].end:m.start])
		object[i] = objectBefore.in(l, lastWord(text[:m.start])) || joined[i] && object[i-1]
		if !object[i] && m.start > best.start {
			best, bestAt = m, i
		}
	}
	for i := bestAt; i > 0 && joined[i] && !object[i-1]; i-- {
		if ms[i-1].actor.Acts() && !best.actor.Acts() {
			best = ms[i-1] // "the Guarantors and Ukraine shall": the duty binds the guarantors
		}
	}
	if best.start < 0 {
		return NoActor, ""
	}
	return best.actor, text[best.start:best.end]
}

// lastWord returns the word before a position, with a leading space so families match it.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ,")
	for _, article := range []string{" the", " a", " an", " its", " their"} {
		s = strings.TrimSuffix(s, article)
	}
	if i := strings.LastIndexAny(s, " ,("); i >= 0 {
		s = s[i+1:]
	}
	return " " + s + " "
}
