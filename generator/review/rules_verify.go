package review

import (
	"slices"

	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

var noVerification = &Rule{
	ID: "G404", Name: "no-verification", Title: "No verification or attribution, or no link to the trigger",
	Severity: Warning, Weakness: []int{8},
	Why:      "Without a body that establishes the facts and who is responsible, every guarantor decides for itself whether the trigger was met, and the adversary disputes it. A finding that does not trigger anything is a report, not a guarantee.",
	Source:   "weaknesses.md §5 (verification: independent body, attribution, hard link to the trigger and the snapback)",
	Fix:      "Add verification/joint-commission, and tie its findings to the response: sanctions/snapback, nato/accession-contingency or a custom clause that acts on a confirmed finding.",
	Evidence: "Library properties (provides: verification, attribution, finding-link; requires on a verification clause); custom text (en, uk): verify, monitor, investigate, attribute; a finding or determination that triggers a measure.",
	check:    checkVerification,
}

func checkVerification(p *pass) {
	var best *clause
	standing := lvNone
	for _, c := range p.operative() {
		switch {
		case c.standing():
			standing = max(standing, c.response)
		case c.response >= lvReferral && (best == nil || c.response > best.response):
			best = c
		}
	}
	if best == nil || standing > best.response {
		return // the guarantee's main response is a standing mission, which acts without a finding
	}
	ver := p.providing("verification")
	if len(ver) == 0 {
		f := p.reportSpec(Warning, []any{"clauses"}, "no clause verifies a breach or attributes it, so nothing establishes that %s is triggered", best.id)
		relate(f, []*clause{best}, "the response without verification: %s")
		return
	}
	if len(p.providing("finding-link")) > 0 && best.response > lvNone {
		return // a clause ties every confirmed finding to the response
	}
	for _, c := range p.operative() {
		if slices.Contains(ver, c) {
			continue
		}
		for _, v := range ver {
			if slices.Contains(c.art.Use.Clause.Requires, v.id) {
				return
			}
		}
		if s, _ := c.first(findingLinkText); s != nil && c.response > lvNone {
			return
		}
	}
	p.report(ver[0], Warning, "", "the findings of %s trigger no response: no other clause acts on them", ver[0].id)
}

var dependentMonitoring = &Rule{
	ID: "G405", Name: "dependent-monitoring", Title: "Monitoring that depends on consent, consensus or short renewals",
	Severity: Warning, Weakness: []int{18},
	Why:      "The OSCE Special Monitoring Mission was renewed yearly by consensus of 57 states and ended when Russia blocked its renewal in March 2022; UN missions die by veto at renewal. Monitoring the adversary can switch off is no monitoring.",
	Source:   "weaknesses.md §5 (verification); OSCE SMM 2014-2022",
	Fix:      "Give the verification body a mandate for the whole term of the guarantee, decided by a majority of the guarantors, with no seat, vote or funding role for the adversary (verification/joint-commission).",
	Evidence: "Library properties of verification clauses (decision_rule consensus, unanimity or security-council; adversary_role verifier or approver); custom text (en, uk): renewed every year, by consensus, with the consent of, at the invitation of.",
	check:    checkMonitoring,
}

func checkMonitoring(p *pass) {
	for _, c := range p.providing("verification") {
		r, role := c.props.DecisionRule, c.props.AdversaryRole
		if r == "consensus" || r == "unanimity" || r == "security-council" || role == "verifier" || role == "approver" {
			p.report(c, Warning, "", "the monitoring under %s can be stopped: its decisions need %s", c.id, firstOf(r, "the adversary's "+role+" role"))
			continue
		}
		for _, s := range c.sents {
			if ph, at := dependentMandateText.find(s); at >= 0 {
				p.report(c, Warning, ph, "the monitoring under %s depends on “%s”, so it can be switched off", c.id, ph)
				break
			}
		}
	}
}

var snapbackVetoable = &Rule{
	ID: "G406", Name: "snapback-not-automatic", Title: "Snapback that is not self-executing",
	Severity: Warning, Weakness: []int{17},
	Why:      "EU sanctions need unanimity and are renewed every six months, so one member can hold them hostage; re-imposition that needs a new unanimous decision or a Council vote is not a snapback. UNSCR 2231 reversed the default: relief lapsed unless the Council voted to continue it.",
	Source:   "weaknesses.md §5 (snapback); UNSCR 2231 (2015) paras 11-12",
	Fix:      "Use sanctions/snapback: suspension lapses automatically on a confirmed finding unless the guarantors decide otherwise, through legal acts that provide for their own lapse.",
	Evidence: "Library properties (provides snapback or sanctions without automatic: true, or with decision_rule unanimity, consensus or security-council); custom text (en, uk): re-imposition that needs a new decision, unanimity, consensus or a Council vote, or sanctions renewed every six months.",
	check:    checkSnapback,
}

func checkSnapback(p *pass) {
	for _, c := range p.operative() {
		if !c.provides["snapback"] && !c.provides["sanctions"] {
			continue
		}
		r := c.props.DecisionRule
		if !c.custom && (c.props.Automatic == nil || !*c.props.Automatic || r == "unanimity" || r == "consensus" || r == "security-council") {
			p.report(c, Warning, "", "the sanctions under %s come back only by a new decision (%s)", c.id, firstOf(r, "not automatic"))
			continue
		}
		for i, s := range c.sents {
			ph, at := decisionNeededText.find(s)
			if pr := c.provs[i]; at < 0 && (pr.Council == provision.Referred || pr.Council == provision.Authorises) {
				ph, at = pr.Words["council"], 0 // the Council must vote the sanctions back
			}
			if at < 0 || !sanctionsText.in(s) || reversed(s, at) || automaticText.in(s) {
				continue
			}
			p.report(c, Warning, ph, "re-imposing the sanctions under %s needs “%s”, so it is not automatic", c.id, ph)
			break
		}
	}
}

// standing reports whether a library clause is a standing mission (air policing, a naval
// mission) that acts continuously rather than on a finding that an attack happened.
func (c *clause) standing() bool {
	return !c.custom && c.provides["forces"] && !c.provides["mutual-defence"] && c.props.Trigger == ""
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" && v != "none" {
			return v
		}
	}
	return ""
}
