package review

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
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

// sentence is one sentence of a clause's rendered text, normalised: lower case, straight
// quotes and apostrophes, plain hyphens, no Markdown emphasis, single spaces.
type sentence struct {
	Lang generator.Lang
	Text string
}

var (
	breaks   = regexp.MustCompile(`\n\s*\n|\n\s*(?:\(?[a-zа-я0-9]\)|[0-9]+\.)\s`)
	replacer = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`,
		"–", "-", "—", "-", "\u00a0", " ", "**", "", "__", "", `\_`, "_")
)

// normalise prepares text for matching.
func normalise(s string) string {
	s = replacer.Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// sentences splits rendered text into normalised sentences: at paragraph breaks, list items,
// and after '.', ';' or ':' followed by a space.
func sentences(l generator.Lang, text string) []sentence {
	var out []sentence
	for _, para := range breaks.Split(text, -1) {
		para = normalise(para)
		start := 0
		for i := 0; i < len(para); i++ {
			c := para[i]
			if (c == '.' || c == ';' || c == ':') && i+1 < len(para) && para[i+1] == ' ' && !abbreviation(para[start:i]) {
				out = appendSentence(out, l, para[start:i+1])
				start = i + 2
			}
		}
		out = appendSentence(out, l, para[start:])
	}
	return out
}

func appendSentence(out []sentence, l generator.Lang, s string) []sentence {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, sentence{Lang: l, Text: s})
	}
	return out
}

// abbreviation reports whether text ends in an abbreviation such as "Art" or "No".
func abbreviation(before string) bool {
	for _, a := range []string{" art", " no", " arts", " para", " e.g", " i.e", " ст", " п", "№"} {
		if strings.HasSuffix(before, a) {
			return true
		}
	}
	return false
}
