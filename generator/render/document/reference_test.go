package document

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

// The regular expressions typeset replaced: the reference its one-pass scan must agree with.
var (
	refDash      = regexp.MustCompile(` ([—–]) `)
	refRef       = regexp.MustCompile(`(?i)(^|[^\p{L}])(Articles?|Art\.|paragraphs?|Annex|Protocol|стат(?:т[яіею]|ей)|пункт\p{L}*|додат(?:ок|ку|ком|ки)|протокол\p{L}*) (\d)`)
	refUnit      = regexp.MustCompile(`(\d+\)?|\d+,\d+) (%|per cent|hours?|days?|weeks?|months?|years?|kilomet(?:re|er)s?|km|metres?|millimetres?|ships?|aircraft|годин\p{L}*|днів|дні|дня|тижн\p{L}*|місяц\p{L}*|рок\p{L}*|рік|літ|кілометр\p{L}*|км|міліметр\p{L}*|кораб\p{L}*|літак\p{L}*|відсот\p{L}*)([^\p{L}]|$)`)
	refDateEn    = regexp.MustCompile(`\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b`)
	refDateUk    = regexp.MustCompile(`(\d{1,2}) (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?: (\d{4}))?(?: (року))?`)
	refOneLetter = regexp.MustCompile(`(^|[\s\x{00a0}(«„])([вВіІзЗуУаАйЙоОяЯ]) `)
)

func typesetReference(l generator.Lang, s string) string {
	s = refDash.ReplaceAllString(s, nbsp+"$1 ")
	s = refRef.ReplaceAllString(s, "$1$2"+nbsp+"$3")
	s = refUnit.ReplaceAllString(s, "$1"+nbsp+"$2$3")
	if l == generator.Ukrainian {
		s = refDateUk.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", nbsp) })
		for i := 0; i < 2; i++ {
			s = refOneLetter.ReplaceAllString(s, "$1$2"+nbsp)
		}
		return s
	}
	return refDateEn.ReplaceAllString(s, "$1"+nbsp+"$2"+nbsp+"$3")
}

// TestTypesetMatchesReference runs the one-pass typesetter and the regular expressions it
// replaced over every line of the clause library, the templates and the example specs, in both
// languages, and over the hard cases the expressions were written for.
func TestTypesetMatchesReference(t *testing.T) {
	lines := []string{
		"Art. 5 and (Article 42 or Articles 3 — and 4", "within 72 hours (or 48) days and 5 % and 7 per cent",
		"on 1 May 2026, 12 June 20261, 123 May 2026", "20 липня 2026 року, 1 січня року, 3 травня 19",
		"а і в у з о, («а б», „я в“", "відповідно до пункту 3 статті 42 і додатку 1", "5) днів, 42(7) years",
	}
	for _, dir := range []string{"../../../clauses", "../../../templates", "../../../drafts"} {
		lines = append(lines, sourceLines(t, dir)...)
	}
	for _, l := range []generator.Lang{generator.English, generator.Ukrainian} {
		for _, s := range lines {
			if got, want := typeset(l, s), typesetReference(l, s); got != want {
				t.Errorf("%s: %q\n got %q\nwant %q", l, s, got, want)
			}
		}
	}
}

func sourceLines(t *testing.T, dir string) []string {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		out = append(out, strings.Split(string(b), "\n")...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("%s: only %d lines", dir, len(out))
	}
	return out
}

// FuzzTypeset checks that typeset only turns spaces into no-break spaces, and binds every space
// the reference binds. (It binds more only where a reference match swallowed the character that
// starts the next one, as in "5 days 6 %", whose second space the reference leaves breakable.)
func FuzzTypeset(f *testing.F) {
	f.Add("Article 5 — within 72 hours on 1 May 2026", "в статті 5 і у 20 липня 2026 року")
	f.Fuzz(func(t *testing.T, en, uk string) {
		for l, s := range map[generator.Lang]string{generator.English: en, generator.Ukrainian: uk} {
			got, want := typeset(l, s), typesetReference(l, s)
			if strings.ReplaceAll(got, nbsp, " ") != strings.ReplaceAll(s, nbsp, " ") {
				t.Fatalf("%s: %q: changed more than spaces: %q", l, s, got)
			}
			if !covers(got, want) {
				t.Errorf("%s: %q\n got %q\nwant %q", l, s, got, want)
			}
		}
	})
}

// covers says whether a binds every space b binds; both are one text with different spaces.
func covers(a, b string) bool {
	for len(a) > 0 && len(b) > 0 {
		if strings.HasPrefix(b, nbsp) && !strings.HasPrefix(a, nbsp) {
			return false
		}
		n := 1
		if strings.HasPrefix(a, nbsp) {
			n = len(nbsp)
		}
		m := 1
		if strings.HasPrefix(b, nbsp) {
			m = len(nbsp)
		}
		a, b = a[n:], b[m:]
	}
	return len(a) == 0 && len(b) == 0
}
