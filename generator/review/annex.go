package review

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
)

// annexWords are the fixed words of the annex in each language. The findings themselves (rule
// titles, messages, reasons, fixes) are written in English only.
type annexWords struct {
	heading, note, profile, options, findings, none, clause, instrument, why, fix, suppressed, line string
	count                                                                                           func(Summary) string
}

var annexLang = map[generator.Lang]annexWords{
	generator.English: {
		heading:    "Reviewer’s notes (not part of the instrument)",
		note:       "Prepared by guarantor %s from the reviewer’s rules for those negotiating the text. They are not an annex to the instrument and are not part of the text for signature.",
		profile:    "Profile",
		options:    "Options",
		findings:   "Findings",
		none:       "The reviewer found no weakness.",
		clause:     "Clause",
		instrument: "The instrument as a whole",
		why:        "Why",
		fix:        "Fix",
		suppressed: "Suppressed",
		line:       "spec line",
		count: func(s Summary) string {
			return fmt.Sprintf("%s, %d suppressed", s.Counts(), s.Suppressed)
		},
	},
	generator.Ukrainian: {
		heading:    "Зауваження рецензента (не є частиною документа)",
		note:       "Підготовлено guarantor %s за правилами рецензента для учасників переговорів. Ці зауваження не є додатком до документа і не входять до тексту для підписання. Опис правил і зауважень наведено англійською мовою.",
		profile:    "Профіль",
		options:    "Варіанти",
		findings:   "Зауваження",
		none:       "Рецензент не виявив слабких місць.",
		clause:     "Положення",
		instrument: "Документ у цілому",
		why:        "Чому це важливо",
		fix:        "Як виправити",
		suppressed: "Приглушено",
		line:       "рядок специфікації",
		count: func(s Summary) string {
			return fmt.Sprintf("помилки: %d; попередження: %d; довідкові: %d; приглушені: %d",
				s.Error, s.Warning, s.Info, s.Suppressed)
		},
	},
}

// Annex returns the report as an annex in lang, to set after a draft's signatures on a page of
// its own: the profile, and one numbered entry per finding with its rule, place, reason and fix.
func Annex(r *Report, l generator.Lang) *generator.Annex {
	w, ok := annexLang[l]
	if !ok {
		w = annexLang[generator.English]
	}
	a := &generator.Annex{Heading: w.heading, Note: fmt.Sprintf(w.note, generator.Version)}
	para := func(n int, s string) {
		a.Body = append(a.Body, &generator.Paragraph{Number: n, Text: generator.Inline{{Text: s}}})
	}
	para(0, fmt.Sprintf("**%s.** %s.", w.profile, escape(r.Profile.String())))
	if o := r.Profile.OptionsString(); o != "" {
		para(0, fmt.Sprintf("**%s.** %s.", w.options, escape(o)))
	}
	para(0, fmt.Sprintf("**%s:** %s.", w.findings, w.count(r.Summary())))
	if len(r.Findings) == 0 {
		para(0, w.none)
	}
	for i, f := range r.Findings {
		para(i+1, annexEntry(f, w))
	}
	return a
}

func annexEntry(f *Finding, w annexWords) string {
	where := w.instrument
	if f.Clause != "" {
		where = w.clause + " `" + f.Clause + "`"
	}
	if f.Pos.Line > 0 {
		where += fmt.Sprintf(" (%s %d)", w.line, f.Pos.Line)
	}
	head := fmt.Sprintf("**%s %s (%s): %s.** %s. %s", f.Rule.ID, f.Rule.Name, f.Severity, escape(f.Rule.Title), where, escape(asSentence(f.Message)))
	if f.Suppressed {
		head = fmt.Sprintf("~~%s~~ *%s: %s*", head, w.suppressed, escape(f.Reason))
	}
	return fmt.Sprintf("%s *%s:* %s *%s:* %s", head, w.why, escape(f.Rule.Why), w.fix, escape(f.Rule.Fix))
}

// asSentence starts s with a capital and ends it with a full stop.
func asSentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

// escape keeps text that is not Markdown from being read as Markdown.
func escape(s string) string {
	return markdownEscaper.Replace(strings.Join(strings.Fields(s), " "))
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)
