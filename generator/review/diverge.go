package review

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Diverges says how the language versions of an article differ in what a reader can check
// without understanding either language: whether each has a text, the number of paragraphs and
// of lettered points, every number (in digits or in words), every duration and every reference
// to an article, paragraph or annex. It returns "" when the texts agree on all of these.
func Diverges(a *generator.Article, langs []generator.Lang) string {
	if len(langs) < 2 {
		return ""
	}
	first := langs[0]
	base := strings.TrimSpace(a.Text[first])
	for _, l := range langs[1:] {
		t := strings.TrimSpace(a.Text[l])
		if (base == "") != (t == "") {
			return fmt.Sprintf("one of the %s and %s texts is empty", first, l)
		}
		if base == "" {
			continue
		}
		if why := compareShapes(shapeOf(base), shapeOf(t), first, l); why != "" {
			return why
		}
		if r := float64(len([]rune(t))) / float64(len([]rune(base))); r < 0.5 || r > 2.2 {
			return fmt.Sprintf("the %s text is %.0f%% the length of the %s text", l, 100*r, first)
		}
	}
	return ""
}

// shape is what two authentic texts of one clause must share.
type shape struct {
	paragraphs int
	points     int
	numbers    map[int]bool
	durations  []string // "20 years", "72 hours", sorted
	refs       []string // "article 51", "paragraph 2", "annex 1", sorted
}

var (
	blankLine = regexp.MustCompile(`\n\s*\n`)
)

func shapeOf(s string) shape {
	sh := shape{
		paragraphs: len(blankLine.Split(s, -1)),
		points:     points(s),
		numbers:    map[int]bool{},
	}
	for _, d := range numbers(s) {
		if n, err := strconv.Atoi(strings.TrimLeft(d, "0")); err == nil && n > 1 {
			sh.numbers[n] = true
		}
	}
	wordNumbers(s, func(n int) {
		if n > 1 {
			sh.numbers[n] = true
		}
	})
	for _, m := range durations(s) {
		if n := durationNumber(s, m); n > 0 && n < 1000 { // «1993 року» is a date
			sh.durations = append(sh.durations, fmt.Sprintf("%d %s", n, unitOf(s[m[6]:m[7]])))
		}
	}
	for _, m := range references(s) {
		kind := refKind(s[m[2]:m[3]])
		sh.refs = appendRef(sh.refs, kind, s[m[4]:m[5]], span(s, m[6], m[7]))
		// "Articles 42(4) and 43": the numbers that follow in a list share the kind.
		for rest := s[m[1]:]; ; {
			n := refMore.FindStringSubmatchIndex(rest)
			if n == nil {
				break
			}
			sh.refs = appendRef(sh.refs, kind, rest[n[2]:n[3]], span(rest, n[4], n[5]))
			rest = rest[n[1]:]
		}
	}
	slices.Sort(sh.durations)
	slices.Sort(sh.refs)
	return sh
}

// durationNumber reads the number of a durationText match; 0 when the word before the unit is
// not a number ("the thirtieth day" names no duration) or is "one" or "a" written in words,
// which Ukrainian usually leaves implicit («протягом року»).
func durationNumber(s string, m []int) int {
	if m[4] >= 0 {
		n, _ := strconv.Atoi(s[m[4]:m[5]])
		return n
	}
	word := strings.ToLower(replacer.Replace(s[m[2]:m[3]]))
	if n, err := strconv.Atoi(word); err == nil {
		return n
	}
	if n := numberWords[strings.Trim(word, "-")]; n > 1 {
		return n
	}
	return 0
}

func unitOf(u string) string {
	u = strings.ToLower(u)
	for _, p := range [][2]string{{"year", "years"}, {"рок", "years"}, {"рік", "years"}, {"month", "months"},
		{"місяц", "months"}, {"week", "weeks"}, {"тиж", "weeks"}, {"day", "days"}, {"дн", "days"},
		{"день", "days"}, {"hour", "hours"}, {"годин", "hours"}, {"minute", "minutes"}, {"хвилин", "minutes"}} {
		if strings.HasPrefix(u, p[0]) {
			return p[1]
		}
	}
	return u
}

// refMore continues a list of references: ", 12", " and 43", « і 43».
var refMore = regexp.MustCompile(`^(?:,| and| or| і| та| або) (\d+)(?:\((\d+)\))?`)

func appendRef(refs []string, kind, n, sub string) []string {
	if sub != "" && kind == "article" {
		refs = append(refs, "paragraph "+sub)
	}
	return append(refs, kind+" "+n)
}

func span(s string, i, j int) string {
	if i < 0 {
		return ""
	}
	return s[i:j]
}

func refKind(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasPrefix(w, "art"), strings.HasPrefix(w, "стат"):
		return "article"
	case strings.HasPrefix(w, "par"), strings.HasPrefix(w, "пункт"):
		return "paragraph"
	}
	return "annex"
}

func compareShapes(a, b shape, la, lb generator.Lang) string {
	switch {
	case a.paragraphs != b.paragraphs:
		return fmt.Sprintf("the %s text has %d paragraphs, the %s text %d", la, a.paragraphs, lb, b.paragraphs)
	case a.points != b.points:
		return fmt.Sprintf("the %s text has %d lettered points, the %s text %d", la, a.points, lb, b.points)
	}
	if n := missing(a.numbers, b.numbers); n > 0 {
		return fmt.Sprintf("the number %d of the %s text is not in the %s text", n, la, lb)
	}
	if n := missing(b.numbers, a.numbers); n > 0 {
		return fmt.Sprintf("the number %d of the %s text is not in the %s text", n, lb, la)
	}
	if !slices.Equal(a.durations, b.durations) {
		return fmt.Sprintf("the %s text gives the durations [%s], the %s text [%s]", la, strings.Join(a.durations, ", "), lb, strings.Join(b.durations, ", "))
	}
	if !slices.Equal(a.refs, b.refs) {
		return fmt.Sprintf("the %s text refers to [%s], the %s text to [%s]", la, strings.Join(a.refs, ", "), lb, strings.Join(b.refs, ", "))
	}
	return ""
}

// missing returns the smallest number in a that b lacks; 0 if none.
func missing(a, b map[int]bool) int {
	least := 0
	for n := range a {
		if !b[n] && (least == 0 || n < least) {
			least = n
		}
	}
	return least
}

// numbers returns the runs of ASCII digits in s.
func numbers(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		digit := i < len(s) && s[i] >= '0' && s[i] <= '9'
		switch {
		case digit && start < 0:
			start = i
		case !digit && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}
