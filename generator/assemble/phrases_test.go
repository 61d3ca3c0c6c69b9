package assemble

import "testing"

// The number of originals reads as Ukrainian legal text: the cardinal in the locative, the
// noun singular after «одному», digits only past 99.
func TestUkrainianCopies(t *testing.T) {
	for n, want := range map[int]string{
		2:   "в двох примірниках",
		7:   "в семи примірниках",
		11:  "в одинадцяти примірниках",
		14:  "в чотирнадцяти примірниках",
		20:  "в двадцяти примірниках",
		21:  "в двадцяти одному примірнику",
		37:  "в тридцяти семи примірниках",
		40:  "в сорока примірниках",
		120: "в 120 примірниках",
	} {
		if got := ukrainianCopies(n); got != want {
			t.Errorf("%d originals: %q, want %q", n, got, want)
		}
	}
	if got := english.copies(14); got != "in fourteen originals" {
		t.Errorf("English: %q", got)
	}
}

// A multilateral treaty is done in a single original, deposited; a bilateral one in duplicate.
func TestOriginals(t *testing.T) {
	for _, tc := range []struct {
		p          *phrases
		n          int
		depositary bool
		want       string
	}{
		{&english, 7, true, "in a single original"},
		{&english, 2, false, "in duplicate"},
		{&english, 3, false, "in triplicate"},
		{&ukrainian, 16, true, "в одному оригінальному примірнику"},
		{&ukrainian, 2, false, "в двох примірниках"},
	} {
		if got := tc.p.originalsFor(tc.n, tc.depositary); got != tc.want {
			t.Errorf("%d, depositary %v: %q, want %q", tc.n, tc.depositary, got, tc.want)
		}
	}
	if got := english.originals(7); got != "in a single original" {
		t.Errorf("seven signatories: %q", got)
	}
	if got := ukrainian.originals(2); got != "в двох примірниках" {
		t.Errorf("two signatories: %q", got)
	}
}
