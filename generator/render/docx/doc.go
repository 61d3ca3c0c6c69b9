// Package docx writes a draft as a Word document (WordprocessingML, Office Open XML), with the
// standard library only: named styles, article and paragraph numbering as Word list numbering,
// cross-references as REF fields to bookmarks on the article headings, footnotes, a header with
// the DRAFT marking, a "page X of Y" footer, and, for redlines, tracked changes that Word's
// Accept and Reject act on. Output is deterministic: the same model gives the same bytes.
package docx
