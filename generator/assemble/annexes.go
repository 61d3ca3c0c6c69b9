package assemble

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
)

// annexTable numbers the annexes the draft's clauses declare, in the order of the clauses,
// and resolves {{ annex "id" }}.
type annexTable struct {
	vocab   map[string]string
	defs    []*generator.AnnexDef
	numbers map[string]int
}

func newAnnexTable(d *generator.Draft, vocab map[string]string) *annexTable {
	t := &annexTable{vocab: vocab, numbers: map[string]int{}}
	for _, a := range d.Articles {
		for _, def := range a.Use.Clause.Annexes {
			if _, ok := t.numbers[def.ID]; !ok {
				t.defs = append(t.defs, def)
				t.numbers[def.ID] = len(t.defs)
			}
		}
	}
	return t
}

// annex returns the words naming an annex in a grammatical case: "Annex 1", «додатку 1».
func (t *annexTable) annex(id, gramCase string) (string, error) {
	n, ok := t.numbers[id]
	if !ok {
		return "", fmt.Errorf("annex %q: no clause of this draft declares it; declare it under annexes: in the clause", id)
	}
	if gramCase == "" {
		gramCase = "nom"
	}
	c := capitalCase(gramCase)
	if c == "" {
		return "", fmt.Errorf("annex %q: unknown case %q (use nom, gen, dat, acc, ins or loc)", id, gramCase)
	}
	term := "Annex"
	if _, ok := t.vocab[term+c]; ok && c != "Nom" {
		term += c
	}
	return fmt.Sprintf("%s %d", t.vocab[term], n), nil
}

// placeholder says what an annex will hold until the negotiators attach it.
var placeholder = map[generator.Lang]string{
	generator.English:   "[To be agreed and attached before signature.]",
	generator.Ukrainian: "[Підлягає погодженню; додається до підписання.]",
}

// annexes makes the model of each declared annex: its heading and a placeholder.
func (b *builder) annexes(t *annexTable) {
	l := b.doc.Lang
	for i, def := range t.defs {
		label := capitalise(t.vocab["Annex"]) + fmt.Sprintf(" %d", i+1)
		heading := label + " — " + def.Title[l]
		if l == generator.Ukrainian {
			heading = label + ". " + def.Title[l]
		}
		a := &generator.Annex{ID: fmt.Sprintf("annex-%d", i+1), Heading: heading}
		if text := def.Text[l]; text != "" {
			a.Body = append(a.Body, &generator.Paragraph{Text: b.inline(text, nil)})
		}
		a.Body = append(a.Body, &generator.Paragraph{Text: generator.Inline{{Text: "*" + placeholder[l] + "*"}}})
		b.doc.Annexes = append(b.doc.Annexes, a)
	}
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.TrimPrefix(s, s[:n])
}
