package review

import "strings"

var missingFinalClauses = &Rule{
	ID: "G505", Name: "missing-final-clauses", Title: "Treaty without the final clauses it needs",
	Severity: Warning,
	Why:      "A binding instrument needs to say how states consent to be bound, when it enters into force, how long it lasts, how a party leaves and which texts are authentic; each gap is a dispute waiting to happen and a way to deny the obligation.",
	Source:   "weaknesses.md §4; UN OLA Final Clauses of Multilateral Treaties: Handbook (2003); VCLT Arts. 24, 33, 56",
	Fix:      "Add the missing final/* clauses: final/ratification, final/entry-into-force, duration/fixed-term, final/denunciation, final/authentic-texts.",
	Evidence: "Library properties (provides); custom final text (en, uk); the treaty template's testimonium for authentic texts.",
	check:    checkFinalClauses,
}

func checkFinalClauses(p *pass) {
	if !p.in.Form.Binding() {
		return
	}
	need := []struct {
		mech, name string
		ph         phrases
	}{
		{"ratification", "consent to be bound (ratification)", nil},
		{"entry-into-force", "entry into force", nil},
		{"duration", "duration", nil},
		{"denunciation", "denunciation", nil},
		{"authentic-texts", "authentic texts", authenticText},
	}
	var missing []string
	for _, n := range need {
		if len(p.providing(n.mech)) == 0 && (n.ph == nil || !p.frameSays(n.ph)) {
			missing = append(missing, n.name)
		}
	}
	if len(missing) > 0 {
		p.reportSpec(Warning, []any{"clauses"}, "the treaty has no clause on %s", strings.Join(missing, ", "))
	}
}

var ratificationGap = &Rule{
	ID: "G506", Name: "ratification-gap", Title: "Ratification gap or executive-only form",
	Severity: Info, Weakness: []int{12},
	Why:      "A treaty that needs ratification protects no one until parliaments act, unless it applies provisionally (VCLT Art. 25). An executive-only instrument avoids that delay but can be dropped by the next government.",
	Source:   "weaknesses.md §4, §5 (ratification); VCLT Art. 25",
	Fix:      "In a treaty, add final/provisional-application; where its constitutional proviso leaves duties to use armed force to ratification, add measures short of force that apply from signature (defence/response-floor, sanctions/snapback); for a memorandum, plan the treaty that will replace it.",
	Evidence: "The spec's form; library properties (ratification, provisional-application, constitutional-proviso); custom final text (en, uk).",
	check: func(p *pass) {
		switch {
		case !p.in.Form.Binding():
			p.reportSpec(Info, []any{"form"}, "a %s is signed by governments alone: the next government can drop it", p.in.Form.Name())
		case len(p.providing("ratification")) > 0 && len(p.providing("provisional-application")) == 0:
			c := p.providing("ratification")[0]
			p.report(c, Info, "", "the treaty needs ratification (%s) and does not apply provisionally, so it protects no one until then", c.id)
		}
		for _, c := range p.providing("constitutional-proviso") {
			p.report(c, Info, "", "%s applies only to the extent each signatory's constitution allows: where a duty to use armed force needs parliament's approval, that duty waits for ratification", c.id)
		}
	},
}

var noRegistration = &Rule{
	ID: "G507", Name: "no-registration", Title: "Treaty not registered with the UN",
	Severity: Info, Weakness: []int{20},
	Why:      "An unregistered treaty cannot be invoked before any UN organ (Charter Art. 102). The Budapest Memorandum was registered only in 2014.",
	Source:   "weaknesses.md §4; UN Charter Art. 102",
	Fix:      "Add final/registration.",
	Evidence: "Library properties (provides: registration); custom final text (en, uk): Article 102, registration.",
	check: func(p *pass) {
		if p.in.Form.Binding() && len(p.providing("registration")) == 0 {
			p.reportSpec(Info, []any{"clauses"}, "the treaty has no registration clause (UN Charter Art. 102)")
		}
	},
}

var languages = &Rule{
	ID: "G508", Name: "authentic-texts", Title: "No authentic-texts statement or prevailing text",
	Severity: Info, Weakness: []int{20},
	Why:      "When texts in two languages diverge, VCLT Art. 33 resolves the divergence by interpretation unless the instrument says which text prevails; a drafter should decide that on purpose, and say which texts are authentic at all.",
	Source:   "weaknesses.md §4, §7; VCLT Art. 33",
	Fix:      "Set prevails: en (or uk) in the spec if one text should prevail; in a declaration, say which texts are equally valid.",
	Evidence: "The spec's languages and prevails; library properties (authentic-texts); the form template's testimonium; custom text (en, uk).",
	check: func(p *pass) {
		if len(p.in.Languages) < 2 {
			return
		}
		switch {
		case !p.says("authentic-texts", authenticText):
			p.reportSpec(Info, []any{"languages"}, "nothing says which of the %d language versions are authentic", len(p.in.Languages))
		case p.in.Prevails == "" && !p.frameSays(prevailText) && !anyText(p, prevailText):
			p.reportSpec(Info, []any{"languages"}, "the texts are equally authentic and none prevails: divergences are left to interpretation")
		}
	},
}

// anyText reports whether any clause's text matches the detector.
func anyText(p *pass, ph phrases) bool {
	for _, c := range p.clauses {
		if hasAny(c, ph) {
			return true
		}
	}
	return false
}
