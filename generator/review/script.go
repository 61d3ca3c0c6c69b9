package review

import (
	"fmt"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
)

// minLetters is how many letters a text needs before its alphabet is judged: a short text
// may be a name or an abbreviation in the other alphabet.
const minLetters = 20

// wrongScript says which text of an article is written in the other language's alphabet
// (Ukrainian in the en slot, English in the uk slot); "" when none is.
func wrongScript(a *generator.Article, langs []generator.Lang) string {
	for _, l := range langs {
		latin, cyrillic := letters(a.Text[l])
		if latin+cyrillic < minLetters {
			continue
		}
		switch {
		case l == generator.English && cyrillic > latin:
			return fmt.Sprintf("its %s text is written in Cyrillic letters; is the Ukrainian text in the en slot?", l)
		case l == generator.Ukrainian && latin > cyrillic:
			return fmt.Sprintf("its %s text is written in Latin letters; is the English text in the uk slot?", l)
		}
	}
	return ""
}

// letters counts the Latin and the Cyrillic letters of s.
func letters(s string) (latin, cyrillic int) {
	for _, r := range s {
		switch {
		case r < 0x80:
			if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
				latin++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		}
	}
	return latin, cyrillic
}
