// Package document parses the assembled Markdown of a draft once, in one language, into the
// goldmark AST that every renderer walks, and annotates it with the structure of a diplomatic
// instrument: the DRAFT marking, the title, the parties, the recitals, the articles (with stable
// ids "art-N"), the testimonium and the signature blocks. Tables (GFM) and footnotes ([^1])
// are parsed too; the footnotes are listed in Document.Notes, outside the parts.
//
// Annotations are plain AST data, so the HTML and PDF renderers read the same facts: paragraphs
// carry a "class" attribute naming their role, article headings an "id", cross-references to
// other articles are ast.Link nodes to "#art-N", and signature blocks are Signature nodes
// grouped in a Signatures node.
package document
