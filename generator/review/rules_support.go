package review

var unilateralAction = &Rule{
	ID: "G205", Name: "unilateral-action", Title: "Unilateral right of action outside collective self-defence",
	Severity: Info, Weakness: []int{19},
	Why:      "A guarantor's right (not duty) to intervene alone can serve its own agenda and gives the adversary a pretext. Action framed as collective self-defence under Art. 51 of the UN Charter is lawful and shared.",
	Source:   "weaknesses.md §5 (unilateral right of action); UN Charter Art. 51",
	Fix:      "Frame action as individual or collective self-defence under Art. 51 (see defence/art5-style and preamble/self-defence), taken in concert with the other guarantors.",
	Evidence: "Library properties (decision_rule: unilateral); custom text (en, uk): unilaterally, act alone, в односторонньому порядку, unless the clause invokes self-defence or Art. 51.",
	check: func(p *pass) {
		for _, c := range p.operative() {
			phrase := c.unilateral()
			if c.props.DecisionRule == "unilateral" || phrase != "" && !hasAny(c, selfDefenceText) {
				p.report(c, Info, phrase, "%s gives a guarantor a right to act alone, outside collective self-defence", c.id)
			}
		}
	},
}

var noCapability = &Rule{
	ID: "G206", Name: "no-capability", Title: "Guarantee without capability behind it",
	Severity: Info, Weakness: []int{21},
	Why:      "Text without forces, stocks or funded plans behind it does not deter: the adversary reads capabilities, not promises.",
	Source:   "weaknesses.md §5 (capability); Schuman Paper n°830 (options table)",
	Fix:      "Add assistance/military (multi-year plans), and where feasible forces or funding clauses.",
	Evidence: "Library properties (provides: capability, forces, military-assistance, financial-assistance); custom text (en, uk) naming forces, weapons, stocks or funding.",
	check: func(p *pass) {
		best := p.strongest()
		if best == nil || best.response < lvDiscretionary {
			return
		}
		for _, m := range []string{"capability", "forces", "military-assistance", "financial-assistance"} {
			if len(p.providing(m)) > 0 {
				return
			}
		}
		p.report(best, Info, "", "no clause puts forces, weapons, stocks or funding behind the guarantee in %s", best.id)
	},
}

var appropriations = &Rule{
	ID: "G207", Name: "appropriations-reservation", Title: "Support subject to annual appropriations",
	Severity: Info, Weakness: []int{13},
	Why:      `"Subject to annual appropriations" or "within available resources" turns a multi-year promise into a promise to try, renegotiated in every budget.`,
	Source:   "weaknesses.md §5 (ratification and budgets)",
	Fix:      "Commit funds for the whole term (a multi-year plan, a dedicated fund), or state a minimum that does not depend on the budget.",
	Evidence: "Custom text (en, uk): subject to appropriations, within available resources, за наявності коштів.",
	check: func(p *pass) {
		for _, c := range p.clauses {
			if phrase := c.budget(); phrase != "" {
				p.report(c, Info, phrase, "“%s” makes the support in %s depend on each year's budget", phrase, c.id)
			}
		}
	},
}

// hasAny reports whether any sentence of the clause matches the detector.
func hasAny(c *clause, ph phrases) bool {
	s, _ := c.first(ph)
	return s != nil
}
