package review

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The regular expressions the scanners replaced: the reference they must agree with.
var (
	durationReference  = regexp.MustCompile(`(\d+|[\p{L}'ʼ-]+)(?:\s*\((\d+)\))?[\s-]+(years?|months?|weeks?|days?|hours?|minutes?|рок\p{L}*|рік|місяц\p{L}*|місяць|тиж\p{L}*|дн\p{L}*|день|годин\p{L}*|хвилин\p{L}*)`)
	pointReference     = regexp.MustCompile(`(?m)^\s*(?:\([a-z]\)|[а-яєіїґ]\))\s`)
	referenceReference = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(articles?|paragraphs?|annex(?:es)?|стат\p{L}*|пункт\p{L}*|додат\p{L}*) (\d+)(?:\((\d+)\))?`)
)

// TestScannersMatchReference runs the scanners and the expressions over every line of the
// clause library and the example specs, and over the cases the expressions were written for.
func TestScannersMatchReference(t *testing.T) {
	lines := []string{
		"within seventy-two (72) hours, a 15-year term, seventy-two-hour, twenty-one- days",
		"12 місяців, одного року, протягом 10 років, 3 днів, «1993 року», x5 days, ((72) hours",
		"Articles 42(4) and 43, ARTICLE 5, (Annex 1), paragraph 2(b), статті 51, пункту 7 статті 42",
		"(a) x\n  (b)\n\n\tа) у\n(c)", "(a)",
		"Article 5(Article 6, articlex 5, додатку 1, Ukraine's 15 years, per-day, 5 yearsX 6 days",
		"Twenty–five, twenty—five, twenty-FIVE, П’ять, пʼяти, п`ять, «два», A and an", "two**-**five, fi__ve",
	}
	for _, dir := range []string{"../../clauses", "../../drafts"} {
		lines = append(lines, fileLines(t, dir)...)
	}
	for _, s := range lines {
		checkScanners(t, s)
	}
}

func FuzzScanners(f *testing.F) {
	f.Add("within seventy-two (72) hours under Article 42(7) and 43")
	f.Add("протягом 12 місяців відповідно до пункту 7 статті 42")
	f.Add("Twenty–five, П’ять, «два» and **five**")
	f.Fuzz(checkScanners)
}

func checkScanners(t *testing.T, s string) {
	if got, want := points(s), len(pointReference.FindAllString(s, -1)); got != want {
		t.Errorf("points(%q) = %d, want %d", s, got, want)
	}
	if got, want := durations(s), durationReference.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("durations(%q)\n got %v\nwant %v", s, got, want)
	}
	if got, want := references(s), referenceReference.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("references(%q)\n got %v\nwant %v", s, got, want)
	}
	var got, want []int
	wordNumbers(s, func(n int) {
		if n != 0 {
			got = append(got, n)
		}
	})
	for _, w := range strings.FieldsFunc(replacer.Replace(s), notWordRune) {
		if n := numberWord(w); n != 0 {
			want = append(want, n)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("wordNumbers(%q) = %v, want %v", s, got, want)
	}
}

func fileLines(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		out = append(out, strings.Split(string(b), "\n")...)
		return err
	})
	if err != nil || len(out) < 100 {
		t.Fatalf("%s: %d lines, %v", dir, len(out), err)
	}
	return out
}

// isLetter is unicode.IsLetter, for every rune.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
}
