package provision

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Read reads every sentence of a text in one language. A sentence whose subject is a pronoun
// ("they", "вона") takes the actor of the sentence before.
func Read(l generator.Lang, text string, ps Roster) []*Provision {
	var out []*Provision
	prev := NoActor
	for _, s := range Sentences(l, text) {
		p := ReadSentence(s, ps)
		if pronouns[strings.TrimPrefix(p.Words["actor"], "the ")] && prev != NoActor {
			p.Actor = prev
		}
		if p.Actor != NoActor {
			prev = p.Actor
		}
		out = append(out, p)
	}
	return out
}

// ReadSentence reads one normalised sentence.
func ReadSentence(s Sentence, ps Roster) *Provision {
	l, t := s.Lang, s.Text
	p := &Provision{Lang: l, Text: t, Words: map[string]string{}}
	p.readVerb(ps)
	p.readQualifiers()
	p.readCouncil()
	p.readDecision()
	p.Numbers = numbers(l, t)
	return p
}

// readVerb finds the main verb, its force, its subject and the action it names.
func (p *Provision) readVerb(ps Roster) {
	l, t := p.Lang, p.Text
	mod, ms := mainModal(l, t)
	if l == generator.Ukrainian && mod == Commitment {
		if a, as := firstAction(l, t, 0); a != NoAction && as.End <= ms.Start && ukrainianFinite(as.Words) {
			mod = NoModality // "вживе заходів, які вона вважатиме ...": the future is in a relative clause
		}
	}
	from := 0
	if mod != NoModality {
		from = skipAside(t, ms.End)
		p.Words["modal"] = ms.Words
		if l == generator.Ukrainian && mod == Commitment {
			from = ms.Start // a synthetic future ("розглядатимуть") is itself the verb
		}
	}
	act, as := firstAction(l, t, from)
	if act == NoAction && mod != NoModality {
		act, as = firstAction(l, t, 0) // "assistance shall be given": the action before the modal
	}
	if act == Support && (monitorFamily.find(l, t, as.End).found() || verifyFamily.find(l, t, as.End).found()) && !attackFamily.in(l, t) {
		act = Monitor // deploying observers is monitoring, not a response
	}
	verbAt := as.Start // where the main verb stands, before any commitment it reaffirms
	if act == Reaffirm && commitmentTo.find(l, t, as.End).found() {
		c := commitmentTo.find(l, t, as.End)
		if next, ns := firstAction(l, t, c.End); next != NoAction && next != Reaffirm && next != Refrain {
			p.Words["reaffirm"] = as.Words
			act, as = next, ns
		}
	}
	subjectEnd := len(t)
	switch {
	case mod != NoModality:
		subjectEnd = ms.Start
	case act != NoAction:
		subjectEnd = verbAt
	}
	p.Actor, p.Words["actor"] = ps.subject(l, t, subjectEnd)
	if p.Actor == NoActor && mod != NoModality {
		p.Actor, p.Words["actor"] = passiveAgent(l, t, ps)
	}
	if act != NoAction {
		p.Action, p.Words["action"] = act, as.Words
	}
	p.Modality = mod
	p.Passive = mod != NoModality && passiveFamily.find(l, t, max(0, ms.Start-1)).found() ||
		l == generator.Ukrainian && passiveFamily.in(l, " "+p.Words["action"]+" ")
	if mod == NoModality && act != NoAction {
		p.Modality = Statement
		if l == generator.Ukrainian && ukrainianFinite(as.Words) {
			p.Modality = Duty // Ukrainian legal text states duties in the present tense
			if strings.Contains(as.Words, "тиме") {
				p.Modality = Commitment
			}
		}
	}
	if act == Refer && !councilFamily.in(l, t) {
		p.Action = Other // a request to anyone else is no referral
	}
}

var byFamily = fam([]string{`by`}, []string{`з боку`})

