package document

import (
	"fmt"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
)

// quotes are the typographic substitutions of each language: “ ” and ’ in English, « » „ “ and
// the modifier-letter apostrophe ʼ in Ukrainian. Every value is a literal character (goldmark's
// defaults are HTML entities), so the PDF renderer can print them as they are.
var quotes = map[generator.Lang]extension.TypographicSubstitutions{
	generator.English: {
		extension.LeftSingleQuote: []byte("‘"), extension.RightSingleQuote: []byte("’"),
		extension.LeftDoubleQuote: []byte("“"), extension.RightDoubleQuote: []byte("”"),
		extension.Apostrophe: []byte("’"),
	},
	generator.Ukrainian: {
		extension.LeftSingleQuote: []byte("„"), extension.RightSingleQuote: []byte("“"),
		extension.LeftDoubleQuote: []byte("«"), extension.RightDoubleQuote: []byte("»"),
		extension.Apostrophe: []byte("ʼ"),
	},
}

var common = extension.TypographicSubstitutions{
	extension.EnDash: []byte("–"), extension.EmDash: []byte("—"), extension.Ellipsis: []byte("…"),
	extension.LeftAngleQuote: []byte("«"), extension.RightAngleQuote: []byte("»"),
}

var (
	parsersOnce sync.Once
	parsers     map[generator.Lang]goldmark.Markdown
)

// Markdown returns the goldmark instance for a language: CommonMark with tables, footnotes and
// the language's typography. It is safe for concurrent use.
func Markdown(l generator.Lang) goldmark.Markdown {
	parsersOnce.Do(func() {
		parsers = map[generator.Lang]goldmark.Markdown{}
		for _, lang := range generator.Langs {
			subs := extension.TypographicSubstitutions{}
			for k, v := range common {
				subs[k] = v
			}
			for k, v := range quotes[lang] {
				subs[k] = v
			}
			parsers[lang] = goldmark.New(
				goldmark.WithExtensions(extension.Table, extension.Footnote,
					extension.NewTypographer(extension.WithTypographicSubstitutions(subs))),
				goldmark.WithParserOptions(parser.WithAutoHeadingID()),
			)
		}
	})
	return parsers[l]
}

// Parse parses the draft's Markdown in language l and annotates its structure.
func Parse(d *generator.Draft, l generator.Lang) (*Document, error) {
	src, ok := d.Markdown[l]
	if !ok {
		return nil, fmt.Errorf("the draft has no %s text", l)
	}
	ctx := parser.NewContext(parser.WithIDs(newIDs()))
	root := Markdown(l).Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	doc := &Document{Lang: l, Instrument: d.Instrument, Draft: d, Source: src, Root: root}
	s := &structurer{doc: doc, draft: d}
	if err := s.run(); err != nil {
		return nil, fmt.Errorf("%s %s text: %w", d.Instrument.Name, l, err)
	}
	linkRefs(doc, d)
	markPoints(doc)
	return doc, nil
}
