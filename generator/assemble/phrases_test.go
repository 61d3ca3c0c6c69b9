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
