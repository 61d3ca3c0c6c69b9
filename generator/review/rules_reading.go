package review

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

var unclearActor = &Rule{
	ID: "G208", Name: "unclear-actor", Title: "Operative duty with no one named to perform it",
	Severity: Info,
	Why:      `A duty written in the passive ("assistance shall be provided", "measures will be taken") names no one who must act. Each guarantor can read it as addressed to the others, and the reviewer cannot tell whether it binds the guarantors, a body or the protected state: it says so rather than guess.`,
	Source:   "Drafting practice; DOMAIN.md §3 (ambiguity lets a guarantor deny the commitment)",
	Fix:      `Name who acts: "Each Guarantor shall provide ...", or add "by the Guarantors" to the passive.`,
	Evidence: "Custom operative text (en, uk) read by the provision reader: a binding response (assist, support, impose measures) in the passive, with no agent the reader can find.",
	check:    checkUnclearActor,
}

func checkUnclearActor(p *pass) {
	for _, c := range p.operative() {
		for _, pr := range c.provs {
			if pr.Actor == provision.NoActor && pr.Passive && pr.Action.Responds() && (pr.Modality == provision.Duty || pr.Modality == provision.Commitment) {
				ph := pr.Words["action"]
				p.report(c, Info, ph, "could not determine who must act in %s: “%s” names no one", c.id, ph)
				break
			}
		}
	}
}

var thirdStateDuty = &Rule{
	ID: "G408", Name: "third-state-obligation", Title: "Obligation put on a state that does not sign the instrument",
	Severity: Warning,
	Why:      "A treaty creates no obligation for a state that is not a party to it without that state's consent; an obligation arises for it only if it expressly accepts it in writing. A guarantee that rests on what the adversary must do, in an instrument the adversary does not sign, rests on nothing the adversary has accepted.",
	Source:   "Vienna Convention on the Law of Treaties (1969), Arts. 34 and 35",
	Fix:      "Put the adversary's obligations in the agreement it signs (the ceasefire or peace agreement) and make the guarantee answer their breach; in the guarantee, oblige only its parties.",
	Evidence: "Custom operative text (en, uk) read by the provision reader: the adversary named in the spec as the subject of a duty or commitment, when it is not one of the parties.",
	check:    checkThirdStateDuty,
}

func checkThirdStateDuty(p *pass) {
	if p.in.Adversary == nil || p.adversaryGuarantor() || p.in.Beneficiary != nil && p.in.Beneficiary.Code == p.in.Adversary.Code {
		return
	}
	for _, c := range p.operative() {
		for _, pr := range c.provs {
			if pr.Actor == provision.Adversary && (pr.Modality == provision.Duty || pr.Modality == provision.Commitment || pr.Modality == provision.Prohibition) {
				ph := pr.Words["actor"]
				said := strings.Join(strings.Fields(ph+" "+pr.Words["modal"]+" "+pr.Words["action"]), " ")
				p.report(c, Warning, ph, "%s puts an obligation on %s, which is not a party to the %s (“%s”)",
					c.id, p.adversaryName(), p.in.Form.Name(), said)
				break
			}
		}
	}
}
