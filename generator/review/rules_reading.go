package review

import "github.com/guarantor-dev/guarantor/generator/review/provision"

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
