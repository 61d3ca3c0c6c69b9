package commentary

import (
	"fmt"

	"github.com/guarantor-dev/guarantor/generator"
)

// words are the fixed words of a memorandum in one language. The library's summaries, sources
// and parameter descriptions and the reviewer's rule titles and messages are in English; the
// Ukrainian memorandum says so where it quotes them.
type words struct {
	stamp, note, title, short                            string
	intro                                                string // %s title, %s form, %s date, %s unit ("article by article")
	byArticle, byParagraph                               string
	asBuilt, ratingsSource                               string
	does, summary, params, sources, noSources            string
	alternatives, altIntro, noAlternatives               string
	choosing, blocked, adds, removes, counts, noChange   string
	added, rating, unrated, lost, gained, profile, arrow string
	onArticle, noFindings, open, openIntro, suppressed   string
	instrument, preamble, paragraph, fix, englishOnly    string
	formAdds, none, conclusion                           string
	severity                                             map[string]string
	forms                                                map[generator.Form]string
	block                                                map[string]string // by Blocker.Kind: %s the other
}

var lang = map[generator.Lang]*words{generator.English: english, generator.Ukrainian: ukrainian}

func wordsFor(l generator.Lang) *words {
	if w, ok := lang[l]; ok {
		return w
	}
	return english
}

var english = &words{
	stamp: "EXPLANATORY MEMORANDUM", note: "not part of the instrument",
	title: "Explanatory memorandum on the draft %s", short: "Explanatory memorandum",
	intro: "This memorandum explains the draft %s, a %s dated %s, %s: what each does, with the parameters " +
		"chosen; the provisions it rests on; the other clauses the library offers in its place and what choosing " +
		"each would change, computed by assembling and reviewing the draft with that clause in its place; and " +
		"the reviewer’s findings on it. The reviewer’s open points close the memorandum. It is not part of the " +
		"instrument and is not for signature.",
	byArticle: "article by article", byParagraph: "paragraph by paragraph",
	asBuilt:       "**The draft as built.** %s. Findings: %s.",
	ratingsSource: "Credibility and feasibility are the ratings of the table of options in Schuman Paper n°830 (2026); the findings are those of guarantor’s reviewer (%s).",
	does:          "What it does", summary: "", params: "Parameters chosen", sources: "Sources",
	noSources:    "The clause cites no source.",
	alternatives: "Alternatives", altIntro: "Each is swapped into a copy of the draft, which is assembled and reviewed again:",
	noAlternatives: "The library offers no other clause for this place in a %s.",
	choosing:       "Choosing it:", blocked: "It cannot be swapped in alone: %s.",
	adds: "adds %s", removes: "removes %s", counts: "findings go from %s to %s",
	noChange: "no finding and no aspect of the profile changes",
	added:    "the clauses it requires are added (%s)",
	rating:   "option %s, credibility %s, feasibility %s", unrated: "no rated option",
	lost: "loses option %s", gained: "takes up option %s", profile: "%s: %s → %s", arrow: "→",
	onArticle: "Reviewer’s findings on it", noFindings: "none",
	open: "The reviewer’s open points", conclusion: "Conclusion",
	openIntro:  "The reviewer’s findings on the draft as built, strongest first, with the cure each rule suggests:",
	suppressed: "%d finding(s) are suppressed in the spec, each with its reason (`guarantor review` lists them).",
	instrument: "the instrument as a whole", preamble: "the preamble", paragraph: "Paragraph %d",
	fix: "Fix", englishOnly: "",
	formAdds: "The form adds this part in its own words; it comes from no clause of the library.",
	none:     "The reviewer has no open point on this draft.",
	severity: map[string]string{"error": "error", "warning": "warning", "info": "info"},
	forms: map[generator.Form]string{generator.Treaty: "treaty", generator.MoU: "memorandum of understanding",
		generator.Declaration: "political declaration"},
	block: map[string]string{
		"required-by": "%s requires the clause it would replace",
		"requires":    "it requires %s, which cannot be added to this draft",
		"param":       "its parameter %s has no default",
		"assemble":    "it cannot be assembled (%s)",
		"limit":       "it was not assessed: the alternatives of an article are assessed up to a limit of %s",
	},
}

