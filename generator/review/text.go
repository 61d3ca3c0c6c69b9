package review

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// phrases is a text detector: patterns per language, matched against normalised sentences.
type phrases map[generator.Lang][]*regexp.Regexp

// detect compiles a detector. English patterns may use \b; Ukrainian ones must not (\b is
// ASCII-only in Go), so they are stems, or wrapped in word() where a boundary matters.
func detect(en, uk []string) phrases {
	p := phrases{}
	for _, s := range en {
		p[generator.English] = append(p[generator.English], regexp.MustCompile(s))
	}
	for _, s := range uk {
		p[generator.Ukrainian] = append(p[generator.Ukrainian], regexp.MustCompile(s))
	}
	return p
}

// word wraps a Ukrainian pattern in letter boundaries.
func word(s string) string { return `(?:^|[^\p{L}\p{N}])(?:` + s + `)(?:[^\p{L}\p{N}]|$)` }

// find returns the first phrase of the sentence the detector matches, and where; "" and -1
// when none does.
func (p phrases) find(s sentence) (string, int) {
	best, at := "", -1
	for _, re := range p[s.Lang] {
		loc := re.FindStringIndex(s.Text)
		if loc != nil && (at < 0 || loc[0] < at) {
			best, at = strings.TrimFunc(s.Text[loc[0]:loc[1]], notLetter), loc[0]
		}
	}
	return best, at
}

// in reports whether the detector matches the sentence.
func (p phrases) in(s sentence) bool {
	_, at := p.find(s)
	return at >= 0
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// sentence is one sentence of a clause's rendered text, normalised (see provision.Normalise).
type sentence = provision.Sentence

var replacer = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "-", "\u00a0", " ", "**", "", "__", "", `\_`, "_")

// normalise prepares text for matching.
func normalise(s string) string { return provision.Normalise(s) }

// sentences splits rendered text into normalised sentences.
func sentences(l generator.Lang, text string) []sentence { return provision.Sentences(l, text) }
