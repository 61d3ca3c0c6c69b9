package review

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// phrases is a text detector: patterns per language, matched against normalised sentences.
type phrases = *detector

// detector holds the patterns of a detector, compiled on first use: a command that reads no
// clause (a build with nothing to rebuild) does not pay for them.
type detector struct {
	patterns map[generator.Lang][]string
	once     sync.Once
	re       map[generator.Lang][]*regexp.Regexp
}

// detectors are every detector made, for the test that compiles them all.
var detectors []*detector

// detect makes a detector. English patterns may use \b; Ukrainian ones must not (\b is
// ASCII-only in Go), so they are stems, or wrapped in word() where a boundary matters.
func detect(en, uk []string) phrases {
	d := &detector{patterns: map[generator.Lang][]string{generator.English: en, generator.Ukrainian: uk}}
	detectors = append(detectors, d)
	return d
}

// compiled returns the detector's expressions per language, compiling them on first use.
func (p *detector) compiled() map[generator.Lang][]*regexp.Regexp {
	p.once.Do(func() {
		p.re = map[generator.Lang][]*regexp.Regexp{}
		for l, ps := range p.patterns {
			for _, s := range ps {
				p.re[l] = append(p.re[l], regexp.MustCompile(s))
			}
		}
	})
	return p.re
}

// word wraps a Ukrainian pattern in letter boundaries.
func word(s string) string { return `(?:^|[^\p{L}\p{N}])(?:` + s + `)(?:[^\p{L}\p{N}]|$)` }

// find returns the first phrase of the sentence the detector matches, and where; "" and -1
// when none does.
func (p *detector) find(s sentence) (string, int) {
	best, at := "", -1
	for _, re := range p.compiled()[s.Lang] {
		loc := re.FindStringIndex(s.Text)
		if loc != nil && (at < 0 || loc[0] < at) {
			best, at = strings.TrimFunc(s.Text[loc[0]:loc[1]], notLetter), loc[0]
		}
	}
	return best, at
}

// in reports whether the detector matches the sentence.
func (p *detector) in(s sentence) bool {
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
