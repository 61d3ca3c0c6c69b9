package document

import (
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// nbsp is the no-break space that binds two words on one line.
const nbsp = "\u00a0"

// The places where a line must not break, by the typesetting rules of both languages: before a
// dash (no line starts with one), inside a date, between "Article" and its number, and between
// a number and its unit. Ukrainian also binds a one-letter word (в, і, з, у, а, й, о) to the
// word after it, so that no line ends with one.
var (
	dashRE    = regexp.MustCompile(` ([—–]) `)
	refRE     = regexp.MustCompile(`(?i)(^|[^\p{L}])(Articles?|Art\.|paragraphs?|Annex|Protocol|стат(?:т[яіею]|ей)|пункт\p{L}*|додат(?:ок|ку|ком|ки)|протокол\p{L}*) (\d)`)
	unitRE    = regexp.MustCompile(`(\d+\)?|\d+,\d+) (%|per cent|hours?|days?|weeks?|months?|years?|kilomet(?:re|er)s?|km|metres?|millimetres?|ships?|aircraft|годин\p{L}*|днів|дні|дня|тижн\p{L}*|місяц\p{L}*|рок\p{L}*|рік|літ|кілометр\p{L}*|км|міліметр\p{L}*|кораб\p{L}*|літак\p{L}*|відсот\p{L}*)([^\p{L}]|$)`)
	dateEnRE  = regexp.MustCompile(`\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b`)
	dateUkRE  = regexp.MustCompile(`(\d{1,2}) (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?: (\d{4}))?(?: (року))?`)
	oneLetter = regexp.MustCompile(`(^|[\s\x{00a0}(«„])([вВіІзЗуУаАйЙоОяЯ]) `)
)

// typeset puts no-break spaces where the rules of the language forbid a line break. It
// works on inline Markdown, whose syntax it leaves alone: it only replaces spaces between
// words.
func typeset(l generator.Lang, s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	s = dashRE.ReplaceAllString(s, nbsp+"$1 ")
	s = refRE.ReplaceAllString(s, "$1$2"+nbsp+"$3")
	s = unitRE.ReplaceAllString(s, "$1"+nbsp+"$2$3")
	if l == generator.Ukrainian {
		s = dateUkRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", nbsp) })
		for i := 0; i < 2; i++ { // "і в державі": overlapping matches need a second pass
			s = oneLetter.ReplaceAllString(s, "$1$2"+nbsp)
		}
		return s
	}
	return dateEnRE.ReplaceAllString(s, "$1"+nbsp+"$2"+nbsp+"$3")
}
