// Package pdf typesets a parsed draft (package document) as an A4 PDF in Liberation Serif,
// embedded: a title block, the DRAFT stamp and a running title on every page, "Page X of Y",
// centred article headings kept with their text, justified paragraphs with hanging numbers,
// recitals, signature blocks in a grid, an outline with an entry per article, internal links
// for cross-references and the document's metadata. Parallel sets two languages side by side,
// article by article.
//
// Typesetting happens in three steps: the AST becomes blocks of styled runs (blocks.go),
// blocks are broken into justified lines (lines.go), and lines are placed on pages with widow,
// orphan and keep-with-next control (layout.go) before anything is drawn, so the page count is
// known when the footers are written. The bytes depend only on the input and Options.Date:
// the same draft gives the same PDF in any time zone, and documents may be rendered
// concurrently.
package pdf