var ukrainian = &words{
	stamp: "ПОЯСНЮВАЛЬНА ЗАПИСКА", note: "не є частиною документа",
	title: "Пояснювальна записка до проєкту документа «%s»", short: "Пояснювальна записка",
	intro: "Ця записка пояснює проєкт документа «%s» (%s) від %s %s: що передбачає кожне положення і з якими " +
		"параметрами; на яких нормах воно ґрунтується; які інші положення бібліотеки можуть стати на його місце і " +
		"що змінить вибір кожного з них (це встановлено складанням і повторним рецензуванням проєкту з такою " +
		"заміною); які зауваження має до нього рецензент. Завершують записку відкриті питання рецензента. " +
		"Записка не є частиною документа і не призначена для підписання.",
	byArticle: "постатейно", byParagraph: "за пунктами",
	asBuilt:       "**Проєкт у поточній редакції.** %s. Зауваження — %s.",
	ratingsSource: "Переконливість і здійсненність — це оцінки з таблиці варіантів у Schuman Paper n°830 (2026); зауваження сформульовано за правилами рецензента guarantor (%s). Назви правил, описи положень і джерела наведено англійською мовою.",
	does:          "Що передбачає", summary: "Опис у бібліотеці (англійською мовою): %s", params: "Обрані параметри", sources: "Джерела",
	noSources:    "Положення не посилається на джерела.",
	alternatives: "Альтернативи", altIntro: "Кожну з них підставлено в копію проєкту, яку знову складено й перевірено:",
	noAlternatives: "Бібліотека не пропонує іншого положення для цього місця в документі такого виду (%s).",
	choosing:       "Наслідки вибору:", blocked: "Саму лише цю заміну зробити не можна: %s.",
	adds: "додається %s", removes: "знімається %s", counts: "кількість зауважень змінюється з «%s» на «%s»",
	noChange: "жодне зауваження і жоден показник профілю не змінюються",
	added:    "додаються положення, яких воно потребує (%s)",
	rating:   "варіант «%s», переконливість — %s, здійсненність — %s", unrated: "жодного оціненого варіанта",
	lost: "втрачається варіант %s", gained: "зʼявляється варіант %s", profile: "%s: %s → %s", arrow: "→",
	onArticle: "Зауваження рецензента", noFindings: "немає",
	open: "Відкриті питання рецензента", conclusion: "Висновки",
	openIntro:  "Зауваження рецензента до проєкту в поточній редакції, від найсерйозніших, зі способом виправлення, який пропонує кожне правило:",
	suppressed: "Зауважень, приглушених у специфікації з наведенням причин: %d (їх перелічує `guarantor review`).",
	instrument: "документ у цілому", preamble: "преамбула", paragraph: "Пункт %d",
	fix: "Як виправити", englishOnly: "англійською мовою",
	formAdds: "Це положення додає сама форма документа; воно не походить з бібліотеки положень.",
	none:     "Рецензент не має відкритих питань щодо цього проєкту.",
	severity: map[string]string{"error": "помилка", "warning": "попередження", "info": "довідкове"},
	forms: map[generator.Form]string{generator.Treaty: "міжнародний договір", generator.MoU: "меморандум про взаєморозуміння",
		generator.Declaration: "політична декларація"},
	block: map[string]string{
		"required-by": "положення %s потребує того, яке довелося б замінити",
		"requires":    "воно потребує положення %s, яке не можна додати до цього проєкту",
		"param":       "його параметр %s не має значення за замовчуванням",
		"assemble":    "його не вдається скласти (%s)",
		"limit":       "його не оцінено: для кожного положення оцінюються лише перші %s",
	},
}

// count says "n unit" with the unit's plural in the language: "72 hours", "72 години".
func (w *words) count(n int, unit string) string {
	forms := units[w == ukrainian][unit]
	if w != ukrainian {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, forms[0])
		}
		return fmt.Sprintf("%d %s", n, forms[1])
	}
	switch {
	case n%10 == 1 && n%100 != 11:
		return fmt.Sprintf("%d %s", n, forms[0])
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return fmt.Sprintf("%d %s", n, forms[1])
	}
	return fmt.Sprintf("%d %s", n, forms[2])
}

var units = map[bool]map[string][]string{
	false: {"hour": {"hour", "hours"}, "year": {"year", "years"}, "month": {"month", "months"}, "day": {"day", "days"}},
	true: {"hour": {"година", "години", "годин"}, "year": {"рік", "роки", "років"},
		"month": {"місяць", "місяці", "місяців"}, "day": {"день", "дні", "днів"}},
}
