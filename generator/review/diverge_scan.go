package review

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The scanners below find durations and references in one pass over a text. They return what
// a regular expression's FindAllStringSubmatchIndex would return (the whole match, then its
// groups, -1 for a group that took no part), and match the same texts as the expressions
// written beside them, which diverge_scan_test.go checks on the library and by fuzzing.

// durations finds "seventy-two (72) hours", "14 days", "12 місяців", "одного року":
//
//	(\d+|[\p{L}'ʼ-]+)(?:\s*\((\d+)\))?[\s-]+(years?|months?|…|годин\p{L}*|хвилин\p{L}*)
//
// A match starts where a run of digits or of word characters starts; groups: the number or
// word, the number in brackets, the unit.
func durations(s string) [][]int {
	var out [][]int
	for pos := 0; pos < len(s); {
		r, n := utf8.DecodeRuneInString(s[pos:])
		var end int
		var m []int
		switch {
		case isASCIIDigit(r):
			end = pos + digitRun(s[pos:])
			m = durationAt(s, pos, end)
		case wordRune(r):
			end = pos + wordRun(s[pos:])
			m = durationWordAt(s, pos, end)
		default:
			pos += n
			continue
		}
		if m != nil {
			out = append(out, m)
			pos = m[1]
			continue
		}
		pos = end
	}
	return out
}

// durationWordAt tries the word s[start:end] as the number, the longest first: the word may
// end before any hyphen in it ("seventy-two-hour").
func durationWordAt(s string, start, end int) []int {
	for e := end; e > start; {
		if m := durationAt(s, start, e); m != nil {
			return m
		}
		h := strings.LastIndexByte(s[start:e], '-')
		if h <= 0 {
			return nil
		}
		e = start + h
	}
	return nil
}

// durationAt matches the rest of a duration after its number or word s[start:end].
func durationAt(s string, start, end int) []int {
	if i := end + spaceRun(s[end:]); i < len(s) && s[i] == '(' {
		if d := digitRun(s[i+1:]); d > 0 && i+1+d < len(s) && s[i+1+d] == ')' {
			if u, ue := unitAfterSep(s, i+2+d); u >= 0 {
				return []int{start, ue, start, end, i + 1, i + 1 + d, u, ue}
			}
		}
	}
	if u, ue := unitAfterSep(s, end); u >= 0 {
		return []int{start, ue, start, end, -1, -1, u, ue}
	}
	return nil
}

// unitAfterSep matches [\s-]+ then a unit at s[i:], and returns the unit's span, or -1.
func unitAfterSep(s string, i int) (int, int) {
	j := i
	for j < len(s) && (isSpace(s[j]) || s[j] == '-') {
		j++
	}
	if j == i {
		return -1, -1
	}
	if n := unitLen(s[j:]); n > 0 {
		return j, j + n
	}
	return -1, -1
}

// unitLen returns the length of the unit s starts with, or 0.
func unitLen(s string) int {
	if s == "" || strings.IndexByte("ymwdh\xD0\xD1", s[0]) < 0 {
		return 0 // no unit starts so: most words
	}
	for _, u := range []string{"year", "month", "week", "day", "hour", "minute"} {
		if strings.HasPrefix(s, u) {
			if strings.HasPrefix(s[len(u):], "s") {
				return len(u) + 1
			}
			return len(u)
		}
	}
	for _, u := range []string{"рок", "місяц", "тиж", "дн", "годин", "хвилин"} {
		if strings.HasPrefix(s, u) {
			return len(u) + letterRun(s[len(u):])
		}
	}
	for _, u := range []string{"рік", "день"} {
		if strings.HasPrefix(s, u) {
			return len(u)
		}
	}
	return 0
}

// references finds "Article 42(7)", "paragraph 2", "Annex 1", «статті 51», «додатку 1»:
//
//	(?i)(?:^|[^\p{L}])(articles?|paragraphs?|annex(?:es)?|стат\p{L}*|пункт\p{L}*|додат\p{L}*) (\d+)(?:\((\d+)\))?
//
// A match takes the character before the word; groups: the word, the number, the number in
// brackets.
func references(s string) [][]int {
	var out [][]int
	for pos := 0; pos < len(s); {
		if pos == 0 {
			if m := referenceAt(s, 0, 0); m != nil {
				out = append(out, m)
				pos = m[1]
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[pos:])
		if !isLetter(r) {
			if m := referenceAt(s, pos, pos+n); m != nil {
				out = append(out, m)
				pos = m[1]
				continue
			}
		}
		pos += n
	}
	return out
}

// referenceAt matches a reference whose word starts at s[k:], the match starting at start.
func referenceAt(s string, start, k int) []int {
	if !referenceStart(s[k:]) {
		return nil
	}
	w := letterRun(s[k:])
	if w == 0 || k+w >= len(s) || s[k+w] != ' ' || !referenceWord(s[k:k+w]) {
		return nil
	}
	d := digitRun(s[k+w+1:])
	if d == 0 {
		return nil
	}
	num := k + w + 1
	m := []int{start, num + d, k, k + w, num, num + d, -1, -1}
	if i := num + d; i < len(s) && s[i] == '(' {
		if p := digitRun(s[i+1:]); p > 0 && i+1+p < len(s) && s[i+1+p] == ')' {
			m[1], m[6], m[7] = i+2+p, i+1, i+1+p
		}
	}
	return m
}

// referenceStart reports whether s starts with a letter a reference word can start with.
func referenceStart(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case 'a', 'A', 'p', 'P':
		return true
	case 0xD0, 0xD1: // the first byte of с, С, п, П, д, Д and of other Cyrillic letters
		r, _ := utf8.DecodeRuneInString(s)
		return strings.ContainsRune("сСпПдД", r)
	}
	return false
}

