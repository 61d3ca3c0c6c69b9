package pdf

import (
	"strings"
	"testing"
)

func hyphenate(w string) string {
	var b strings.Builder
	last := 0
	for _, o := range hyphenPoints(w) {
		b.WriteString(w[last:o] + "-")
		last = o
	}
	return b.String() + w[last:]
}

func TestHyphenPoints(t *testing.T) {
	for in, want := range map[string]string{
		"автентичними":    "ав-тен-тич-ни-ми",
		"зобовʼязується":  "зо-бовʼ-я-зу-єть-ся",
		"протиповітряної": "про-ти-по-віт-ря-ної",
		"України,":        "Ук-ра-ї-ни,",
		"ходжу":           "хо-джу",
		"весьма":          "весь-ма",
		"бойкий":          "бой-кий",
		"та":              "та",
		"будь-яка":        "будь-яка",
	} {
		if got := hyphenate(in); got != want {
			t.Errorf("hyphenate(%q) = %q, want %q", in, got, want)
		}
	}
}
