package review

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

// The divergence check (G509) reads structure, numbers, durations and references in both
// directions, and passes a faithful translation.
func TestDiverges(t *testing.T) {
	en := "1. Within seventy-two (72) hours of a notification under Article 51 of the Charter, each Party shall:\n\n" +
		"(a) deliver the systems listed in Annex 1;\n\n(b) share intelligence.\n\n" +
		"2. The measures under paragraph 1 continue for twelve (12) months."
	uk := "1. Протягом 72 годин після повідомлення відповідно до статті 51 Статуту кожна Сторона зобовʼязується:\n\n" +
		"а) постачати системи, перелічені в додатку 1;\n\nб) передавати розвідувальну інформацію.\n\n" +
		"2. Заходи за пунктом 1 застосовуються протягом 12 місяців."
	langs := []generator.Lang{generator.English, generator.Ukrainian}
	check := func(en, uk string) string {
		return Diverges(&generator.Article{Text: map[generator.Lang]string{generator.English: en, generator.Ukrainian: uk}}, langs)
	}
	if why := check(en, uk); why != "" {
		t.Fatalf("a faithful translation diverges: %s", why)
	}
	for _, tc := range []struct {
		name, uk, want string
	}{
		{"missing text", "", "is empty"},
		{"dropped paragraph", strings.Replace(uk, "\n\n2. ", " ", 1), "paragraphs"},
		{"dropped point", strings.Replace(uk, "б) ", "", 1), "lettered points"},
		{"other number", strings.Replace(uk, "72 годин", "48 годин", 1), "number"},
		{"other unit", strings.Replace(uk, "12 місяців", "12 тижнів", 1), "durations"},
		{"other reference", strings.Replace(uk, "пунктом 1", "статтею 1", 1), "refers to"},
		{"other annex", strings.Replace(uk, "додатку 1", "пункті 1", 1), "refers to"},
	} {
		if why := check(en, tc.uk); !strings.Contains(why, tc.want) {
			t.Errorf("%s: got %q, want a message with %q", tc.name, why, tc.want)
		}
	}
	// A number only in words on one side still counts: "ten" against «10», and the reverse.
	if why := check("for ten years", "протягом 10 років"); why != "" {
		t.Errorf("ten against 10: %s", why)
	}
	if why := check("for ten years", "протягом 20 років"); !strings.Contains(why, "number") {
		t.Errorf("ten against 20: %q", why)
	}
	// A list of references shares its kind; a sub-paragraph in brackets is a paragraph.
	if why := check("under Articles 42(4) and 43 of the Treaty", "відповідно до пункту 4 статті 42 і статті 43 Договору"); why != "" {
		t.Errorf("Articles 42(4) and 43: %s", why)
	}
	if why := check("under Articles 42(4) and 43 of the Treaty", "відповідно до пункту 4 статті 42 і пункту 43 Договору"); !strings.Contains(why, "refers to") {
		t.Errorf("Article 43 dropped: %q", why)
	}
}