// passiveAgent finds the agent of a passive sentence: "shall be given by the Parties".
func passiveAgent(l generator.Lang, t string, ps Roster) (Actor, string) {
	for _, s := range byFamily.all(l, t) {
		for _, m := range ps.mentions(l, t, false) {
			if m.start >= s.End && m.start <= s.End+5 {
				return m.actor, t[m.start:m.end]
			}
		}
	}
	return NoActor, ""
}

// readQualifiers finds conditions, deadlines and qualifiers.
func (p *Provision) readQualifiers() {
	l, t := p.Lang, p.Text
	set := func(dst *string, key string, f family) {
		if s := f.find(l, t, 0); s.found() {
			*dst, p.Words[key] = s.Words, s.Words
		}
	}
	set(&p.Discretion, "discretion", discretionFamily)
	set(&p.Budget, "budget", budgetFamily)
	set(&p.Efforts, "efforts", effortsFamily)
	set(&p.Floor, "floor", floorFamily)
	set(&p.Automatic, "automatic", automaticFamily)
	set(&p.SelfDefence, "self-defence", selfDefenceFamily)
	set(&p.Unilateral, "unilateral", unilateralFamily)
	set(&p.CarveOut, "carve-out", carveOutFamily)
	if strings.Contains(p.CarveOut, "case") || strings.Contains(p.CarveOut, "випадк") {
		p.CarveOut = "" // "except in the case of an attack on their territories" excepts events, not places
		delete(p.Words, "carve-out")
	}
	for _, s := range triggerFamily.all(l, t) {
		if attackFamily.in(l, s.Words) {
			p.Trigger, p.Words["trigger"] = s.Words, s.Words
			break
		}
	}
	if h := hardDeadlineFamily.find(l, t, 0); h.found() {
		d := &Deadline{Words: h.Words, Firm: p.Efforts == ""}
		for _, n := range numbers(l, h.Words) {
			d.Hours = n.Value * map[string]int{"hour": 1, "day": 24, "week": 168}[n.Unit]
		}
		p.Deadline = d
	} else if s := softDeadlineFamily.find(l, t, 0); s.found() {
		p.Deadline = &Deadline{Words: s.Words}
	}
}

// readCouncil says what the Security Council does in the sentence.
func (p *Provision) readCouncil() {
	l, t := p.Lang, p.Text
	c := councilFamily.find(l, t, 0)
	switch {
	case !c.found():
	case p.Actor == Council:
		p.Council = CouncilActs
	case independentFamily.in(l, t) || councilInformed.in(l, t):
		p.Council = Informed
	case councilAuthorises.in(l, t):
		p.Council = Authorises
	case p.Action == Refer:
		p.Council = Referred
	default:
		p.Council = Mentioned
	}
	if p.Council != NoCouncil {
		p.Words["council"] = c.Words
	}
}

// readDecision finds how a decision is taken, and whether unanimity stops rather than starts.
func (p *Provision) readDecision() {
	l, t := p.Lang, p.Text
	if u := unanimityFamily.find(l, t, 0); u.found() {
		p.Decision = Decision{Rule: "unanimity", Words: u.Words}
		if un := unlessFamily.find(l, t, 0); un.found() && un.Start < u.Start {
			p.Decision.Reversed = true
		}
		p.Words["decision"] = u.Words
		return
	}
	if m := majorityFamily.find(l, t, 0); m.found() {
		p.Decision = Decision{Rule: "majority", Words: m.Words}
		p.Words["decision"] = m.Words
	}
}

// Responds reports whether the provision obliges those who give the guarantee to act for the
// protected state: a binding response by the parties or guarantors (or by no one named).
func (p *Provision) Responds() bool {
	return p.Action.Responds() && p.Modality.Binding() && (p.Actor.Acts() || p.Actor == NoActor)
}

// skipAside skips a phrase set off by commas right after the modal verb: "will, in accordance
// with Article 51, give", "shall, if any of them so requests, consult".
func skipAside(t string, from int) int {
	if !strings.HasPrefix(t[from:], ",") {
		return from
	}
	if i := strings.Index(t[from+1:], ","); i >= 0 {
		return from + 1 + i + 1
	}
	return from
}
