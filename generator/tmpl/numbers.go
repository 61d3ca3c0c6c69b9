package tmpl

import "strconv"

var (
	enOnes = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	enTens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
		"eighty", "ninety"}
	ukOnes = []string{"нуль", "один", "два", "три", "чотири", "пʼять", "шість", "сім", "вісім",
		"девʼять", "десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
		"пʼятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "девʼятнадцять"}
	ukTens = []string{"", "", "двадцять", "тридцять", "сорок", "пʼятдесят", "шістдесят",
		"сімдесят", "вісімдесят", "девʼяносто"}
	ukHundreds = []string{"", "сто", "двісті", "триста", "чотириста", "пʼятсот", "шістсот",
		"сімсот", "вісімсот", "девʼятсот"}
)

// SpellEnglish writes 0 to 999 in English words ("one hundred and sixty-eight") and larger
// numbers in digits.
func SpellEnglish(n int) string {
	if n < 100 || n > 999 {
		return spell(n, enOnes, enTens, "-")
	}
	words := enOnes[n/100] + " hundred"
	if n%100 != 0 {
		words += " and " + spell(n%100, enOnes, enTens, "-")
	}
	return words
}

// SpellUkrainian writes 0 to 999 in Ukrainian words (nominative) and larger numbers in digits.
func SpellUkrainian(n int) string {
	if n < 100 || n > 999 {
		return spell(n, ukOnes, ukTens, " ")
	}
	words := ukHundreds[n/100]
	if n%100 != 0 {
		words += " " + spell(n%100, ukOnes, ukTens, " ")
	}
	return words
}

func spell(n int, ones, tens []string, sep string) string {
	switch {
	case n < 0 || n > 99:
		return strconv.Itoa(n)
	case n < 20:
		return ones[n]
	case n%10 == 0:
		return tens[n/10]
	}
	return tens[n/10] + sep + ones[n%10]
}

// ukrainianPlural picks one of three forms: 1, 21 рік; 2-4, 22 роки; 5-20, 25 років.
func ukrainianPlural(n int, forms []string) string {
	few, many := forms[1], forms[len(forms)-1]
	if len(forms) == 2 {
		few = forms[1]
	}
	n %= 100
	switch {
	case n >= 11 && n <= 14:
		return many
	case n%10 == 1:
		return forms[0]
	case n%10 >= 2 && n%10 <= 4:
		return few
	}
	return many
}
