package review_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// The reader reads each library clause used by the examples consistently with the properties
// its author declared: a mismatch is a library bug (or a reader bug) and fails here.
func TestLibraryTextMatchesProperties(t *testing.T) {
	real, _ := projects(t)
	files, _ := filepath.Glob("../../drafts/*.yaml")
	checked := map[string]bool{}
	for _, path := range files {
		d := draft(t, real, path)
		ids, provs := review.Provisions(d)
		for _, a := range d.Articles {
			c := a.Use.Clause
			key := c.ID + "/" + d.Instrument.Form.Name()
			if c.Custom || checked[key] || !slices.Contains(ids, c.ID) {
				continue
			}
			checked[key] = true
			for _, problem := range mismatches(c.Properties, a.Use.Params, provs[c.ID]) {
				t.Errorf("%s (%s, in %s): %s", c.ID, d.Instrument.Form.Name(), filepath.Base(path), problem)
			}
		}
	}
	if len(checked) < 20 {
		t.Errorf("only %d library clauses checked", len(checked))
	}
}

// mismatches compares declared properties with what the reader read in the clause's text.
func mismatches(pr generator.Properties, params map[string]any, ps []*provision.Provision) []string {
	has := func(ok func(*provision.Provision) bool) bool { return slices.ContainsFunc(ps, ok) }
	var out []string
	provides := func(m string) bool { return slices.Contains(pr.Provides, m) }
	if pr.Response == "consult" && !has(func(p *provision.Provision) bool {
		return p.Action == provision.Consult || p.Action == provision.Decide
	}) {
		out = append(out, "declares response: consult, but no sentence consults")
	}
	if (provides("mutual-defence") || provides("military-assistance")) && !has((*provision.Provision).Responds) {
		out = append(out, "declares a response that acts, but no sentence binds anyone to assist or support")
	}
	if provides("denunciation") && !has(func(p *provision.Provision) bool { return p.Action == provision.Terminate }) {
		out = append(out, "declares denunciation, but no sentence lets a party leave")
	}
	if m := pr.NoticeMonths.Resolve(params); m > 0 && !has(func(p *provision.Provision) bool {
		return slices.ContainsFunc(p.Numbers, func(n provision.Number) bool { return n.Function == provision.Notice && n.Months() == m })
	}) {
		out = append(out, "declares notice_months, but the reader finds no notice of that length")
	}
	if y := pr.DurationYears.Resolve(params); y > 0 && !has(func(p *provision.Provision) bool {
		return slices.ContainsFunc(p.Numbers, func(n provision.Number) bool {
			return n.Unit == "year" && n.Value == y && (n.Function == provision.Term || n.Function == provision.LockIn)
		})
	}) {
		out = append(out, "declares duration_years, but the reader finds no term or lock-in of that length")
	}
	if h := pr.DeadlineHours.Resolve(params); h > 0 && !has(func(p *provision.Provision) bool {
		return p.Deadline != nil && p.Deadline.Firm && p.Deadline.Hours == h
	}) {
		out = append(out, "declares deadline_hours, but the reader finds no firm deadline of that length")
	}
	return out
}
