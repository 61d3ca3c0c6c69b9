// Package guarantor embeds the clause library and the form templates, so the binary works
// from any folder; --clauses and --templates point it at other copies.
package guarantor

import "embed"

// Clauses is the clause library (clauses/<category>/<name>.md).
//
//go:embed clauses
var Clauses embed.FS

// Templates holds the form templates, the vocabulary and the parties catalogue.
//
//go:embed templates
var Templates embed.FS

// Weaknesses is docs/weaknesses.md, the notes the reviewer's rules cite, for `guarantor rules
// --weaknesses`.
//
//go:embed docs/weaknesses.md
var Weaknesses string
