package generator

import (
	"strings"
	"testing"
)

// The same problem found twice (say by the PDF of one language and the parallel edition) is
// reported once; different problems at one place all stay.
func TestErrorListDropsRepeats(t *testing.T) {
	var l ErrorList
	pos := Position{File: "s.yaml", Line: 3, Col: 5}
	l.Addf(pos, "character %q has no glyph", '☃').WithHint("replace it")
	l.Addf(pos, "another problem")
	l.Addf(pos, "character %q has no glyph", '☃').WithHint("replace it")
	got := l.Err().Error()
	if n := strings.Count(got, "no glyph"); n != 1 {
		t.Errorf("the glyph error appears %d times:\n%s", n, got)
	}
	if !strings.Contains(got, "another problem") {
		t.Errorf("a different problem was dropped:\n%s", got)
	}
}
