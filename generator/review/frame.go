package review

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// frameSays reports whether the form template's own text (the draft without its clauses:
// title block, standard paragraphs, testimonium) says what a detector looks for.
func (p *pass) frameSays(ph phrases) bool {
	if p.frame == nil {
		p.frame = p.frameSentences()
	}
	for _, l := range p.in.Languages {
		for _, s := range p.frame[l] {
			if ph.in(s) {
				return true
			}
		}
	}
	return false
}

// frameSentences returns, per language, the sentences of the draft that no clause wrote: the
// words of the form template.
func (p *pass) frameSentences() map[generator.Lang][]sentence {
	out := map[generator.Lang][]sentence{}
	for _, l := range p.in.Languages {
		md, all := withoutArticles(string(p.d.Markdown[l]), p.d.Articles, l)
		clauseText := map[string]bool{}
		for _, a := range p.d.Articles {
			if all {
				break
			}
			for _, s := range sentences(l, a.Text[l]) {
				clauseText[s.Text] = true
			}
		}
		for _, s := range sentences(l, md) {
			if !clauseText[s.Text] {
				out[l] = append(out[l], s)
			}
		}
	}
	return out
}

// withoutArticles cuts the text of every article out of md, searching forward from the end of
// the one before (articles appear in the draft in their order), and reports whether all were
// found.
func withoutArticles(md string, arts []*generator.Article, l generator.Lang) (string, bool) {
	var rest strings.Builder
	from, all := 0, true
	for _, a := range arts {
		t := a.Text[l]
		i := -1
		if t != "" {
			i = strings.Index(md[from:], t)
		}
		if i < 0 {
			all = false
			continue
		}
		rest.WriteString(md[from : from+i])
		rest.WriteString("\n\n")
		from += i + len(t)
	}
	rest.WriteString(md[from:])
	return rest.String(), all
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
		out = append(out, sentence{Lang: l, Text: strings.Join(strings.Fields(s), " ")})
	}
	return out
}
