package review

import "fmt"

var adversaryRole = &Rule{
	ID: "G403", Name: "adversary-role", Title: "The adversary as guarantor, verifier or decision-maker",
	Severity: Error, Weakness: []int{9},
	Why:      "A guarantee the adversary can block is worthless. Russia was an assuring state of the Budapest Memorandum and annexed Crimea; an adversary that verifies, decides or approves can switch the guarantee off, as Russia ended the OSCE monitoring mission in 2022.",
	Source:   "weaknesses.md §1, §5 (verification); Budapest Memorandum (Russia as assuring state)",
	Fix:      "Remove the adversary from the guarantors (parties.guarantors) and from every body that verifies, decides or approves; give it obligations, if any, in the peace agreement, not in the guarantee.",
	Evidence: "The spec's parties (adversary among the guarantors); library properties (adversary_role); custom text (en, uk): the adversary named in any case or by any alias, with a guarantor's, verifier's, decision-maker's or approver's role, unless the sentence denies it that role.",
	check:    checkAdversaryRole,
}

func checkAdversaryRole(p *pass) {
	if p.in.Adversary == nil {
		return
	}
	var party *Finding
	if p.adversaryGuarantor() {
		party = p.reportSpec(Error, []any{"parties", "guarantors"}, "%s, the named adversary, is one of the guarantors: it assures against itself and takes part in every decision of the parties", p.adversaryName())
	}
	for _, c := range p.clauses {
		role, phrase := p.roleOf(c)
		switch {
		case role == "":
		case role == "guarantor" && party != nil:
			party.Related = append(party.Related, Related{Pos: c.art.Use.Pos, Message: fmt.Sprintf("%s gives it a guarantor's role", c.id)})
		default:
			p.report(c, Error, phrase, "%s gives %s, the adversary, the role of %s", c.id, p.adversaryName(), role)
		}
	}
}

// roleOf returns the role a clause gives the adversary, and the phrase that shows it.
func (p *pass) roleOf(c *clause) (role, phrase string) {
	if r := c.props.AdversaryRole; r != "" && r != "none" {
		return r, ""
	}
	for _, s := range c.sents {
		if r, ph := p.adversaryRole(s); r != "" {
			return r, ph
		}
	}
	return "", ""
}

// adversaryRoleIn returns the role a sentence gives the adversary; "" for none.
func (p *pass) adversaryRoleIn(s sentence) string {
	r, _ := p.adversaryRole(s)
	return r
}

// adversaryRole returns the role a sentence gives the adversary and the name that shows it.
// The adversary named as the target of measures ("costs on Russia", "sanctions against it") or
// as the attacker has no role.
func (p *pass) adversaryRole(s sentence) (string, string) {
	for _, at := range p.adversary.findAll(s.Text) {
		if targetBefore.in(sentence{Lang: s.Lang, Text: s.Text[max(0, at[0]-12):at[0]]}) {
			continue
		}
		if r := roleNear(s, at[0], at[1]); r != "" {
			return r, s.Text[at[0]:at[1]]
		}
	}
	return "", ""
}

// targetBefore is a preposition that makes the adversary the target of a measure.
var targetBefore = detect([]string{`\b(on|against|upon|from|at)( the)? $`}, []string{`(проти|щодо|на) $`})

var roles = []struct {
	role string
	ph   phrases
}{{"verifier", roleVerifierText}, {"decision-maker", roleDeciderText}, {"approver", roleApproverText}, {"guarantor", roleGuarantorText}}

// roleNear returns the role the words around a mention of the adversary (s.Text[i:j]) give
// it: none when it is named as the attacker, or when the words deny it the role.
func roleNear(s sentence, i, j int) string {
	before := sentence{Lang: s.Lang, Text: s.Text[max(0, i-30):i]}
	after := sentence{Lang: s.Lang, Text: s.Text[j:min(len(s.Text), j+20)]}
	if attackText.in(before) || attackText.in(after) {
		return ""
	}
	ctx := sentence{Lang: s.Lang, Text: s.Text[max(0, i-80):min(len(s.Text), j+80)]}
	if negationText.in(ctx) {
		return ""
	}
	for _, r := range roles {
		if r.ph.in(ctx) {
			return r.role
		}
	}
	return ""
}

var noAdversary = &Rule{
	ID: "G407", Name: "no-adversary-named", Title: "No adversary named",
	Severity: Info,
	Why:      "The reviewer can only find the adversary in a guarantor's, verifier's or decision-maker's seat if the spec says who it is.",
	Source:   "weaknesses.md §1",
	Fix:      "Name the adversary in the spec: parties: {adversary: RU}. Naming it in the spec does not put it in the text.",
	Evidence: "The spec's parties.",
	check: func(p *pass) {
		if p.in.Adversary == nil {
			p.reportSpec(Info, []any{"parties"}, "the spec names no adversary, so its roles cannot be checked")
		}
	},
}
