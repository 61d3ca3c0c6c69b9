package review

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

var divergentTexts = &Rule{
	ID: "G509", Name: "divergent-texts", Title: "Authentic texts that diverge",
	Severity: Info, Weakness: []int{20},
	Escalation: "warning when a text is written in the other language's alphabet (Ukrainian text in the en slot, or English in the uk slot)",
	Why:        "Where the English and Ukrainian texts of a clause differ (one is missing, a number differs, a paragraph is dropped), a guarantor can rely on the weaker reading. Each authentic text must say the same thing.",
	Source:     "weaknesses.md §6 item 20, §7; VCLT Art. 33",
	Fix:        "Align the texts of the clause: the same paragraphs and lettered points, the same numbers, durations and references, the same content.",
	Evidence:   "The rendered text of every clause in each language: empty texts; the number of paragraphs and of lettered points; every number in digits or words; every duration (hours, days, weeks, months, years); every reference to an article, paragraph or annex.",
	check: func(p *pass) {
		if len(p.in.Languages) < 2 {
			return
		}
		for _, c := range p.clauses {
			if why := wrongScript(c.art, p.in.Languages); why != "" {
				p.report(c, Warning, "", "the texts of %s diverge: %s", c.id, why)
				continue
			}
			if why := p.memo.diverge(c.art, p.in.Languages); why != "" {
				p.report(c, Info, "", "the texts of %s diverge: %s", c.id, why)
			}
		}
	},
}

func notWordRune(r rune) bool { return !isLetter(r) && r != '\'' && r != '-' }

var danglingRef = &Rule{
	ID: "G701", Name: "dangling-reference", Title: "Reference to an article that does not exist",
	Severity: Warning,
	Why:      "A custom clause that refers to \"Article 12\" in a treaty of ten articles, or to an article that moved, points the reader at nothing; in a guarantee, a broken cross-reference can detach a response from its trigger.",
	Source:   "Drafting practice; weaknesses.md §4",
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
