package review

import (
	"fmt"

	"github.com/guarantor-dev/guarantor/generator"
)

// Report is the review of one instrument.
type Report struct {
	Instrument *generator.Instrument
	// Findings are sorted: strongest severity first, then by position.
	Findings []*Finding
	Profile  Profile
}

// Review runs every rule over an assembled draft. Findings about the instrument as a whole
// point at the spec key they concern, from the positions the instrument carries.
func Review(d *generator.Draft) *Report { return review(d, nil) }

func review(d *generator.Draft, m *Memo) *Report {
	p := newPass(d, m)
	for _, r := range order {
		if len(r.Requires) > 0 {
			p.suppress(false) // a rule that reads findings sees them suppressed or not
		}
		if r.check != nil {
			p.rule = r
			r.check(p)
		}
	}
	p.suppress(true)
	sortFindings(p.findings)
	return &Report{Instrument: d.Instrument, Findings: p.findings, Profile: profile(p)}
}

// Count returns the number of findings that are not suppressed and reach min.
func (r *Report) Count(min Severity) int {
	n := 0
	for _, f := range r.Findings {
		if !f.Suppressed && f.Severity >= min {
			n++
		}
	}
	return n
}

// Summary counts the findings per severity, and the suppressed ones.
type Summary struct {
	Error      int `json:"error"`
	Warning    int `json:"warning"`
	Info       int `json:"info"`
	Suppressed int `json:"suppressed"`
}

// Counts says the unsuppressed counts in words: "1 error, 2 warnings, 3 info".
func (s Summary) Counts() string {
	return fmt.Sprintf("%d %s, %d %s, %d info", s.Error, plural(s.Error, "error"), s.Warning, plural(s.Warning, "warning"), s.Info)
}

// Summary counts the report's findings.
func (r *Report) Summary() Summary {
	var s Summary
	for _, f := range r.Findings {
		switch {
		case f.Suppressed:
			s.Suppressed++
		case f.Severity == Error:
			s.Error++
		case f.Severity == Warning:
			s.Warning++
		default:
			s.Info++
		}
	}
	return s
}
