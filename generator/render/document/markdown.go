package document

import (
	"maps"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"

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

// Markdown returns the goldmark instance for a language: CommonMark with tables and the
// language's typography. It is safe for concurrent use.
func Markdown(l generator.Lang) goldmark.Markdown {
	parsersOnce.Do(func() {
		parsers = map[generator.Lang]goldmark.Markdown{}
		for _, lang := range generator.Langs {
			subs := maps.Clone(common)
			maps.Copy(subs, quotes[lang])
			parsers[lang] = goldmark.New(
				goldmark.WithExtensions(extension.Table,
					extension.NewTypographer(extension.WithTypographicSubstitutions(subs))),
				goldmark.WithParserOptions(parser.WithAutoHeadingID()),
			)
		}
	})
	return parsers[l]
}
