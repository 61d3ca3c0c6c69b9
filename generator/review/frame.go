package review

import (
	"github.com/guarantor-dev/guarantor/generator"
)

// frameSays reports whether the form template's own text (the draft without its clauses:
// title block, standard paragraphs, testimonium) says what a detector looks for.
func (p *pass) frameSays(ph phrases) bool {
	for _, l := range p.in.Languages {
		clauseText := map[string]bool{}
		for _, a := range p.d.Articles {
			for _, s := range sentences(l, a.Text[l]) {
				clauseText[s.Text] = true
			}
		}
		for _, s := range sentences(l, string(p.d.Markdown[l])) {
			if !clauseText[s.Text] && ph.in(s) {
				return true
			}
		}
	}
	return false
}

// says reports whether a clause provides mech, or the form template says it.
func (p *pass) says(mech string, ph phrases) bool {
	return len(p.providing(mech)) > 0 || p.frameSays(ph)
}

// plainSentences returns the clause's text per language without lower-casing, for detectors
// of vocabulary, where case matters ("Parties" as a defined term).
func plainSentences(a *generator.Article, langs []generator.Lang) []sentence {
	var out []sentence
	for _, l := range langs {
		s := replacer.Replace(a.Text[l])
		out = append(out, sentence{Lang: l, Text: spaces.ReplaceAllString(s, " ")})
	}
	return out
}
