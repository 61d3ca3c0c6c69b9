package review

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
)

var divergentTexts = &Rule{
	ID: "G509", Name: "divergent-texts", Title: "Authentic texts that diverge",
	Severity: Info, Weakness: []int{20},
	Escalation: "warning when a text is written in the other language's alphabet (Ukrainian text in the en slot, or English in the uk slot)",
	Why:        "Where the English and Ukrainian texts of a clause differ (one is missing, a number differs, a paragraph is dropped), a guarantor can rely on the weaker reading. Each authentic text must say the same thing.",
	Source:     "DOMAIN.md §6 item 20, §7; VCLT Art. 33",
	Fix:        "Align the texts of the clause: the same paragraphs, the same numbers, the same content.",
	Evidence:   "The rendered text of every clause in each language: empty texts, differing numbers, differing paragraph counts, very different lengths.",
	check: func(p *pass) {
		if len(p.in.Languages) < 2 {
			return
		}
		for _, c := range p.clauses {
			if why := wrongScript(c.art, p.in.Languages); why != "" {
				p.report(c, Warning, "", "the texts of %s diverge: %s", c.id, why)
				continue
			}
			if why := diverges(c.art, p.in.Languages); why != "" {
				p.report(c, Info, "", "the texts of %s diverge: %s", c.id, why)
			}
		}
	},
}

// diverges says how the language versions of an article differ; "" if they do not visibly.
func diverges(a *generator.Article, langs []generator.Lang) string {
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
		if n := unmatched(base, t); n != "" {
			return fmt.Sprintf("the number %s of the %s text is not in the %s text", n, first, l)
		}
		if n := unmatched(t, base); n != "" {
			return fmt.Sprintf("the number %s of the %s text is not in the %s text", n, l, first)
		}
		switch {
		case paragraphs(base) != paragraphs(t):
			return fmt.Sprintf("the %s text has %d paragraphs, the %s text %d", first, paragraphs(base), l, paragraphs(t))
		default:
			if r := float64(len([]rune(t))) / float64(len([]rune(base))); r < 0.5 || r > 2.2 {
				return fmt.Sprintf("the %s text is %.0f%% the length of the %s text", l, 100*r, first)
			}
		}
	}
	return ""
}

// unmatched returns the first number written in digits in a that b writes neither in digits
// nor as a word ("3" and "три" match); "" if there is none.
func unmatched(a, b string) string {
	inB := map[string]bool{}
	for _, d := range numbers(b) {
		inB[d] = true
	}
	words := false
	for _, d := range numbers(a) {
		if inB[strings.TrimLeft(d, "0")] || inB[d] {
			continue
		}
		if !words {
			words = true
			for _, w := range strings.FieldsFunc(strings.ToLower(replacer.Replace(b)), notWordRune) {
				if n, ok := numberWords[w]; ok {
					inB[strconv.Itoa(n)] = true
				}
			}
		}
		if !inB[strings.TrimLeft(d, "0")] && !inB[d] {
			return d
		}
	}
	return ""
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

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }

func paragraphs(s string) int { return len(breaks.Split(strings.TrimSpace(s), -1)) }

var danglingRef = &Rule{
	ID: "G701", Name: "dangling-reference", Title: "Reference to an article that does not exist",
	Severity: Warning,
	Why:      "A custom clause that refers to \"Article 12\" in a treaty of ten articles, or to an article that moved, points the reader at nothing; in a guarantee, a broken cross-reference can detach a response from its trigger.",
	Source:   "Drafting practice; DOMAIN.md §4",
	Fix:      "Refer to other clauses with {{ ref \"clause-id\" }}, which numbers the reference when the draft is assembled.",
	Evidence: "Custom text (en, uk): Article N or paragraph N (статтю N, пункт N) not followed by the name of another instrument, with N beyond the last article.",
	check:    checkRefs,
}

var (
	refEn = regexp.MustCompile(`\b(article|paragraph)s? (\d+)\b(\s*\(\d+\))?( (of|to|under) (the|its|that) | (teu|tfeu|of the charter))?`)
	refUk = regexp.MustCompile(`(статт\p{L}*|пункт\p{L}*) (\d+)(\(\d+\))?( [\p{L}]+)?`)
)

func checkRefs(p *pass) {
	last := 0
	for _, a := range p.d.Articles {
		last = max(last, a.Number)
	}
	for _, c := range p.clauses {
		for _, s := range c.sents {
			if ref := danglingIn(s, last); ref != "" {
				p.report(c, Warning, ref, "%s refers to “%s”, but the %s has %d numbered %s", c.id, ref, p.in.Form.Name(), last, plural(last, "article"))
				break
			}
		}
	}
}

// danglingIn returns the first internal reference in s to an article beyond last.
func danglingIn(s sentence, last int) string {
	if s.Lang == generator.Ukrainian {
		for _, m := range refUk.FindAllStringSubmatch(s.Text, -1) {
			n, _ := strconv.Atoi(m[2])
			next := strings.TrimSpace(m[4])
			if n > last && (next == "" || next == "цього" || next == "цієї" || next == "цим" || next == "цьому") {
				return strings.TrimSpace(m[1] + " " + m[2])
			}
		}
		return ""
	}
	for _, m := range refEn.FindAllStringSubmatch(s.Text, -1) {
		n, _ := strconv.Atoi(m[2])
		if n > last && m[4] == "" {
			return m[1] + " " + m[2]
		}
	}
	return ""
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
