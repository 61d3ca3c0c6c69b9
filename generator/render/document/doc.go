// Package document sets one language's typed model of a draft (generator.Doc) as the goldmark
// AST that the HTML and PDF renderers walk. The structure comes from the model, never from
// the words: every part of the model becomes nodes of a known kind and role, and only the
// model's leaves (inline Markdown) are parsed, each on its own.
//
// Annotations are plain AST data, so the HTML and PDF renderers read the same facts: paragraphs
// carry a "class" attribute naming their role, article headings an "id", cross-references are
// ast.Link nodes to "#art-N", footnote references are FootnoteLink nodes, and signature blocks
// are Signature nodes grouped in a Signatures node.
package document
