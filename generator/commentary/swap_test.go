package commentary_test

import (
	"slices"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/commentary"
)

// A swap keeps the parameters that still apply, adds what the alternative requires, and is
// blocked when another clause requires the one it replaces.
func TestSwaps(t *testing.T) {
	p := load(t)
	in, err := p.Loader.Load("weak.yaml", []byte(`title: {en: Weak treaty, uk: Слабкий договір}
form: treaty
languages: [en, uk]
parties: {beneficiary: UA, guarantors: [GB, FR], adversary: RU}
scope: peace
date: 2026-11-22
place: {en: Kyiv, uk: {nom: Київ, loc: Києві}}
clauses:
  - use: definitions/armed-attack
  - use: sanctions/will-consider
  - use: duration/lock-in
    with: {years: 15}
`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range in.Uses {
		for _, s := range commentary.Swaps(in, p.Library, u) {
			got = append(got, u.Clause.ID+">"+s.Clause.ID)
			switch s.Clause.ID {
			case "sanctions/snapback":
				if !slices.Equal(s.Added, []string{"verification/joint-commission"}) || s.Instrument == nil {
					t.Errorf("snapback: added %v, blocked %q; want the joint commission added", s.Added, s.Blocked)
					continue
				}
				ids := useIDs(s.Instrument.Uses)
				want := []string{"definitions/armed-attack", "sanctions/snapback", "verification/joint-commission", "duration/lock-in"}
				if !slices.Equal(ids, want) {
					t.Errorf("snapback swap: uses %v, want %v", ids, want)
				}
			case "duration/fixed-term":
				if y := s.Instrument.Uses[2].Params["years"]; y != 15 {
					t.Errorf("fixed-term in place of lock-in: years %v, want the 15 kept", y)
				}
			}
		}
	}
	for _, want := range []string{"sanctions/will-consider>sanctions/snapback", "duration/lock-in>duration/fixed-term"} {
		if !slices.Contains(got, want) {
			t.Errorf("swaps %v lack %s", got, want)
		}
	}
	for _, bad := range []string{"definitions/armed-attack>", "sanctions/will-consider>verification/"} {
		for _, g := range got {
			if len(g) >= len(bad) && g[:len(bad)] == bad {
				t.Errorf("%s is not an alternative", g)
			}
		}
	}
	// A custom clause of the spec has library alternatives that provide what it provides.
	bud := draft(t, "budapest-1994.yaml")
	var consult []string
	for _, u := range bud.Instrument.Uses {
		if u.Clause.Custom && len(u.Clause.Properties.Provides) > 0 && u.Clause.Properties.Provides[0] == "consultation" {
			for _, s := range commentary.Swaps(bud.Instrument, p.Library, u) {
				consult = append(consult, s.Clause.ID)
			}
		}
	}
	if !slices.Contains(consult, "consultation/within-hours") {
		t.Errorf("the Budapest consultations have alternatives %v, want consultation/within-hours among them", consult)
	}
	d := draft(t, "coalition-treaty-20y.yaml")
	for _, s := range commentary.Swaps(d.Instrument, p.Library, useOf(t, d, "verification/joint-commission")) {
		if s.Instrument != nil || s.Block.Kind != "required-by" || s.Block.Other != "sanctions/snapback" {
			t.Errorf("%s in place of the joint commission: blocked %q, want: sanctions/snapback requires it", s.Clause.ID, s.Blocked)
		}
	}
}
