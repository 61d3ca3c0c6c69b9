package review

import (
	"fmt"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Profile sums up an instrument: how binding it is, how strongly it responds, whether anyone
// independent verifies, how long it lasts, whether sanctions snap back, and the seed table's
// ratings of the options it uses.
type Profile struct {
	Form    generator.Form `json:"form"`
	Binding bool           `json:"binding"`
	// Response is the strongest response of any clause: none, reaffirm, referral, consult,
	// discretionary, floor or automatic.
	Response string `json:"response"`
	// Verification is none, dependent (the adversary or a consensus can stop it), joint (the
	// guarantors establish the facts, by majority, without the adversary) or independent (a body
	// independent of the parties).
	Verification string `json:"verification"`
	// DurationYears is the shortest term set (0: none); Renewal whether it renews.
	DurationYears int  `json:"duration_years"`
	Renewal       bool `json:"renewal"`
	// Exit is none, denunciation or discontinuation; NoticeMonths its shortest notice (0: none).
	Exit         string `json:"exit"`
	NoticeMonths int    `json:"notice_months"`
	// Snapback is none, vetoable (needs a new decision) or automatic.
	Snapback string   `json:"snapback"`
	Options  []Option `json:"options"`
}

// Option is one option of the seed table an instrument uses, with its ratings.
type Option struct {
	Option      string `json:"option"`
	Credibility string `json:"credibility"`
	Feasibility string `json:"feasibility"`
	Clause      string `json:"clause"`
}

func profile(p *pass) Profile {
	pr := Profile{Form: p.in.Form, Binding: p.in.Form.Binding(), Response: "none", Verification: "none",
		Exit: "none", Snapback: "none", Options: []Option{}}
	for _, c := range p.operative() {
		if !c.sanctions() && c.response > parseLevel(pr.Response) {
			pr.Response = c.response.String()
		}
	}
	if ver := p.providing("verification"); len(ver) > 0 {
		pr.Verification = "independent"
		if !slices.ContainsFunc(ver, func(c *clause) bool { return c.custom || c.props.Decider == "independent-body" }) {
			pr.Verification = "joint" // the guarantors (or a commission they confirm by majority) establish the facts
		}
		if p.found(dependentMonitoring) || p.adversaryVerifies() {
			pr.Verification = "dependent"
		}
	}
	if len(p.providing("snapback"))+len(p.providing("sanctions")) > 0 {
		pr.Snapback = "automatic"
		if p.found(snapbackVetoable) {
			pr.Snapback = "vetoable"
		}
	}
	for _, c := range p.clauses {
		pr.DurationYears = minPositive(pr.DurationYears, minOf(c.years))
		pr.NoticeMonths = minPositive(pr.NoticeMonths, minOf(c.months))
		if o := c.props.Option; o != "" {
			pr.Options = append(pr.Options, Option{Option: o, Credibility: c.props.Credibility, Feasibility: c.props.Feasibility, Clause: c.id})
		}
	}
	pr.Renewal = len(p.providing("renewal")) > 0
	if len(p.providing("denunciation"))+len(p.providing("discontinuation")) > 0 {
		pr.Exit = "discontinuation" // how a memorandum or declaration is left
		if pr.Binding {
			pr.Exit = "denunciation"
		}
	}
	return pr
}

func (p *pass) found(r *Rule) bool {
	for _, f := range p.findings {
		if f.Rule == r {
			return true
		}
	}
	return false
}

func (p *pass) adversaryVerifies() bool {
	for _, c := range p.providing("verification") {
		if role, _ := p.roleOf(c); role != "" {
			return true
		}
	}
	return false
}

func minPositive(a, b int) int {
	switch {
	case a == 0:
		return b
	case b == 0:
		return a
	}
	return min(a, b)
}

// String sums the profile up in one line.
func (pr Profile) String() string {
	binding := "not binding"
	if pr.Binding {
		binding = "binding"
	}
	duration := "none"
	if pr.DurationYears > 0 {
		duration = fmt.Sprintf("%d years", pr.DurationYears)
		if pr.Renewal {
			duration += ", renewable"
		}
	}
	exit := pr.Exit
	if pr.NoticeMonths > 0 {
		exit += fmt.Sprintf(" on %d months' notice", pr.NoticeMonths)
	}
	return fmt.Sprintf("%s %s; response: %s; verification: %s; duration: %s; exit: %s; snapback: %s",
		binding, pr.Form, pr.Response, pr.Verification, duration, exit, pr.Snapback)
}

// OptionsString lists the options with their ratings, each once, or "" when there are none.
func (pr Profile) OptionsString() string {
	var parts []string
	seen := map[string]bool{}
	for _, o := range pr.Options {
		if seen[o.Option] {
			continue // one option, several clauses
		}
		seen[o.Option] = true
		parts = append(parts, fmt.Sprintf("%s (credibility %s, feasibility %s)", o.Option, o.Credibility, o.Feasibility))
	}
	return strings.Join(parts, "; ")
}
