package pdf

import (
	"strings"
	"testing"
)

func hyphenate(w string) string {
	var b strings.Builder
	last := 0
	for _, o := range ukrainianPoints(w) {
		b.WriteString(w[last:o] + "-")
		last = o
	}
	return b.String() + w[last:]
}

func TestHyphenPoints(t *testing.T) {
	for in, want := range map[string]string{
		"автентичними":    "ав-тен-тич-ними",
		"зобовʼязується":  "зо-бовʼ-я-зу-ється",
		"протиповітряної": "про-ти-по-віт-ря-ної",
		"України,":        "Ук-ра-їни,",
		"ходжу":           "хо-джу",
		"весьма":          "весьма",
		"бойкий":          "бой-кий",
		"та":              "та",
		"будь-яка":        "будь-яка",
	} {
		if got := hyphenate(in); got != want {
			t.Errorf("hyphenate(%q) = %q, want %q", in, got, want)
		}
	}
}

func hyphenateEnglish(w string) string {
	var b strings.Builder
	last := 0
	for _, o := range englishPoints(w) {
		b.WriteString(w[last:o] + "-")
		last = o
	}
	return b.String() + w[last:]
}

// English breaks only where TeX's US patterns also break (or a dictionary does), and not at
// all where the syllables are ambiguous.
func TestEnglishPoints(t *testing.T) {
	for in, want := range map[string]string{
		"international":  "inter-na-tional",
		"ratification,":  "ratifica-tion,",
		"establishment":  "es-tablish-ment",
		"undersigned":    "under-signed",
		"hereinafter":    "here-inafter",
		"consultations":  "con-sul-ta-tions",
		"committing":     "com-mit-ting",
		"including":      "in-clud-ing",
		"Commission’s":   "Com-mis-sion’s",
		"nevertheless":   "neverthe-less",
		"translation":    "trans-la-tion",
		"respect":        "respect",      // not res-pect
		"between":        "between",      // not bet-ween
		"acknowledges":   "acknowledges", // not ack-now-led-ges
		"district":       "district",     // dis-trict, but infra-struc-ture
		"sovereignty":    "sovereignty",
		"WHEREOF":        "WHEREOF",
		"EntryIntoForce": "EntryIntoForce",
		"Київ":           "Київ",
	} {
		if got := hyphenateEnglish(in); got != want {
			t.Errorf("englishPoints(%q) = %q, want %q", in, got, want)
		}
	}
}

// A word breaks after a hyphen of its own, where no hyphen is added.
func TestBreakOffsets(t *testing.T) {
	got := breakOffsets(nil, "self-defence", englishPoints)
	if len(got) != 1 || got[0] != len("self-") {
		t.Errorf("breakOffsets(self-defence) = %v", got)
	}
}
