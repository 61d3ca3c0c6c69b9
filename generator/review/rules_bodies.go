package review

import (
	"slices"

	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// permanentMembers are the states with a veto in the UN Security Council.
var permanentMembers = []string{"CN", "FR", "GB", "RU", "US"}

var vetoBody = &Rule{
	ID: "G401", Name: "veto-body-remedy", Title: "Remedy through a body where the adversary has a veto",
	Severity: Error, Weakness: []int{4},
	Why:      `A remedy that needs the Security Council, OSCE consensus or the agreement of "all guarantors" including the adversary can be blocked by the adversary itself. Budapest's only remedy was to "seek immediate Security Council action"; Russia vetoed the Council drafts in 2014 and 2022.`,
	Source:   "weaknesses.md §1, §5; Budapest Memorandum para 4; UN Charter Art. 27(3)",
	Fix:      "Make the response independent of any body the adversary sits in: defence/art5-style (measures reported to the Council but not dependent on it), verification/joint-commission (majority of guarantors, no seat for the adversary).",
	Evidence: "Library properties (decider/decision_rule security-council; consensus or unanimity with the adversary among the guarantors); custom text (en, uk): seek/request Security Council action, OSCE, consensus, unanimity, all the guarantors agree.",
	check:    checkVetoBody,
}

func checkVetoBody(p *pass) {
	who := "every permanent member, the adversary among them if it is one,"
	if a := p.in.Adversary; a != nil && slices.Contains(permanentMembers, a.Code) {
		who = p.adversaryName() + ", a permanent member,"
	}
	for _, c := range p.operative() {
		pr := c.props
		switch {
		case pr.Decider == "security-council" || pr.DecisionRule == "security-council":
			p.report(c, Error, "", "%s depends on the UN Security Council, where %s holds a veto", c.id, who)
		case (pr.DecisionRule == "consensus" || pr.DecisionRule == "unanimity") && p.adversaryVotes(c):
			p.report(c, Error, "", "%s needs %s, and %s takes part in the decision", c.id, pr.DecisionRule, p.adversaryName())
		default:
			p.vetoText(c, who)
		}
	}
}

// vetoText reports custom text whose remedy depends on the Security Council, or on a consensus
// or unanimity the adversary takes part in. Only a provision about the response counts: a
// Council that is informed, or that ends measures once it has acted, is no veto over them.
func (p *pass) vetoText(c *clause, who string) {
	for i, pr := range c.provs {
		if l, ph := provisionLevel(pr); l == lvReferral {
			p.report(c, Error, ph, "%s makes the response depend on the UN Security Council (“%s”), where %s holds a veto", c.id, ph, who)
			return
		}
		if !remedy(pr) {
			continue
		}
		s := c.sents[i]
		ph := pr.Decision.Words
		if pr.Decision.Rule != "unanimity" || pr.Decision.Reversed {
			ph = ""
		}
		if o, _ := osceText.find(s); o != "" && (ph != "" || pr.Actor == provision.OSCE) {
			ph = o
		}
		if ph == "" {
			continue
		}
		if p.adversaryVotes(c) || p.adversaryRoleIn(s) != "" || osceText.in(s) {
			p.report(c, Error, ph, "%s needs “%s”, which lets the adversary block it", c.id, ph)
			return
		}
	}
}

// remedy reports whether a provision is about the response: acting, consulting or deciding on
// it, or referring it.
func remedy(pr *provision.Provision) bool {
	return pr.Action.Responds() || pr.Action == provision.Consult || pr.Action == provision.Decide || pr.Action == provision.Refer
}

// adversaryVotes reports whether the adversary takes part in a clause's decisions.
func (p *pass) adversaryVotes(c *clause) bool {
	r := c.props.AdversaryRole
	return p.adversaryGuarantor() || r == "decision-maker" || r == "approver"
}

// reversed reports whether an "unless" comes before position at: the default is reversed, so
// unanimity is needed to stop the measure, not to take it.
func reversed(s sentence, at int) bool {
	_, u := unlessText.find(s)
	return u >= 0 && u < at
}

// adversaryName is the adversary's English name, or its code.
func (p *pass) adversaryName() string {
	a := p.in.Adversary
	switch {
	case a == nil:
		return "the adversary"
	case a.Names["en"].Nom != "":
		return a.Names["en"].Nom
	}
	return a.Code
}

var unanimityHostage = &Rule{
	ID: "G402", Name: "unanimity-among-guarantors", Title: "Response that any one guarantor can block",
	Severity: Warning,
	Why:      "Even without the adversary at the table, a response that needs every guarantor's consent can be held hostage by the one most exposed to pressure, as single EU members have held sanctions renewals hostage.",
	Source:   "weaknesses.md §5 (snapback: unanimity), §6 item 4 (\"all guarantors\")",
	Fix:      "Decide by majority or qualified majority of the guarantors (as verification/joint-commission does), or reverse the default so that unanimity is needed to stop a measure, not to take it.",
	Evidence: "Library properties (decision_rule consensus/unanimity, other than NATO accession, see G602); custom text (en, uk): consensus, unanimity, all guarantors agree, unless preceded by \"unless\".",
	check:    checkUnanimity,
}

func checkUnanimity(p *pass) {
	if p.adversaryGuarantor() {
		return // G401 reports these
	}
	for _, c := range p.operative() {
		if role, _ := p.roleOf(c); role != "" {
			continue // G401 and G403 report these
		}
		if c.props.Decider == "nato-council" || c.provides["nato-accession"] || c.provides["snapback"] || c.provides["sanctions"] {
			continue
		}
		if r := c.props.DecisionRule; !c.custom && (r == "consensus" || r == "unanimity") {
			p.report(c, Warning, "", "%s needs %s of %s: any one of them can block it", c.id, r, deciders(c.props.Decider))
			continue
		}
		for i, pr := range c.provs {
			s := c.sents[i]
			if pr.Decision.Rule == "unanimity" && !pr.Decision.Reversed && remedy(pr) && !osceText.in(s) &&
				p.adversaryRoleIn(s) == "" && !sanctionsText.in(s) {
				p.report(c, Warning, pr.Decision.Words, "%s needs “%s”: any one guarantor can block it", c.id, pr.Decision.Words)
				break
			}
		}
	}
}

// deciders names the members of a deciding body, for messages.
func deciders(decider string) string {
	switch decider {
	case "eu-council":
		return "the EU Council (every member state)"
	case "nato-council":
		return "the North Atlantic Council (every ally)"
	case "security-council":
		return "the Security Council's permanent members"
	}
	return "the guarantors"
}
