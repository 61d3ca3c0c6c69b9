package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
)

// nbsp is the no-break space that binds two words on one line.
const nbsp = "\u00a0"

// typeset puts no-break spaces where the rules of the language forbid a line break: before a
// dash (no line starts with one), inside a date, between "Article" and its number, and between
// a number and its unit. Ukrainian also binds a one-letter word (в, і, з, у, а, й, о, я) to the
// word after it, so that no line ends with one. It works on inline Markdown, whose syntax it
// leaves alone: it only replaces spaces between words, looking at the words on either side of
// each space in one pass.
func typeset(l generator.Lang, s string) string {
	var b strings.Builder
	last := 0
	for i := strings.IndexByte(s, ' '); i >= 0; i = next(s, i) {
		if !binds(l, s[:i], s[i+1:]) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 32)
		}
		b.WriteString(s[last:i])
		b.WriteString(nbsp)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// next returns the index of the space after s[i], or -1.
func next(s string, i int) int {
	j := strings.IndexByte(s[i+1:], ' ')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// binds says whether the space between before and after must not break a line.
func binds(l generator.Lang, before, after string) bool {
	if dashes(after) || (digitFirst(after) && refWord(before)) || unitAfter(before, after) {
		return true
	}
	// A date's spaces have a digit on one side, or «року» after the year.
	date := digitLast(before) || digitFirst(after) || (l == generator.Ukrainian && strings.HasPrefix(after, "року"))
	if l == generator.Ukrainian {
		return (date && dateUk(before, after)) || oneLetter(before)
	}
	return date && dateEn(before, after)
}

// dashes: a dash between spaces starts no line.
func dashes(after string) bool {
	return strings.HasPrefix(after, "— ") || strings.HasPrefix(after, "– ")
}

// refWord says whether before ends with a word that takes a number: "Article 51", «статті 5».
func refWord(before string) bool {
	if strings.HasSuffix(before, ".") {
		return strings.ToLower(lastLetters(before[:len(before)-1])) == "art"
	}
	w := strings.ToLower(lastLetters(before))
	switch w {
	case "article", "articles", "paragraph", "paragraphs", "annex", "protocol",
		"стаття", "статті", "статте", "статтю", "статей", "додаток", "додатку", "додатком", "додатки":
		return true
	}
	return strings.HasPrefix(w, "пункт") || strings.HasPrefix(w, "протокол")
}

// units are the words bound to the number before them; stems take any ending.
var (
	units = set("hour", "hours", "day", "days", "week", "weeks", "month", "months",
		"year", "years", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre", "metres",
		"millimetre", "millimetres", "ship", "ships", "aircraft", "днів", "дні", "дня", "рік", "літ", "км")
	unitStems = []string{"годин", "тижн", "місяц", "рок", "кілометр", "міліметр", "кораб", "літак", "відсот"}
)

// unitAfter says whether a number ends before and its unit starts after: "72 hours", "5 %".
func unitAfter(before, after string) bool {
	if !digitLast(strings.TrimSuffix(before, ")")) {
		return false
	}
	if strings.HasPrefix(after, "%") && !letterFirst(after[1:]) {
		return true
	}
	if strings.HasPrefix(after, "per cent") && !letterFirst(after[len("per cent"):]) {
		return true
	}
	w := firstLetters(after)
	if units[w] {
		return true
	}
	for _, stem := range unitStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

var (
	monthsEn = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	monthsUk = []string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
		"серпня", "вересня", "жовтня", "листопада", "грудня"}
)

// dateEn binds "22 November 2026": the day (one or two digits) to the month, the month to the
// year (four digits).
func dateEn(before, after string) bool {
	if day(before) {
		m, ok := month(after, monthsEn)
		return ok && year(after[len(m)+1:])
	}
	m, ok := monthBefore(before, monthsEn)
	return ok && day(before[:len(before)-len(m)-1]) && year(after)
}

// day says whether s ends with a day of the month: one or two digits after a non-word byte.
func day(s string) bool {
	n := 0
	for n < len(s) && n < 3 && isDigit(s[len(s)-1-n]) {
		n++
	}
	return (n == 1 || n == 2) && (n == len(s) || !isWordByte(s[len(s)-1-n]))
}

// year says whether s starts with exactly four digits.
func year(s string) bool {
	return len(s) >= 4 && allDigits(s[:4]) && (len(s) == 4 || !isWordByte(s[4]))
}

// month returns the month s starts with, followed by a space.
func month(s string, months []string) (string, bool) {
	for _, m := range months {
		if len(s) > len(m) && s[len(m)] == ' ' && strings.HasPrefix(s, m) {
			return m, true
		}
	}
	return "", false
}

// monthBefore returns the month s ends with, after a space.
func monthBefore(s string, months []string) (string, bool) {
	for _, m := range months {
		if len(s) > len(m) && s[len(s)-len(m)-1] == ' ' && strings.HasSuffix(s, m) {
			return m, true
		}
	}
	return "", false
}

// dateUk binds «20 липня 2026 року»: the day to the month, the month to the year, the year to
// «року».
func dateUk(before, after string) bool {
	if digitLast(before) {
		for _, m := range monthsUk {
			if strings.HasPrefix(after, m) {
				return true
			}
		}
	}
	if m, ok := monthBefore(before, monthsUk); ok && digitLast(before[:len(before)-len(m)-1]) {
		return (len(after) >= 4 && allDigits(after[:4])) || strings.HasPrefix(after, "року")
	}
	if len(before) > 5 && allDigits(before[len(before)-4:]) && before[len(before)-5] == ' ' {
		head := before[:len(before)-5]
		m, ok := monthBefore(head, monthsUk)
		return ok && digitLast(head[:len(head)-len(m)-1]) && strings.HasPrefix(after, "року")
	}
	return false
}

// oneLetter says whether before ends with a one-letter Ukrainian word.
func oneLetter(before string) bool {
	r, n := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("вВіІзЗуУаАйЙоОяЯ", r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(before[:len(before)-n])
	return len(before) == n || strings.ContainsRune("\t\n\f\r \u00a0(«„", p)
}

func lastLetters(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

func firstLetters(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return s[:i]
}

func letterFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLetter(r)
}

func digitFirst(s string) bool { return s != "" && isDigit(s[0]) }
func digitLast(s string) bool  { return s != "" && isDigit(s[len(s)-1]) }
func isDigit(c byte) bool      { return '0' <= c && c <= '9' }

func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
