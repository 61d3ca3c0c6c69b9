package cli

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Summaries wrap at spaces into lines no wider than asked, losing no word.
func TestWrap(t *testing.T) {
	text := "Art. 5-style clause; an armed attack on Ukraine is an attack on all, each guarantor acts forthwith as it deems necessary, including armed force."
	lines := wrap(text, 40)
	for _, l := range lines {
		if utf8.RuneCountInString(l) > 40 {
			t.Errorf("line %q is longer than 40", l)
		}
	}
	if got := strings.Join(lines, " "); got != text || len(lines) != 4 {
		t.Errorf("wrap lost or changed words, or did not wrap: %q", lines)
	}
}
