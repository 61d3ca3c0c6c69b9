package decode

import "testing"

func TestSuggest(t *testing.T) {
	cands := []string{"languages", "language", "title", "suppress", "clauses"}
	tests := map[string]string{"langauges": "languages", "supress": "suppress", "titel": "title", "xyzzy": "", "clause": "clauses"}
	for in, want := range tests {
		if got := Suggest(in, cands); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}
