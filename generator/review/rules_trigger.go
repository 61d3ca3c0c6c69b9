package review

import "strings"

var weakTrigger = &Rule{
	ID: "G301", Name: "weak-trigger", Title: "Undefined, narrow or high-threshold trigger",
	Severity: Warning, Weakness: []int{7},
	Why:      `If "armed attack" is not defined, or is limited to nuclear use or to "significant, deliberate and sustained" attacks, the adversary can stay below the line with missiles, drones, cyber or hybrid operations, and each guarantor can argue the trigger was not met. Budapest's only remedy applied to aggression "in which nuclear weapons are used".`,
	Source:   "weaknesses.md §1, §6 item 7; North Atlantic Treaty Art. 6; UNGA res. 3314 (1974)",
	Fix:      "Add definitions/armed-attack (forces, missiles, drones, cyber, hybrid, imminent threat) and remove limiters from the trigger.",
	Evidence: "Library properties (trigger: narrow/undefined, provides: definition-armed-attack); custom text (en, uk): nuclear-only, large-scale, significant, deliberate and sustained; a custom definition missing missiles, drones, cyber, hybrid or threats.",
	check:    checkTrigger,
}

func checkTrigger(p *pass) {
	narrow := false
	for _, c := range p.operative() {
		if c.props.Trigger == "narrow" {
			narrow = true
			p.report(c, Warning, "", "the trigger of %s is narrow", c.id)
			continue
		}
		for _, s := range c.sents {
			if c.response < lvReferral && !c.provides["definition-armed-attack"] {
				break
			}
			if ph, _ := narrowTriggerText.find(s); ph != "" && attackText.in(s) {
				narrow = true
				p.report(c, Warning, ph, "the trigger of %s is limited to “%s”", c.id, ph)
				break
			}
		}
		checkCoverage(p, c)
	}
	best := p.strongest()
	if narrow || best == nil || best.response < lvReferral || len(p.providing("definition-armed-attack")) > 0 {
		return
	}
	for _, c := range p.operative() {
		if c.props.Trigger == "defined" {
			return
		}
	}
	p.report(best, Warning, "", "no clause defines the armed attack or breach that %s answers", best.id)
}

// coverage lists what a definition of armed attack should reach, with its words.
var coverage = []struct {
	what string
	ph   phrases
}{
	{"missiles", detect([]string{`\b(missile|rocket)s?\b`}, []string{`ракет\p{L}*`})},
	{"drones", detect([]string{`\b(drones?|unmanned)\b`}, []string{`безпілотн\p{L}*`, `дрон\p{L}*`})},
	{"cyber operations", detect([]string{`\bcyber`}, []string{`кібер`})},
	{"hybrid operations", detect([]string{`\bhybrid\b`}, []string{`гібридн\p{L}*`})},
	{"threats", detect([]string{`\b(threat|imminent)`}, []string{`загроз\p{L}*`})},
}

// checkCoverage reports a custom definition of armed attack that leaves means of attack out.
func checkCoverage(p *pass, c *clause) {
	if !c.custom || !c.provides["definition-armed-attack"] || !hasAny(c, meansText) {
		return // a definition by area says where, not by what means
	}
	var missing []string
	for _, cv := range coverage {
		if !hasAny(c, cv.ph) {
			missing = append(missing, cv.what)
		}
	}
	if len(missing) > 0 {
		p.report(c, Warning, "", "the definition in %s does not cover %s", c.id, strings.Join(missing, ", "))
	}
}

var ceasefireGap = &Rule{
	ID: "G302", Name: "ceasefire-gap", Title: "Guarantee that starts only after a ceasefire",
	Severity: Warning, Weakness: []int{14},
	Why:      "A guarantee that activates only after a ceasefire or the end of hostilities leaves the most dangerous period, the interim, uncovered, and gives the adversary a reason to delay the ceasefire.",
	Source:   "weaknesses.md §5 (activation gaps)",
	Fix:      "Make the guarantee apply from signature (final/provisional-application in a treaty), with measures scaled up as the situation stabilises.",
	Evidence: "Custom text (en, uk): applies/takes effect after the ceasefire, the cessation of hostilities or a peace agreement; після припинення вогню.",
	check: func(p *pass) {
		for _, c := range p.body() {
			for _, s := range c.sents {
				if ph, _ := ceasefireGapText.find(s); ph != "" && activationText.in(s) {
					p.report(c, Warning, ph, "%s starts only “%s”, leaving the time before it uncovered", c.id, ph)
					break
				}
			}
		}
	},
}

var voidable = &Rule{
	ID: "G303", Name: "voidable-by-conduct", Title: "Guarantee voidable by the protected state's conduct",
	Severity: Warning, Weakness: []int{15},
	Why:      `A guarantee that lapses on "provocation", for an "unprovoked" attack only, or "without cause" hands the adversary a script: stage a provocation, and the guarantors are released.`,
	Source:   "weaknesses.md §5 (carve-outs)",
	Fix:      "Delete the condition; if conduct must matter, tie it to a finding of the verification body (verification/joint-commission), not to a guarantor's own judgement.",
	Evidence: "Custom text (en, uk): provocation, unprovoked, without cause, provoked; or the protected state named with conduct that ends the guarantee.",
	check: func(p *pass) {
		for _, c := range p.body() {
			for _, s := range c.sents {
				ph, _ := voidingText.find(s)
				if ph == "" && p.protected.find(s.Text) != "" && conductText.in(s) && consequenceText.in(s) {
					ph, _ = consequenceText.find(s)
				}
				if ph != "" {
					p.report(c, Warning, ph, "%s lets the guarantee lapse over the protected state's own conduct (“%s”)", c.id, ph)
					break
				}
			}
		}
	},
}

var carveOut = &Rule{
	ID: "G304", Name: "geographic-carve-out", Title: "Geographic carve-out in the trigger",
	Severity: Warning, Weakness: []int{16},
	Why:      "Excluding occupied territories or areas near the line of contact creates grey zones where attacks are \"not covered\", exactly where they are most likely.",
	Source:   "weaknesses.md §5 (carve-outs); North Atlantic Treaty Art. 6",
	Fix:      "Cover the whole territory within internationally recognised borders, with its sea and airspace, and forces wherever they are (definitions/armed-attack).",
	Evidence: "Custom text (en, uk): except/excluding territories, temporarily occupied, under government control, тимчасово окупован.",
	check: func(p *pass) {
		for _, c := range p.body() {
			if ph := c.carveOut(); ph != "" {
				p.report(c, Warning, ph, "%s carves territory out of the guarantee (“%s”)", c.id, ph)
			}
		}
	},
}
