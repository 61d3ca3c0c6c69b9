package review

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
)

// frameSays reports whether the form template's own text (the draft without its clauses:
// title block, standard paragraphs, testimonium) says what a detector looks for.
func (p *pass) frameSays(ph phrases) bool {
	if p.frame == nil {
		p.frame = p.frameSentences()
	}
	for _, l := range p.in.Languages {
		if f := p.frame[l]; f != nil && f.says(ph) {
			return true
		}
	}
	return false
}

// frameSentences returns, per language, the sentences of the draft that no clause wrote: the
// words of the form template (the marking, the parties, the formula, the parts the form adds,
// the testimonium and the signature blocks).
func (p *pass) frameSentences() map[generator.Lang]*frameText {
	out := map[generator.Lang]*frameText{}
	for _, l := range p.in.Languages {
		doc := p.d.Docs[l]
		if doc == nil {
			continue
		}
		var b strings.Builder
		b.WriteString(doc.Marking.Text() + "\n\n")
		for _, m := range append(append([]*generator.Matter{}, doc.Front...), doc.Back...) {
			if m.Use == nil {
				b.WriteString(markdown.Inline(m.Text) + "\n\n")
			}
		}
		for _, part := range doc.Parts {
			if part.Use == nil {
				b.WriteString(part.Heading + "\n\n" + markdown.Body(part.Body) + "\n\n")
			}
		}
		out[l] = p.frameOf(l, b.String())
	}
	return out
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
