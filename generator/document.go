package generator

// This file is the typed model of an instrument: what assembly builds, once per language, and
// what every renderer (Markdown, HTML, PDF, ...) and the reviewer read. Read it first.
//
//	Doc
//	├── Marking            DRAFT — 22 November 2026 — not for signature
//	├── Title
//	├── Front []*Matter     the parties, the recitals, the formula ("Have agreed as follows:")
//	├── Parts []*Part      the articles (treaty), paragraphs (MoU, declaration)
//	│   └── Body []Block   *Paragraph (numbered or not) > []*Point, *Table, *Passage
//	├── Back []*Matter      testimonium paragraphs, then one signature block per party
//	├── Notes []*Note      the footnotes, numbered in order of first reference
//	├── Annexes []*Annex   the instrument's annexes, after the signatures
//	└── Review []*Annex    matter outside the instrument: the reviewer's notes
//
// Structure lives in the types; only the leaves (Inline) hold Markdown, which renderers parse
// as inline text. Cross-references and footnote references are typed spans, never numbers to
// be found again in the words.

// Doc is one language's text of an assembled draft.
type Doc struct {
	Lang       Lang
	Instrument *Instrument
	Layout     Layout
	Marking    Marking
	Title      string
	ShortTitle string // for running heads: the spec's short title, or "" to cut the title
	Front      []*Matter
	Parts      []*Part
	Back       []*Matter
	Notes      []*Note
	Annexes    []*Annex // the instrument's own annexes, after the signatures
	Review     []*Annex // matter outside the instrument, after its annexes: the reviewer's notes
}

// Layout is how a form sets its parts.
type Layout int

// The layouts of the forms.
const (
	Headed Layout = iota // each part opens with its label and heading: "Article 3 — Consultations"
	Listed               // each part is a numbered paragraph of one list, without a heading
)

// Marking is the DRAFT marking at the head of a draft.
type Marking struct {
	Stamp string // "DRAFT" / "ПРОЄКТ"
	Date  string // "22 November 2026"
	Note  string // "not for signature"
}

// Text returns the marking as one line: "DRAFT — 22 November 2026 — not for signature".
func (m Marking) Text() string { return m.Stamp + " — " + m.Date + " — " + m.Note }

// Role says what a front or back block is.
type Role string

// The roles of front and back blocks.
const (
	RoleParties     Role = "parties"     // Ukraine, ..., hereinafter referred to as “the Parties”,
	RoleRecital     Role = "recital"     // Reaffirming ...,
	RoleFormula     Role = "formula"     // Have agreed as follows:
	RoleTestimonium Role = "testimonium" // IN WITNESS WHEREOF ... / Done at ...
	RoleSignature   Role = "signature"   // For Ukraine: (the line to sign on is implied)
)

// Matter is a paragraph of the front or back matter.
type Matter struct {
	Role Role
	Text Inline
	Use  *Use // the clause a recital comes from; nil for the form's own words
}

// Part is an article (treaty) or a numbered paragraph (MoU, declaration).
type Part struct {
	ID      string // "art-3": the same in every language and format
	Number  int
	Label   string // "Article 3", "Стаття 3", "Paragraph 3", "3."
	Heading string // "Consultations"; a declaration's parts have none in the text
	Section Section
	Use     *Use // the clause of origin; nil for a part the form adds (an MoU's "Status")
	Body    []Block
}

// Block is a block of a part's text: *Paragraph, *Table or *Passage.
type Block interface{ block() }

// Paragraph is a paragraph of a part, numbered ("1.") or not, with its lettered points.
type Paragraph struct {
	Number int    // 0 when the paragraph has no number
	Label  string // a label the form gives it instead ("5.1." in a memorandum), or ""
	Text   Inline
	Points []*Point
}

// Point is a lettered or numbered point of a paragraph: "(a)", "а)", "(iv)".
type Point struct {
	Label string
	Text  Inline
}

// Table is a table of a part's text.
type Table struct {
	Align []Align  // per column
	Head  []Inline // the header cells
	Rows  [][]Inline
}

// Align is the alignment of a table column.
type Align int

// The alignments of table columns.
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// Passage is any other Markdown block a drafter wrote (a list, a quotation, a sub-heading),
// kept as written; renderers parse it as a block.
type Passage struct {
	Markdown string
}

func (*Paragraph) block() {}
func (*Table) block()     {}
func (*Passage) block()   {}

// Inline is a run of text: Markdown spans, cross-references and footnote references.
type Inline []Span

// Span is one piece of inline text. Exactly one of its forms applies: Markdown text, a
// reference to a part (Ref, with Text the words naming it: "Article 7", "статтею 7"), or a
// reference to a footnote (Note).
type Span struct {
	Text string
	Ref  *Part
	Note *Note
}

// Note is a footnote.
type Note struct {
	Number int
	Text   Inline
}

// Annex is matter set after the signatures on a page of its own: an annex of the instrument,
// or the reviewer's notes.
type Annex struct {
	ID      string // "annex-1" for an annex of the instrument; "" for the reviewer's notes
	Heading string
	Note    string // a line under the heading, set in italics
	Body    []Block
}

// Article returns the part with the given id ("art-3"), or nil.
func (d *Doc) Article(id string) *Part {
	for _, p := range d.Parts {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// Title returns a part's label and heading as one line: "Article 3 — Consultations", "Стаття 3.
// Консультації", "Paragraph 9 — Status", "3. Consultations".
func (p *Part) Title(l Lang) string {
	switch {
	case p.Heading == "":
		return p.Label
	case l == Ukrainian || p.Label[len(p.Label)-1] == '.':
		return dotted(p.Label) + " " + p.Heading
	}
	return p.Label + " — " + p.Heading
}

func dotted(label string) string {
	if label[len(label)-1] == '.' {
		return label
	}
	return label + "."
}
