package web

import (
	"fmt"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
)

// profileRows sets the reviewer's profile out as labelled rows, each with a tone: good when it
// strengthens the guarantee, weak when it is a known weakness, bad when it defeats it.
func profileRows(ui string, o *outcome) []profileRow {
	pr := o.Report.Profile
	in := o.Draft.Instrument
	var rows []profileRow
	row := func(key, value, tone string) {
		rows = append(rows, profileRow{Label: tr(ui, key), Value: word(ui, value), Tone: tone})
	}
	cred, feas := packageRatings(o)
	row("credibility", cred, rateTone(cred))
	row("feasibility", feas, rateTone(feas))
	binding := tr(ui, "form."+string(pr.Form))
	row("profile.binding", binding, tone(pr.Binding, "good", "bad"))
	row("profile.response", pr.Response, responseTone(pr.Response))
	row("profile.verification", pr.Verification, map[string]string{"independent": "good", "dependent": "weak", "none": "bad"}[pr.Verification])
	dur := tr(ui, "none")
	if pr.DurationYears > 0 {
		dur = fmt.Sprintf("%d %s", pr.DurationYears, tr(ui, "years"))
		if pr.Renewal {
			dur += ", " + tr(ui, "renewable")
		}
	}
	row("profile.duration", dur, tone(pr.DurationYears >= 20 || pr.DurationYears == 0 && provides(in, "survival"), "good", "weak"))
	exit := word(ui, pr.Exit)
	if pr.NoticeMonths > 0 {
		exit += fmt.Sprintf(", %d %s", pr.NoticeMonths, tr(ui, "months.notice"))
	}
	row("profile.exit", exit, tone(pr.Exit != "none" && (pr.NoticeMonths == 0 || pr.NoticeMonths >= 12), "good", "weak"))
	row("profile.snapback", pr.Snapback, map[string]string{"automatic": "good", "vetoable": "weak", "none": ""}[pr.Snapback])
	ratif := tr(ui, "ratif.none")
	switch {
	case in.Form.Binding() && provides(in, "provisional-application"):
		ratif = tr(ui, "ratif.treaty.pa")
	case in.Form.Binding():
		ratif = tr(ui, "ratif.treaty")
	}
	row("profile.ratification", ratif, tone(!in.Form.Binding() || provides(in, "provisional-application"), "", "weak"))
	return rows
}

func responseTone(response string) string {
	switch response {
	case "automatic", "floor":
		return "good"
	case "discretionary":
		return "weak"
	}
	return "bad"
}

// packageRatings rates the package on the seed table's scales: as credible as its most
// credible option, as feasible as its least feasible one ("none" when it uses no option).
func packageRatings(o *outcome) (cred, feas string) {
	cred, feas = "none", "none"
	ci, fi := -1, len(generator.Ratings)
	for _, opt := range o.Report.Profile.Options {
		if i := slices.Index(generator.Ratings, opt.Credibility); i > ci {
			ci, cred = i, opt.Credibility
		}
		if i := slices.Index(generator.Ratings, opt.Feasibility); i >= 0 && i < fi {
			fi, feas = i, opt.Feasibility
		}
	}
	return cred, feas
}

func rateTone(r string) string {
	switch r {
	case "high", "very-high", "moderate-high":
		return "good"
	case "none", "very-low", "low":
		return "bad"
	}
	return "weak"
}

func tone(ok bool, yes, no string) string {
	if ok {
		return yes
	}
	return no
}

// provides reports whether a clause of the instrument provides the mechanism.
func provides(in *generator.Instrument, mech string) bool {
	for _, u := range in.Uses {
		if slices.Contains(u.Clause.Properties.Provides, mech) {
			return true
		}
	}
	return false
}
