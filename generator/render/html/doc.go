// Package html renders a parsed draft (package document) as a standalone HTML5 page: the
// language in the lang attribute, an embedded print stylesheet (A4, serif, running header with
// the DRAFT marking, page numbers), a table of contents linking every article, and no external
// resources, so the page opens offline and prints like the PDF.
package html
