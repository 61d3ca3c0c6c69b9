package review

import (
	"regexp"
	"strconv"
	"strings"
)

// quantityText finds "twenty (20) years", "15 years", "a five-year", "twelve months'",
// "20 років", "шість місяців".
var quantityText = regexp.MustCompile(`(\d+|[\p{L}'-]+)(?:\s*\((\d+)\))?[\s-]+(years?|months?|рок\p{L}*|рік|літ|місяц\p{L}*|місяць)`)

var numberWords = map[string]int{
	"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
	"twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
	"один": 1, "одного": 1, "два": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "п'ять": 5, "п'яти": 5,
	"шість": 6, "шести": 6, "десять": 10, "десяти": 10, "дванадцять": 12, "дванадцяти": 12,
	"п'ятнадцять": 15, "п'ятнадцяти": 15, "вісімнадцять": 18, "двадцять": 20, "двадцяти": 20,
	"тридцять": 30, "тридцяти": 30, "п'ятдесят": 50,
}

// quantities returns the numbers of years and of months a sentence names. A number of years
// that runs until a notice takes effect ("one year after its notice") counts as months of
// notice.
func quantities(s string) (years, months []int) {
	for _, m := range quantityText.FindAllStringSubmatchIndex(s, -1) {
		n := number(s, m)
		if n == 0 {
			continue
		}
		unit := s[m[6]:m[7]]
		after := s[m[1]:min(len(s), m[1]+30)]
		switch {
		case strings.HasPrefix(unit, "month") || strings.HasPrefix(unit, "місяц"):
			months = append(months, n)
		case noticeAfter.MatchString(after):
			months = append(months, 12*n)
		default:
			years = append(years, n)
		}
	}
	return years, months
}

var noticeAfter = regexp.MustCompile(`^'?s?\s*(written )?(notice|after (the |its |such )?(notice|notification|receipt))|^\s*після (повідомлення|одержання|отримання)`)

// number reads the number of a quantityText match: the digits in parentheses, the digits, or
// a number word; 0 when there is none.
func number(s string, m []int) int {
	if m[4] >= 0 {
		n, _ := strconv.Atoi(s[m[4]:m[5]])
		return n
	}
	word := s[m[2]:m[3]]
	if n, err := strconv.Atoi(word); err == nil {
		return n
	}
	return numberWords[strings.Trim(word, "-")]
}
