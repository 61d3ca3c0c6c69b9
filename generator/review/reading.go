package review

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// provisionLevel returns the strength of the response a provision of custom text commits those who
// give the guarantee to, and the words that decided it.
func provisionLevel(p *provision.Provision) (level, string) {
	byUs := p.Actor.Acts() || p.Actor == provision.NoActor
	switch {
	case p.Council == provision.Referred && byUs, p.Council == provision.Authorises && p.Action.Responds(),
		p.Council == provision.CouncilActs && p.Action.Responds() && p.Modality != provision.Right:
		return lvReferral, p.Words["council"]
	case !byUs:
		return lvNone, ""
	case p.Modality == provision.Prohibition:
		return lvReaffirm, p.Words["modal"] // a promise to refrain: what the Charter already asks
	case p.Modality == provision.Right:
		return lvNone, "" // a right, not a duty
	case p.Action.Responds():
		switch {
		case p.Automatic != "":
			return lvAutomatic, p.Automatic
		case p.Floor != "" && p.Discretion == "":
			return lvFloor, p.Floor
		case p.Discretion != "":
			return lvDiscretionary, p.Discretion
		}
		return lvDiscretionary, p.Words["action"]
	case p.Action == provision.Consult || p.Action == provision.Decide && p.Modality.Binding():
		return lvConsult, p.Words["action"]
	case p.Action == provision.Reaffirm || p.Action == provision.Refrain:
		return lvReaffirm, p.Words["action"]
	case p.Automatic != "" && p.Action == provision.Final || p.Automatic != "" && p.Action == provision.NoAction:
		return lvAutomatic, p.Automatic
	}
	return lvNone, ""
}

// readNumbers records the term, lock-in and notice a provision sets, and the mechanisms its
// reading shows (a definition of the attack, an exit, an unlimited duration).
func (c *clause) readNumbers(p *provision.Provision) {
	if c.numWords == nil {
		c.numWords = map[int]string{}
	}
	for _, n := range p.Numbers {
		key := n.Value
		if n.Function == provision.Notice {
			key = n.Months()
		}
		if _, seen := c.numWords[key]; !seen {
			c.numWords[key] = n.Words
		}
		switch n.Function {
		case provision.Term:
			if n.Unit == "year" {
				c.terms = append(c.terms, n.Value)
				c.provides["duration"] = true
			}
		case provision.LockIn:
			if n.Unit == "year" {
				c.lockIns = append(c.lockIns, n.Value)
				c.provides["duration"] = true
			}
		case provision.Notice:
			if m := n.Months(); m > 0 {
				c.months = append(c.months, m)
			}
		}
	}
	s := sentence{Lang: p.Lang, Text: p.Text}
	if p.Action == provision.Define && attackText.in(s) && !deemingText.in(s) || attackText.in(s) && geographyText.in(s) {
		c.provides["definition-armed-attack"] = true
	}
	if p.Action == provision.Terminate && p.Modality == provision.Right || hasNotice(p) {
		c.provides["denunciation"] = true
	}
	if unlimitedText.in(sentence{Lang: p.Lang, Text: p.Text}) {
		c.provides["duration"] = true
	}
}

// hasNotice reports whether a provision sets a notice period.
func hasNotice(p *provision.Provision) bool {
	for _, n := range p.Numbers {
		if n.Function == provision.Notice {
			return true
		}
	}
	return false
}

// geographyText places the attack a trigger answers: a definition by area (North Atlantic
// Treaty Art. 6), not by means.
var geographyText = detect([]string{`\b(in|on|against) (the )?(\w+ )?(territor\w*|islands?|area|region|airspace|territorial waters|europe|north america)\b`},
	[]string{`на територ\p{L}*`, `(в|у) район\p{L}*`, `в європі`, `на (її|його|їхні) остров\p{L}*`})

// deemingText makes an attack on one an attack on all: a deeming clause, not a definition.
var deemingText = detect([]string{`\b(considered|deemed|regarded)( as)? an attack (against|on) (them )?all\b`},
	[]string{`вважа\p{L}* нападом на (всіх|усіх|всі)`, `розгляда\p{L}* як напад на (всі|всіх|усіх)`})

// meansText names means of attack: a definition that lists them is checked for the others.
var meansText = detect([]string{`\b(missiles?|rockets?|drones?|unmanned|cyber\w*|hybrid)\b`}, []string{`ракет\p{L}*`, `дрон\p{L}*`, `безпілотн\p{L}*`, `кібер\p{L}*`, `гібридн\p{L}*`})

// unlimitedText is a duration without end: the instrument stays in force until it is left.
var unlimitedText = detect([]string{`\bindefinitely\b`, `\bfor an unlimited (period|duration)\b`, `\bwithout (a )?time limit\b`,
	`\bof unlimited duration\b`, `\bfor an indefinite period\b`, `\bremain\w* in force until\b`},
	[]string{`безстроков\p{L}*`, `на невизначений строк`, `без обмеження строку`})

// carveOut returns the words that leave territory out of the clause.
func (c *clause) carveOut() string {
	for _, pr := range c.provs {
		underControl := strings.Contains(pr.CarveOut, " under ") || strings.Contains(pr.CarveOut, "під ")
		if pr.CarveOut != "" && (!underControl || attackText.in(sentence{Lang: pr.Lang, Text: pr.Text})) {
			return pr.CarveOut // "territories under its control" limits a guarantee only where it defines the attack
		}
	}
	_, ph := c.first(carveOutText)
	return ph
}

// unilateral returns the words that give a guarantor a right to act alone.
func (c *clause) unilateral() string {
	if _, ph := c.first(unilateralText); ph != "" {
		return ph
	}
	for _, pr := range c.provs {
		if pr.Unilateral != "" && pr.Modality == provision.Right {
			return pr.Unilateral
		}
	}
	return ""
}

// budget returns the words that make the clause's support depend on each year's budget.
func (c *clause) budget() string {
	for _, pr := range c.provs {
		if pr.Budget != "" {
			return pr.Budget
		}
	}
	_, ph := c.first(appropriationsText)
	return ph
}

// Provisions reads every placed clause of a draft, library clauses too, in every language of
// the instrument: what the reader makes of each sentence, by clause id in draft order.
func Provisions(d *generator.Draft) ([]string, map[string][]*provision.Provision) {
	ps := roster(d.Instrument)
	var ids []string
	out := map[string][]*provision.Provision{}
	for _, a := range d.Articles {
		id := a.Use.Clause.ID
		if _, seen := out[id]; !seen {
			ids = append(ids, id)
		}
		for _, l := range d.Instrument.Languages {
			out[id] = append(out[id], provision.Read(l, a.Text[l], ps)...)
		}
	}
	return ids, out
}
