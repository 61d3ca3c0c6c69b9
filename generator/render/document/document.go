package document

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/guarantor-dev/guarantor/generator"
)

// Roles of the paragraphs of an instrument, set as their "class" attribute.
const (
	RoleMarking      = "marking"      // **DRAFT** — date — not for signature
	RoleParties      = "parties"      // Ukraine, ..., hereinafter referred to as “the Parties”,
	RoleRecital      = "recital"      // Reaffirming ...,
	RoleFormula      = "formula"      // Have agreed as follows:
	RoleTestimonium  = "testimonium"  // IN WITNESS WHEREOF ... / Done at ...
	RolePoint        = "point"        // (a) ... / а) ...: a lettered point set with a hanging indent
	RoleSubparagraph = "subparagraph" // 5.1. ...: a memorandum's numbered sub-paragraph
	RoleAnnex        = "annex"        // a heading after the signatures that opens an annex
)

// Document is one language's text of a draft as a goldmark AST with its structure.
type Document struct {
	Lang       generator.Lang
	Instrument *generator.Instrument
	Draft      *generator.Draft
	Model      *generator.Doc
	Source     []byte // the Markdown the AST's segments point into
	Root       ast.Node
	Title      string
	Marking    Marking
	Articles   []*Entry         // every numbered article or paragraph, in order
	Parts      []*Part          // the document cut into pieces that align across languages
	Notes      []*east.Footnote // the footnotes, by number; the last child of Root lists them
}

// Marking is the DRAFT marking at the head of a draft.
type Marking struct {
	Stamp string // "DRAFT" / "ПРОЄКТ"
	Text  string // the whole line, "DRAFT — 22 November 2026 — not for signature"
	Date  string // "22 November 2026"
}

// Entry is a numbered article or paragraph: what a table of contents or an outline lists.
type Entry struct {
	ID      string   // "art-3", the same in every language
	Number  int      // 3
	Label   string   // "Article 3", "Стаття 3", "Paragraph 3", "3."
	Heading string   // "Consultations"
	Node    ast.Node // the heading, or the list item of a declaration
	Clause  *generator.Clause
	Part    *generator.Part
}

// Title returns the entry as one line: "Article 3 — Consultations", "Стаття 3. Консультації".
func (e *Entry) Title(l generator.Lang) string { return e.Part.Title(l) }

// PartKind says where a part stands.
type PartKind int

// The kinds of parts, in document order.
const (
	Front   PartKind = iota // marking, title, parties, recitals, formula: one part per block
	Article                 // a numbered article with its heading and body
	Back                    // testimonium paragraphs and the signature blocks, one per block
)

// Part is a stretch of the document that has a counterpart in every language: a block of the
// front or back matter, or a whole article. Nodes are children of Root, or list items of a
// declaration.
type Part struct {
	Kind   PartKind
	Number int    // the article number, for Article parts
	Entry  *Entry // for Article parts
	Nodes  []ast.Node
}

// Entry returns the article with the given number, or nil.
func (d *Document) Entry(n int) *Entry {
	for _, e := range d.Articles {
		if e.Number == n {
			return e
		}
	}
	return nil
}

// ArticleID is the id of article n in every language and format.
func ArticleID(n int) string { return fmt.Sprintf("art-%d", n) }

// Note returns the footnote with the given number, or nil.
func (d *Document) Note(n int) *east.Footnote {
	for _, fn := range d.Notes {
		if fn.Index == n {
			return fn
		}
	}
	return nil
}
