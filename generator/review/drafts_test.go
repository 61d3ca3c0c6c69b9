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
	if p := r.Profile; !p.Binding || p.Verification != "independent" || p.DurationYears != 20 || p.Snapback != "automatic" {
		t.Errorf("profile: %s", p)
	}
}
