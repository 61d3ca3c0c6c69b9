package review

import "slices"

// euMembers are the member states of the European Union (ISO 3166 alpha-2).
var euMembers = []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}

var euNonMember = &Rule{
	ID: "G601", Name: "eu-clause-for-non-member", Title: "EU mutual assistance relied on for a non-member",
	Severity: Error, Weakness: []int{22},
	Why:      "TEU Art. 42(7) obliges EU members to aid a member that is the victim of armed aggression on its territory; it cannot protect a state that is not a member. Ukraine is a candidate, years from accession.",
	Source:   "weaknesses.md §2 (TEU Art. 42(7), TFEU Art. 222)",
	Fix:      "Use tools open to non-members (CSDP missions, the European Peace Facility, sanctions/snapback) or make the clause apply from accession; give the guarantee through defence/art5-style meanwhile.",
	Evidence: "Library properties (requires_eu_membership); custom text (en, uk): Article 42(7), aid and assistance by all the means in their power, Article 222, unless it applies only from accession.",
	check: func(p *pass) {
		if b := p.in.Beneficiary; b != nil && slices.Contains(euMembers, b.Code) {
			return
		}
		for _, c := range p.operative() {
			_, ph := c.first(euMutualText)
			if c.props.RequiresEUMembership || ph != "" && !hasAny(c, accessionFirstText) {
				p.report(c, Error, ph, "%s relies on EU mutual assistance, which protects only EU member states", c.id)
			}
		}
	},
}

var natoUnanimity = &Rule{
	ID: "G602", Name: "nato-accession-unanimity", Title: "NATO accession needs every member",
	Severity: Info, Weakness: []int{23},
	Why:      "Accession to NATO needs a unanimous invitation (North Atlantic Treaty Art. 10) and ratification by every member; one member can block it. The option rates very high on credibility and very low on feasibility.",
	Source:   "weaknesses.md §1 (options table), §2 (Art. 10); Schuman Paper n°830",
	Fix:      "Keep the contingency, but do not let it carry the guarantee alone: pair it with defence/art5-style and sanctions/snapback.",
	Evidence: "Library properties (provides nato-accession, option nato-contingency); custom text (en, uk): accession to the North Atlantic Treaty, NATO membership.",
	check: func(p *pass) {
		for _, c := range p.operative() {
			if c.provides["nato-accession"] || c.props.Option == "nato-contingency" {
				p.report(c, Info, "", "%s depends on NATO accession, which every member must accept and ratify", c.id)
			}
		}
	},
}
