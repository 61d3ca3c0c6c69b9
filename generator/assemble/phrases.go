package assemble

import (
	"fmt"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// phrases are the language-specific pieces of a form template that depend on numbers, dates
// and lists, computed here so templates stay declarative.
type phrases struct {
	months    []string
	dateFmt   func(day int, month string, year int) string
	and       string
	copies    func(n int) string
	single    string                    // a single original kept by the depositary
	langNames map[generator.Lang]string // "English" / "англійською"
}

var english = phrases{
	months: []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"},
	dateFmt: func(d int, m string, y int) string { return fmt.Sprintf("%d %s %d", d, m, y) },
	and:     "and",
	single:  "in a single original",
	copies: func(n int) string {
		switch n {
		case 2:
			return "in duplicate"
		case 3:
			return "in triplicate"
		case 4:
			return "in quadruplicate"
		}
		return "in " + tmpl.SpellEnglish(n) + " originals"
	},
	langNames: map[generator.Lang]string{generator.English: "English", generator.Ukrainian: "Ukrainian"},
}

var ukrainian = phrases{
	months: []string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
		"серпня", "вересня", "жовтня", "листопада", "грудня"},
	dateFmt:   func(d int, m string, y int) string { return fmt.Sprintf("%d %s %d року", d, m, y) },
	and:       "і",
	copies:    ukrainianCopies,
	single:    "в одному оригінальному примірнику",
	langNames: map[generator.Lang]string{generator.English: "англійською", generator.Ukrainian: "українською"},
}

func phrasesFor(l generator.Lang) *phrases {
	if l == generator.Ukrainian {
		return &ukrainian
	}
	return &english
}

// date formats a civil date: "22 November 2026", "22 листопада 2026 року".
func (p *phrases) date(t time.Time) string {
	return p.dateFmt(t.Day(), p.months[t.Month()-1], t.Year())
}

func (p *phrases) joinAnd(items []string) string { return tmpl.JoinAnd(items, p.and) }

// originals says how the treaty is done for its number of signatories. A multilateral treaty
// (more than two signatories) has a depositary in every form of the library, and is done in a
// single original deposited with it; a bilateral treaty is done in duplicate.
func (p *phrases) originals(parties int) string { return p.originalsFor(parties, parties > 2) }

// originalsFor says how a treaty is done: "in a single original" («в одному оригінальному
// примірнику») when a depositary keeps it, the copies each signatory keeps otherwise ("in
// duplicate", «у двох примірниках»). Certified copies of a deposited original go to the
// signatories (UN Final Clauses Handbook; VCLT Art. 77).
func (p *phrases) originalsFor(parties int, depositary bool) string {
	if depositary {
		return p.single
	}
	return p.copies(parties)
}

// languageList names the languages of the texts, the draft's own first: "English and
// Ukrainian", "українською та англійською".
func (p *phrases) languageList(langs []generator.Lang, self generator.Lang) string {
	ordered := []string{p.langNames[self]}
	for _, l := range langs {
		if l != self {
			ordered = append(ordered, p.langNames[l])
		}
	}
	return p.joinAnd(ordered)
}

func (p *phrases) languageName(l generator.Lang) string { return p.langNames[l] }

// ukrainianCopies says "in N originals" with the cardinal in the locative: «в семи
// примірниках», «в двадцяти одному примірнику». «в», not «у», since it follows «року».
func ukrainianCopies(n int) string {
	ones := []string{"", "одному", "двох", "трьох", "чотирьох", "пʼяти", "шести", "семи", "восьми", "девʼяти",
		"десяти", "одинадцяти", "дванадцяти", "тринадцяти", "чотирнадцяти", "пʼятнадцяти",
		"шістнадцяти", "сімнадцяти", "вісімнадцяти", "девʼятнадцяти"}
	tens := []string{"", "", "двадцяти", "тридцяти", "сорока", "пʼятдесяти", "шістдесяти",
		"сімдесяти", "вісімдесяти", "девʼяноста"}
	var words string
	switch {
	case n < 1 || n > 99:
		return fmt.Sprintf("в %d примірниках", n)
	case n < 20:
		words = ones[n]
	default:
		words = strings.TrimSpace(tens[n/10] + " " + ones[n%10])
	}
	if n%10 == 1 && n != 11 {
		return "в " + words + " примірнику"
	}
	return "в " + words + " примірниках"
}
