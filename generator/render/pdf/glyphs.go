package pdf

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// checkGlyphs fails, naming the character and the clause it is in, when the font has no
// glyph for a character of the text: the PDF would show an empty box.
func checkGlyphs(blocks []*block, doc *document.Document, extra string) error {
	var errs generator.ErrorList
	seen := map[rune]bool{}
	check := func(text string, s style, c *generator.Clause) {
		ascii := asciiGlyphs(s)
		for i := 0; i < len(text); {
			r, n := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			} else if ascii[r] {
				i++
				continue
			}
			if r != ' ' && !hasGlyph(s, r) && !seen[r] {
				seen[r] = true
				errs.Add(glyphError(doc, r, c))
			}
			i += n
		}
	}
	checkRuns := func(runs []run, c *generator.Clause) {
		for _, r := range runs {
			check(r.text, r.style, c)
		}
	}
	for _, b := range blocks {
		check(b.label, regular, b.clause)
		checkRuns(b.runs, b.clause)
		for _, cell := range b.cells {
			checkRuns(cell, b.clause)
		}
		if b.table != nil {
			for _, row := range b.table.rows {
				for _, cell := range row {
					checkRuns(cell, b.clause)
				}
			}
		}
	}
	check(extra, regular, nil)
	return errs.Err()
}

// asciiGlyphs tells, for each ASCII character, whether the face for s has a glyph for it
// (the space counts as having one): most of a text is checked by looking it up there.
func asciiGlyphs(s style) *[utf8.RuneSelf]bool {
	asciiOnce[s.face()].Do(func() {
		for r := range rune(utf8.RuneSelf) {
			ascii[s.face()][r] = r == ' ' || hasGlyph(s, r)
		}
	})
	return &ascii[s.face()]
}

var (
	asciiOnce [4]sync.Once
	ascii     [4][utf8.RuneSelf]bool
)

// glyphError names the character and where it comes from: the clause, or else the clause
// or spec whose text contains it.
func glyphError(doc *document.Document, r rune, c *generator.Clause) *generator.Error {
	if c == nil {
		c = clauseWith(doc, r)
	}
	pos := generator.Position{File: doc.Instrument.File}
	where := "the instrument"
	if c != nil {
		pos, where = c.Pos, "clause "+c.ID
	}
	return generator.Errorf(pos, "%s text of %s: character %q (U+%04X) has no glyph in %s, so the PDF cannot show it",
		doc.Lang, where, r, r, fontName).
		WithHint("replace the character, or write it out in words")
}

func clauseWith(doc *document.Document, r rune) *generator.Clause {
	if doc.Draft == nil {
		return nil
	}
	for _, a := range doc.Draft.Articles {
		if strings.ContainsRune(a.Text[doc.Lang], r) || strings.ContainsRune(a.Heading[doc.Lang], r) {
			return a.Use.Clause
		}
	}
	return nil
}
