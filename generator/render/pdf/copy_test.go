package pdf_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/pdf"
)

// A word hyphenated at the end of a line is extracted (and so copied and found) whole, and a
// compound broken after its own hyphen keeps it: the PDF marks the two halves with actual
// text. Each paragraph is set in columns of many widths, so that the lines break in many
// places; pdftotext must give back exactly the words of the paragraph, both as laid out
// (-raw, which joins nothing) and in reading order (which would join a compound's halves and
// drop its hyphen).
func TestHyphenatedWordsCopyWhole(t *testing.T) {
	texts := map[generator.Lang]string{
		generator.English: "The Parties guarantee the non-use of force and their co-operation in " +
			"reconstruction, notwithstanding the interoperability requirements of the " +
			"self-defence arrangements established under the Convention on International " +
			"Responsibility, which the Parties shall implement without discrimination.",
		generator.Ukrainian: "Сторони гарантують незастосування сили та співробітництво " +
			"військово-морських сил у відновленні, незважаючи на вимоги оперативної " +
			"сумісності механізмів самооборони, встановлених відповідно до Конвенції про " +
			"міжнародну відповідальність, яку Сторони зобовʼязуються виконувати.",
	}
	var widths []float64
	for w := 28.0; w <= 70; w += 2 {
		widths = append(widths, w)
	}
	for lang, text := range texts {
		data, drawn, err := pdf.Columns(text, lang, widths)
		if err != nil {
			t.Fatal(err)
		}
		hyphenated, compound := breaks(text, drawn)
		if hyphenated == 0 || compound == 0 {
			t.Fatalf("%s: %d lines end in an added hyphen and %d inside a compound, want both",
				lang, hyphenated, compound)
		}
		want := strings.Fields(text)
		for _, mode := range [][]string{{"-raw"}, nil} {
			args := append([]string{"-enc", "UTF-8"}, mode...)
			pages := strings.Split(run(t, data, "pdftotext", args...), "\f")
			for i, w := range widths {
				if got := strings.Fields(pages[i]); !slices.Equal(got, want) {
					t.Errorf("%s, %g mm, pdftotext %v: the words are\n%q\nwant\n%q\nas drawn:\n%s",
						lang, w, mode, got, want, strings.Join(drawn[i], "\n"))
				}
			}
		}
	}
}

var lineEnd = regexp.MustCompile(`(\S+)-$`)

// breaks counts the lines drawn that end inside a word of text: with a hyphen added, or after
// a hyphen of the word's own.
func breaks(text string, drawn [][]string) (hyphenated, compound int) {
	words := " " + text + " "
	for _, lines := range drawn {
		for i, l := range lines[:len(lines)-1] {
			m := lineEnd.FindStringSubmatch(l)
			if m == nil {
				continue
			}
			next := strings.Fields(lines[i+1])[0]
			switch {
			case strings.Contains(words, " "+m[1]+next):
				hyphenated++
			case strings.Contains(words, " "+m[1]+"-"+next):
				compound++
			}
		}
	}
	return hyphenated, compound
}
