package provision

import (
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Sentence is one sentence of rendered text, normalised: lower case, straight quotes and
// apostrophes, plain hyphens, no Markdown emphasis, single spaces.
type Sentence struct {
	Lang generator.Lang
	Text string
}

var (
	breaks   = regexp.MustCompile(`\n\s*\n|\n\s*(?:\(?[a-zа-я0-9]\)|[0-9]+\.)\s`)
	replacer = strings.NewReplacer("’", "'", "ʼ", "'", "`", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`,
		"–", "-", "—", "-", "\u00a0", " ", "**", "", "__", "", `\_`, "_")
)

// Normalise prepares text for reading.
func Normalise(s string) string {
	s = replacer.Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// NormaliseKeepLines is Normalise without joining lines, so offsets map back to lines.
func NormaliseKeepLines(s string) string { return replacer.Replace(strings.ToLower(s)) }

// Sentences splits rendered text into normalised sentences: at paragraph breaks, list items,
// and after '.', ';' or ':' followed by a space.
func Sentences(l generator.Lang, text string) []Sentence {
	var out []Sentence
	for _, para := range breaks.Split(text, -1) {
		para = Normalise(para)
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

func appendSentence(out []Sentence, l generator.Lang, s string) []Sentence {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, Sentence{Lang: l, Text: s})
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
