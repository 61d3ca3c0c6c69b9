package review

import (
	"strings"
)

var nonBindingCore = &Rule{
	ID: "G101", Name: "non-binding-core", Title: "Core guarantee in a non-binding form",
	Severity: Error, Weakness: []int{1},
	Why:      `A memorandum of understanding or a political declaration creates no legal obligation: a guarantor can later deny the commitment at no legal cost. Once the Budapest Memorandum was tested, the United States took the position that it was "not legally binding".`,
	Source:   "weaknesses.md §1, §3; UK FCDO and US State Department guidance on non-binding instruments",
	Fix:      "Make the instrument a treaty (form: treaty) with final/ratification, final/entry-into-force and final/provisional-application, or move the defence clause into a binding treaty and keep the memorandum for political support.",
	Evidence: "The spec's form; the clauses that respond to an attack (library properties; custom text in en and uk).",
	check:    checkNonBindingCore,
}

func checkNonBindingCore(p *pass) {
	if p.in.Form.Binding() {
		return
	}
	core := p.core()
	if len(core) == 0 {
		return
	}
	best := core[0]
	for _, c := range core {
		if c.rank() > best.rank() {
			best = c
		}
	}
	f := p.report(best, Error, best.said, "the guarantee (%s, response %s) is given in a %s, which creates no legal obligation",
		best.id, best.response, p.in.Form.Name())
	relate(f, others(core, best), "also part of the non-binding guarantee: %s")
}

// core returns the operative clauses that answer an attack or threat: the guarantee itself.
func (p *pass) core() []*clause {
	var out []*clause
	for _, c := range p.operative() {
		if c.response >= lvReferral || c.provides["mutual-defence"] || c.provides["response-floor"] ||
			c.provides["forces"] || c.provides["security-council-referral"] || c.provides["nato-accession"] {
			out = append(out, c)
		}
	}
	return out
}

var treatyWordsInNonBinding = &Rule{
	ID: "G102", Name: "treaty-words-in-non-binding", Title: "Treaty vocabulary in a non-binding instrument",
	Severity: Warning, Weakness: []int{2},
	Why:      `Legal status follows intent, and vocabulary is the evidence. "Shall", "Parties", "agree", "obligations" or "enter into force" in a memorandum blur whether it binds, and ambiguity lets a guarantor deny the commitment later.`,
	Source:   "weaknesses.md §3; UK FCDO treaty/MoU terminology; US State Department guidance (avoid ambiguity)",
	Fix:      "Write custom text with the form's vocabulary ({{ .Shall }}, {{ .Parties }}, {{ .Agree }}, {{ .Obligations }}) so it follows the form, or make the instrument a treaty.",
	Evidence: "Custom clause text (en, uk) and the title, case-sensitive for defined terms.",
	check: func(p *pass) {
		checkVocabulary(p, !p.in.Form.Binding(), treatyWordsText, treatyTitleText, mouTitleText)
	},
}

var nonBindingWordsInTreaty = &Rule{
	ID: "G103", Name: "non-binding-words-in-treaty", Title: "Memorandum vocabulary in a treaty",
	Severity: Warning, Weakness: []int{2},
	Why:      `A treaty that speaks of "Participants", "commitments", "comes into effect" or "political commitments" invites the argument that its parties never meant to be bound.`,
	Source:   "weaknesses.md §3; Australian DFAT treaty guidance",
	Fix:      "Use the treaty vocabulary in custom text ({{ .Parties }}, {{ .Shall }}, {{ .EnterIntoForce }}) and a title that names a treaty or agreement.",
	Evidence: "Custom clause text (en, uk) and the title, case-sensitive for defined terms.",
	check: func(p *pass) {
		words := mouWordsText
		if len(p.providing("ratification"))+len(p.providing("entry-into-force")) > 0 {
			words = strongMouWordsText // older treaties mix "come into effect" with "enter into force"
		}
		checkVocabulary(p, p.in.Form.Binding(), words, mouTitleText, treatyTitleText)
	},
}

// checkVocabulary reports words of the other form in custom clauses and a title whose first
// instrument word belongs to the other form.
func checkVocabulary(p *pass, applies bool, words, wrongTitle, rightTitle phrases) {
	if !applies {
		return
	}
	for _, l := range p.in.Languages {
		s := sentence{Lang: l, Text: p.in.Title[l]}
		w, at := wrongTitle.find(s)
		if _, rat := rightTitle.find(s); at >= 0 && (rat < 0 || at < rat) {
			p.reportSpec(Warning, []any{"title", string(l)}, "the %s title names a %s with the word “%s”", l, p.in.Form.Name(), w)
			break
		}
	}
	for _, c := range p.clauses {
		if !c.custom {
			continue
		}
		_, w := c.seen.lookup(c.seen.plain, words, func() (int, string) {
			for i, s := range plainSentences(c.art, p.in.Languages) {
				if w, _ := words.find(s); w != "" {
					return i, w
				}
			}
			return -1, ""
		})
		if w != "" {
			p.report(c, Warning, strings.ToLower(w), "custom text uses “%s”, a word of the other form, in a %s", w, p.in.Form.Name())
		}
	}
}

var noStatusStatement = &Rule{
	ID: "G104", Name: "no-status-statement", Title: "Non-binding instrument without a status statement",
	Severity: Warning, Weakness: []int{2},
	Why:      "A memorandum or declaration that does not say it is not legally binding leaves its status to argument. Guidance on non-binding instruments asks for an explicit status paragraph.",
	Source:   "weaknesses.md §3, §4; US State Department guidance on non-binding documents",
	Fix:      "Add final/status-statement (or make the instrument a treaty).",
	Evidence: "Library properties (status-statement), custom text (en, uk) and the form template's own paragraphs.",
	check: func(p *pass) {
		if !p.in.Form.Binding() && !p.says("status-statement", statusText) {
			p.reportSpec(Warning, []any{"form"}, "the %s never says whether it is legally binding", p.in.Form.Name())
		}
	},
}

func others(cs []*clause, not *clause) []*clause {
	var out []*clause
	for _, c := range cs {
		if c != not {
			out = append(out, c)
		}
	}
	return out
}
