package review_test

import (
	"slices"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// The Budapest reconstruction gives the Budapest-pattern error with the components the issue
// names: non-binding form, reaffirmation only, a Security Council remedy, consultation only,
// no verification, the adversary as guarantor, no duration.
func TestBudapestExample(t *testing.T) {
	real, _ := projects(t)
	r := reviewFile(t, real, "../../drafts/budapest-1994.yaml")
	got := fired(r)
	for _, id := range []string{"G901", "G101", "G201", "G401", "G202", "G404", "G403", "G501"} {
		if !slices.Contains(got, id) {
			t.Errorf("%s (%s) missing; fired: %v", id, review.Lookup(id).Name, got)
		}
	}
	if r.Findings[0].Rule.ID != "G901" && r.Findings[0].Severity != review.Error {
		t.Errorf("first finding is %s, want an error", r.Findings[0].Rule.ID)
	}
	if p := r.Profile; p.Binding || p.Response != "consult" || p.Verification != "none" || p.DurationYears != 0 || p.Exit != "none" {
		t.Errorf("profile: %s", p)
	}
}

// The 20-year coalition treaty gives no error and no warning.
func TestCoalitionTreatyExample(t *testing.T) {
	real, _ := projects(t)
	r := reviewFile(t, real, "../../drafts/coalition-treaty-20y.yaml")
	for _, f := range r.Findings {
		if f.Severity >= review.Warning {
			t.Errorf("%s %s: %s %s", f.Pos, f.Severity, f.Rule.ID, f.Message)
		}
	}
	if p := r.Profile; !p.Binding || p.Verification != "joint" || p.DurationYears != 20 || p.Snapback != "automatic" {
		t.Errorf("profile: %s", p)
	}
}

// The layered treaty combines every option of the seed table and gives no error; its profile is
// the strongest the library can make: binding, automatic response, joint verification (the
// guarantors by majority, without the adversary), a 20-year lock-in and an automatic snapback.
func TestLayeredTreatyExample(t *testing.T) {
	real, _ := projects(t)
	r := reviewFile(t, real, "../../drafts/layered-treaty.yaml")
	for _, f := range r.Findings {
		if f.Severity >= review.Error {
			t.Errorf("%s %s: %s %s", f.Pos, f.Severity, f.Rule.ID, f.Message)
		}
	}
	p := r.Profile
	if !p.Binding || p.Response != "automatic" || p.Verification != "joint" || p.DurationYears < 20 || p.Snapback != "automatic" {
		t.Errorf("profile: %s", p)
	}
	for _, o := range []string{"assistance", "snapback", "air-naval", "tripwire", "nato-contingency"} {
		if !hasOption(p, o) {
			t.Errorf("option %s missing from the profile: %s", o, p.OptionsString())
		}
	}
}

// Each single-option example shows its option of the seed table, with the table's ratings, in
// the profile, in the form the table says the option needs.
func TestOptionExamples(t *testing.T) {
	real, _ := projects(t)
	for _, tc := range []struct {
		file, option, credibility, feasibility string
		binding                                bool
	}{
		{"option-1-assistance.yaml", "assistance", "low-moderate", "high", false},
		{"option-2-snapback.yaml", "snapback", "moderate", "moderate-high", true},
		{"option-3-air-naval.yaml", "air-naval", "moderate-high", "moderate", true},
		{"option-4-tripwire.yaml", "tripwire", "high", "low", true},
		{"option-5-nato-contingency.yaml", "nato-contingency", "very-high", "very-low", true},
	} {
		t.Run(tc.option, func(t *testing.T) {
			r := reviewFile(t, real, "../../drafts/"+tc.file)
			p := r.Profile
			if p.Binding != tc.binding {
				t.Errorf("binding = %v, want %v: %s", p.Binding, tc.binding, p)
			}
			if len(p.Options) == 0 {
				t.Fatalf("no option in the profile")
			}
			for _, o := range p.Options {
				if o.Option != tc.option || o.Credibility != tc.credibility || o.Feasibility != tc.feasibility {
					t.Errorf("option %s (credibility %s, feasibility %s) from %s; want only %s (%s, %s)",
						o.Option, o.Credibility, o.Feasibility, o.Clause, tc.option, tc.credibility, tc.feasibility)
				}
			}
		})
	}
}

func hasOption(p review.Profile, option string) bool {
	return slices.ContainsFunc(p.Options, func(o review.Option) bool { return o.Option == option })
}

// Air policing and a naval mission act without waiting for anyone to establish an attack, so the
// air-and-naval example needs no verification body (G404 stays silent).
func TestStandingMissionNeedsNoFinding(t *testing.T) {
	real, _ := projects(t)
	if got := fired(reviewFile(t, real, "../../drafts/option-3-air-naval.yaml")); slices.Contains(got, "G404") {
		t.Errorf("G404 fired on standing missions: %v", got)
	}
}
