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
)

// SpellEnglish writes 0 to 99 in English words and larger numbers in digits.
func SpellEnglish(n int) string { return spell(n, enOnes, enTens, "-") }

// SpellUkrainian writes 0 to 99 in Ukrainian words (nominative) and larger numbers in digits.
func SpellUkrainian(n int) string { return spell(n, ukOnes, ukTens, " ") }

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
