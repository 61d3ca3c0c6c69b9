package review

import "github.com/guarantor-dev/guarantor/generator/review/provision"

var reaffirmOnly = &Rule{
	ID: "G201", Name: "reaffirmation-only", Title: "Obligations that only restate existing law",
	Severity: Warning, Weakness: []int{3},
	Why:      `"Reaffirm", "respect" and "refrain from the threat or use of force" repeat what the UN Charter already requires of every state. An adversary that breaks the Charter breaks these too; a guarantee needs a new positive duty to act.`,
	Source:   "weaknesses.md §1, §2 (positive vs negative guarantees); Budapest Memorandum paras 1-3, 5",
	Fix:      "Add a positive duty: defence/art5-style with definitions/armed-attack, assistance/military, sanctions/snapback.",
	Evidence: "Library properties (response, provides); custom operative text (en, uk): a reaffirming verb that governs the sentence, and no duty to provide, assist, deploy or take measures.",
	check:    checkReaffirmOnly,
}

func checkReaffirmOnly(p *pass) {
	var reaffirm []*clause
	for _, c := range p.operative() {
		if c.positive() {
			return
		}
		if c.response == lvReaffirm || c.provides["reaffirmation"] || c.provides["negative-guarantee"] {
			reaffirm = append(reaffirm, c)
		}
	}
	if len(reaffirm) == 0 {
		return
	}
	c := reaffirm[0]
	_, phrase := c.first(reaffirmText)
	f := p.report(c, Warning, phrase, "the operative clauses only restate existing law (%s and %d more); none adds a new duty to act",
		c.id, len(reaffirm)-1)
	relate(f, reaffirm[1:], "also only restates existing law: %s")
}

var consultOnly = &Rule{
	ID: "G202", Name: "consultation-only", Title: "Consultation as the only response",
	Severity: Warning, Escalation: "error when nothing else in the instrument is a duty to act (no assistance, forces or sanctions either)",
	Weakness: []int{5},
	Why:      "Consulting is a process, not protection. The adversary can boycott consultations: Russia skipped the 2014 Budapest consultations. An attack answered only by talks is not deterred.",
	Source:   "weaknesses.md §5 (consultation); Budapest Memorandum para 6; North Atlantic Treaty Art. 4",
	Fix:      "Add a response that acts: defence/art5-style (with a floor of minimum measures), sanctions/snapback, assistance/military; keep consultation/within-hours as a first step.",
	Evidence: "Library properties (response: consult); custom operative text (en, uk): consult, hold talks, консультації.",
	check:    checkConsultOnly,
}

func checkConsultOnly(p *pass) {
	best := p.strongest()
	if best == nil || best.response != lvConsult {
		return
	}
	sev := Error
	for _, c := range p.operative() {
		if c.positive() || c.provides["military-assistance"] || c.provides["financial-assistance"] {
			sev = Warning
		}
	}
	_, phrase := best.first(consultText)
	msg := "the strongest response to an attack in the instrument is consultation (%s)"
	if sev == Error {
		msg = "consultation (%s) is the only response the instrument gives; nothing obliges anyone to act"
	}
	p.report(best, sev, phrase, msg, best.id)
}

var noDeadline = &Rule{
	ID: "G203", Name: "no-deadline", Title: "Consultations or decisions without a deadline",
	Severity: Warning, Weakness: []int{6},
	Why:      `"Immediately", "swiftly" or "where possible" set no time anyone can be held to; while guarantors deliberate, the attacker creates facts on the ground. Recent practice sets 24 hours for consultations.`,
	Source:   "weaknesses.md §5 (consultation: 24-hour deadline); Schuman Paper n°830",
	Fix:      "Use consultation/within-hours (hours: 24), or write a number of hours or days into the custom text (\"within 24 hours\").",
	Evidence: "Library properties (response: consult without deadline_hours); custom text (en, uk): consultation or decision sentences without \"within N hours/days\".",
	check:    checkNoDeadline,
}

func checkNoDeadline(p *pass) {
	for _, c := range p.operative() {
		if c.props.DeadlineHours.Set() {
			continue
		}
		if !c.custom {
			if c.response == lvConsult {
				p.report(c, Warning, "", "consultations under %s have no deadline", c.id)
			}
			continue
		}
		for _, pr := range c.provs {
			if d := pr.Deadline; !deliberates(pr) || d != nil && d.Firm {
				continue
			}
			if d := pr.Deadline; d != nil {
				why := "no number of hours or days is set"
				if d.Hours > 0 {
					why = "“" + pr.Efforts + "” makes it a best effort"
				}
				p.report(c, Warning, d.Words, "“%s” is not a deadline: %s", d.Words, why)
			} else {
				p.report(c, Warning, pr.Words["action"], "“%s” has no deadline", pr.Words["action"])
			}
			break
		}
	}
}

// deliberates reports whether a provision obliges someone other than the adversary to consult
// or decide.
func deliberates(pr *provision.Provision) bool {
	return (pr.Action == provision.Consult || pr.Action == provision.Decide) && pr.Actor != provision.Adversary &&
		pr.Modality != provision.Right && pr.Modality != provision.Prohibition && pr.Modality != provision.NoModality
}

var discretionNoFloor = &Rule{
	ID: "G204", Name: "discretion-without-floor", Title: "Discretionary response with no floor",
	Severity: Info, Escalation: "warning when the instrument is not binding (weakness 1)",
	Weakness: []int{10},
	Why:      `"Such action as it deems necessary" and "in accordance with its constitutional processes" leave each guarantor to decide whether to do anything at all. That works inside an integrated alliance with standing forces; without one, a guarantee needs enumerated minimum measures within a deadline.`,
	Source:   "weaknesses.md §2 (Art. 5), §5 (discretion); Schuman Paper n°830 (Art. 5 as non-committal)",
	Fix:      "Add a floor of minimum measures each guarantor takes within a deadline (response: floor), alongside the discretionary clause.",
	Evidence: "Library properties (response: discretionary, no response-floor anywhere); custom text (en, uk): as it deems necessary, constitutional processes, may, на власний розсуд.",
	check:    checkDiscretion,
}

func checkDiscretion(p *pass) {
	var hits []*clause
	var phrase string
	for _, c := range p.operative() {
		if c.response >= lvFloor && !c.sanctions() || c.provides["response-floor"] {
			return
		}
		if !c.custom && c.props.Response == "discretionary" {
			hits = append(hits, c)
			continue
		}
		if ph := discretionIn(c); ph != "" {
			if len(hits) == 0 {
				phrase = ph
			}
			hits = append(hits, c)
		}
	}
	if len(hits) == 0 {
		return
	}
	sev := Info
	if !p.in.Form.Binding() {
		sev = Warning
	}
	f := p.report(hits[0], sev, phrase, "%s leaves each guarantor to decide what, if anything, to do, and no clause sets a floor of minimum measures", hits[0].id)
	relate(f, hits[1:], "also discretionary: %s")
}

// discretionIn returns the words that leave a custom clause's response to each guarantor's
// judgement: a discretion qualifier on a response, or on consultations about the response.
func discretionIn(c *clause) string {
	for _, pr := range c.provs {
		if pr.Discretion == "" || pr.Floor != "" || !(pr.Actor.Acts() || pr.Actor == provision.NoActor) {
			continue
		}
		if pr.Action.Responds() || deliberates(pr) && pr.Trigger != "" || pr.Modality == provision.Prohibition {
			return pr.Discretion
		}
	}
	return ""
}
