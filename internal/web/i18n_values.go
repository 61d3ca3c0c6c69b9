package web

// values translates the words the interface shows from the domain: clause families, severities,
// the profile's values and the seed table's options and ratings. English shows them as they are.
var values = map[string]string{
	// families of the clause library
	"assistance": "Допомога", "backstop": "Підтримка США", "consultation": "Консультації",
	"defence": "Колективна оборона", "definitions": "Визначення", "duration": "Строк дії і вихід",
	"eu": "Європейський Союз", "final": "Прикінцеві положення", "forces": "Сили і місії",
	"nato": "НАТО", "preamble": "Преамбула", "sanctions": "Санкції", "scope": "Сфера дії",
	"verification": "Верифікація", "weak": "Слабкі положення (для порівняння)", "custom": "Власні",
	// severities
	"error": "помилка", "warning": "застереження", "info": "довідка",
	// profile values
	"none": "немає", "reaffirm": "лише підтвердження", "referral": "звернення до Ради Безпеки",
	"consult": "консультації", "discretionary": "на розсуд кожного гаранта", "floor": "мінімальні заходи",
	"automatic": "автоматично", "dependent": "залежна від згоди", "independent": "незалежна",
	"vetoable": "можна заблокувати", "denunciation": "денонсація", "discontinuation": "припинення участі",
	// options and ratings of the seed table
	"assistance-option": "військова допомога", "snapback-option": "автоматичне відновлення санкцій",
	"air-naval": "повітряні й морські місії", "tripwire": "сили стримування", "nato-contingency": "членство в НАТО у разі порушення",
	"very-low": "дуже низька", "low": "низька", "low-moderate": "низька–помірна", "moderate": "помірна",
	"moderate-high": "помірна–висока", "high": "висока", "very-high": "дуже висока",
}

// word returns a domain word in the interface language.
func word(ui, w string) string {
	if ui != "uk" {
		return w
	}
	if s, ok := values[w]; ok {
		return s
	}
	return w
}

// option returns the name of a seed-table option in the interface language.
func option(ui, o string) string {
	if ui == "uk" && (o == "assistance" || o == "snapback") {
		return values[o+"-option"]
	}
	return word(ui, o)
}