func referenceWord(w string) bool {
	if !referenceStart(w) {
		return false
	}
	switch w = strings.ToLower(w); w {
	case "article", "articles", "paragraph", "paragraphs", "annex", "annexes":
		return true
	}
	return strings.HasPrefix(w, "стат") || strings.HasPrefix(w, "пункт") || strings.HasPrefix(w, "додат")
}

func wordRune(r rune) bool { return isLetter(r) || r == '\'' || r == 'ʼ' || r == '-' }

// isLetter is unicode.IsLetter, sooner for ASCII and the basic Cyrillic alphabet, which are
// most of what it is asked.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case 'А' <= r && r <= 'я':
		return true
	}
	return unicode.IsLetter(r)
}

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func digitRun(s string) int {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

func spaceRun(s string) int {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// run returns the length of the prefix of s whose runes satisfy ok.
func run(s string, ok func(rune) bool) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !ok(r) {
			break
		}
		i += n
	}
	return i
}

func letterRun(s string) int { return run(s, isLetter) }
func wordRun(s string) int   { return run(s, wordRune) }

// points counts the lettered points that start a line: "(a) " or «а) ».
func points(s string) int {
	n := 0
	for line := 0; line < len(s); {
		i := line
		for i < len(s) && isSpace(s[i]) && s[i] != '\n' {
			i++
		}
		if pointAt(s[i:]) {
			n++
		}
		next := strings.IndexByte(s[i:], '\n')
		if next < 0 {
			break
		}
		line = i + next + 1
	}
	return n
}

// pointAt says whether s starts with a point's label and a space: "(a) " or «а) ».
func pointAt(s string) bool {
	if len(s) >= 4 && s[0] == '(' && 'a' <= s[1] && s[1] <= 'z' && s[2] == ')' {
		return isSpace(s[3])
	}
	r, n := utf8.DecodeRuneInString(s)
	cyrillic := ('а' <= r && r <= 'я') || strings.ContainsRune("єіїґ", r)
	return cyrillic && len(s) > n+1 && s[n] == ')' && isSpace(s[n+1])
}

// numberWord returns the number a word names ("twelve", «дванадцять»), or 0.
func numberWord(w string) int {
	if n, ok := numberWords[w]; ok || len(w) > 40 {
		return n
	}
	return numberWords[strings.ToLower(w)]
}

// wordNumbers calls fn with numberWord of each word of replacer.Replace(s), as
// strings.FieldsFunc with notWordRune splits it, without making the text or the words: it
// reads s with the replacer's one-rune substitutions applied on the way, and looks up only the
// words whose first letter starts some number word. A text with the replacer's longer patterns
// ("**", "__", `\_`), which can join two words into one, takes the plain way.
func wordNumbers(s string, fn func(int)) {
	if strings.Contains(s, "**") || strings.Contains(s, "__") || strings.Contains(s, `\_`) {
		for _, w := range strings.FieldsFunc(replacer.Replace(s), notWordRune) {
			fn(numberWord(w))
		}
		return
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if notWordRune(substitute(r)) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if notWordRune(substitute(r)) {
				break
			}
			j += n
		}
		if numberStart(substitute(r)) {
			fn(numberWord(strings.Map(substitute, s[i:j])))
		}
		i = j
	}
}

// substitute is what replacer turns a rune into, for the runes it turns into one rune.
func substitute(r rune) rune {
	switch r {
	case '’', 'ʼ', '`':
		return '\''
	case '“', '”', '«', '»':
		return '"'
	case '–', '—':
		return '-'
	case '\u00a0':
		return ' '
	}
	return r
}

// numberStarts are the first runes of the number words, and their lower cases: numberWord
// finds nothing for a word that starts otherwise.
var numberStarts = func() map[rune]bool {
	m := map[rune]bool{}
	for w := range numberWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r], m[unicode.ToLower(r)] = true, true
	}
	return m
}()

func numberStart(r rune) bool { return numberStarts[r] || numberStarts[unicode.ToLower(r)] }
