// Package pdf typesets a parsed draft (package document) as an A4 PDF in Liberation Serif,
// embedded: a title block, the DRAFT stamp and a running title on every page, "Page X of Y",
// centred article headings kept with their text, justified and hyphenated paragraphs (English
// in hyphen_en.go, Ukrainian in hyphen.go; a word broken at a line end copies whole, through
// actual text, wordSpans in lines.go) with hanging numbers, recitals, ruled tables whose
// rows never split and whose header repeats on each page (tables.go), footnotes at the foot
// of the page that refers to them (footnotes.go), signature blocks in a grid kept off a page
// of their own, an outline with an entry per article, internal links for cross-references
// and the document's metadata. Parallel sets two languages side by side, article by article,
// each column with its own footnotes.
//
// Typesetting happens in three steps: the AST becomes blocks of styled runs (blocks.go),
// blocks are broken into justified lines (lines.go), and lines are placed on pages with widow,
// orphan and keep-with-next control (layout.go) before anything is drawn, so the page count is
// known when the footers are written. The bytes depend only on the input and Options.Date:
// the same draft gives the same PDF in any time zone, and documents may be rendered
// concurrently. A process keeps the glyph widths it has measured (measure.go) and the lines
// of the paragraphs it has broken (reuse.go), keyed by all they depend on, so drafts built
// together share that work without depending on each other. A PDF embeds only the faces of
// the font its text uses.
package pdf
