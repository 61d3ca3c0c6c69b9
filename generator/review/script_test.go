package review

import (
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

// A text in the other language's alphabet is named; names and short texts are not judged.
func TestWrongScript(t *testing.T) {
	langs := []generator.Lang{generator.English, generator.Ukrainian}
	tests := []struct {
		en, uk string
		want   bool
	}{
		{"The Parties shall consult within 24 hours.", "Сторони проводять консультації протягом 24 годин.", false},
		{"Сторони проводять консультації протягом 24 годин.", "Сторони проводять консультації протягом 24 годин.", true},
		{"The Parties shall consult within 24 hours.", "The Parties shall consult within 24 hours.", true},
		{"Україна", "Ukraine", false},
	}
	for _, tt := range tests {
		a := &generator.Article{Text: map[generator.Lang]string{generator.English: tt.en, generator.Ukrainian: tt.uk}}
		if got := wrongScript(a, langs) != ""; got != tt.want {
			t.Errorf("en %q, uk %q: flagged %v, want %v", tt.en, tt.uk, got, tt.want)
		}
	}
}
