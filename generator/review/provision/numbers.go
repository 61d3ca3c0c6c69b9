package provision

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// unitText finds the units numbers measure.
var unitText = regexp.MustCompile(`(?:^|[^\p{L}])(years?|months?|weeks?|days?|hours?|рок\p{L}*|рік|літ|місяц\p{L}*|місяць|тижн\p{L}*|тиждень|дн\p{L}*|днів|доб\p{L}*|годин\p{L}*)(?:[^\p{L}]|$)`)

var units = []struct{ prefix, unit string }{
	{"year", "year"}, {"рок", "year"}, {"рік", "year"}, {"літ", "year"}, {"month", "month"}, {"місяц", "month"}, {"місяць", "month"},
	{"week", "week"}, {"тижн", "week"}, {"тиждень", "week"}, {"day", "day"}, {"дн", "day"}, {"доб", "day"}, {"hour", "hour"}, {"годин", "hour"},
}

var ones = map[string]int{
	"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "hundred": 100,
	"один": 1, "одного": 1, "одна": 1, "одну": 1, "два": 2, "двох": 2, "дві": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
	"п'ять": 5, "п'яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9, "дев'яти": 9,
	"десять": 10, "десяти": 10, "дванадцять": 12, "дванадцяти": 12, "п'ятнадцять": 15, "п'ятнадцяти": 15, "вісімнадцять": 18,
	"вісімнадцяти": 18, "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30, "сорок": 40, "сорока": 40,
	"п'ятдесят": 50, "п'ятдесяти": 50, "сімдесят": 70, "сімдесяти": 70,
}

// value reads the number written just before a unit: digits, "(20)", a number word, or a tens
// word and a unit word ("twenty-five", "двадцяти п'яти"). 0 when there is none.
func value(before string) int {
	before = strings.TrimRight(before, " -'s")
	if i := strings.LastIndex(before, "("); i >= 0 && strings.HasSuffix(before, ")") {
		if n, err := strconv.Atoi(before[i+1 : len(before)-1]); err == nil {
			return n
		}
		before = strings.TrimSpace(before[:i])
	}
	words := strings.Fields(strings.NewReplacer("-", " ").Replace(before))
	if len(words) == 0 {
		return 0
	}
	last := words[len(words)-1]
	if n, err := strconv.Atoi(last); err == nil {
		return n
	}
	n := ones[last]
	if n > 0 && n < 10 && len(words) > 1 {
		if tens := ones[words[len(words)-2]]; tens >= 20 && tens%10 == 0 {
			n += tens
		}
	}
	return n
}

// Contexts that give a number its function, read just before and just after it.
var (
	noticeAfter  = regexp.MustCompile(`^('s?|s')?\s*(written )?(notice|notification)|^\s*(after|from) (its |the |such |that |a |their )?(written )?(notice|notification|receipt|it is received|it has been received|the date of receipt)|^\s*(after|from) the date of (the |its |such )?(notice|notification|receipt)|^\s*після (отримання|одержання|повідомлення|надіслання|дати)`)
	noticeBefore = regexp.MustCompile(`(takes? effect|take effect|effective|terminates?|shall terminate|will terminate|end|ends|notice of|on giving|by giving|(вихід|денонсація) (набирає|набуває|набуде) чинності|набирає чинності|набуває чинності)\s*(\S+\s*){0,2}$`)
	lockInBefore = regexp.MustCompile(`(after|following)( (the|it|this \w+|the \w+))? (has been |having been |being )?in force for\s*$|(after|following|before) (the )?$|(during|within|for|in) the first\s*$|^$|через\s*$|протягом перших\s*$|(до спливу|раніше ніж через)\s*$`)
	exitWords    = fam([]string{`denounc\w*`, `denunciation`, `withdraw\w*`, `discontinu\w*`, `cease\w* to be (a )?(party|member|participant)`, `terminat\w*`, `notice`, `leave`},
		[]string{`денонс\p{L}*`, `вийти`, `вихід`, `припин\p{L}*`})
	renewalBefore  = regexp.MustCompile(`(renew\w*|extend\w*|prolong\w*|продовж\p{L}*)[^.;]{0,40}\s*$`)
	mandateBefore  = regexp.MustCompile(`mandate (of|for)\s+(\S+\s+)?$|мандат\p{L}*\s+(на\s+)?$`)
	termBefore     = regexp.MustCompile(`(in force|in effect|valid|apply|applies|last|lasts|concluded|period of|term of|duration of|remain\w*|stay\w* in force|stay\w*)( for)?( a (fixed )?period of| a term of)?\s*$|(діє|діятиме|діють|строком на|строк дії|протягом|укладається на)\s*$`)
	deadlineBefore = regexp.MustCompile(`(within|no later than|not later than|in not more than|протягом|впродовж|не пізніше( ніж)?( через| за)?)\s+(\S+\s+){0,2}$`)
	reviewWords    = fam([]string{`review\w*`, `reconsider\w*`}, []string{`перегляд\p{L}*`, `перегляда\p{L}*`, `перегляну\p{L}*`})
)

// numbers finds every number with a unit in a sentence and says what it measures.
func numbers(l generator.Lang, text string) []Number {
	var out []Number
	for _, m := range unitText.FindAllStringSubmatchIndex(text, -1) {
		word := text[m[2]:m[3]]
		unit := ""
		for _, u := range units {
			if strings.HasPrefix(word, u.prefix) {
				unit = u.unit
				break
			}
		}
		before := text[:m[2]]
		n := value(before)
		if n == 0 || n > 200 || unit == "" {
			continue
		}
		start := strings.LastIndex(strings.TrimRight(before, " -'s("), " ") + 1
		if strings.HasPrefix(before[start:], "(") {
			start = strings.LastIndex(strings.TrimRight(before[:start], " "), " ") + 1 // "five (5) years"
		}
		if prev := strings.LastIndex(strings.TrimRight(before[:start], " "), " ") + 1; start > 0 && ones[strings.TrimSpace(before[prev:start])] >= 20 {
			start = prev // "twenty five", "двадцяти п'яти"
		}
		out = append(out, Number{Value: n, Unit: unit, Words: strings.TrimSpace(text[start:m[3]]),
			Function: function(l, text, start, m[3], unit)})
	}
	return out
}

// function says what the number at text[start:end] measures.
func function(l generator.Lang, text string, start, end int, unit string) Function {
	before, after := text[max(0, start-70):start], text[end:min(len(text), end+50)]
	switch {
	case mandateBefore.MatchString(before):
		return Mandate
	case renewalBefore.MatchString(before) && !termBefore.MatchString(before):
		return Renewal
	case (noticeAfter.MatchString(after) || noticeBefore.MatchString(before)) && exitWords.in(l, text):
		return Notice
	case unit == "hour" || unit == "day" || unit == "week" || deadlineBefore.MatchString(before) && unit != "year":
		return DeadlineTime
	case lockInBefore.MatchString(before) && exitWords.in(l, text):
		return LockIn
	case reviewWords.in(l, text):
		return ReviewDate
	case lockInBefore.MatchString(before):
		return Unknown
	case termBefore.MatchString(before):
		return Term
	}
	return Unknown
}
