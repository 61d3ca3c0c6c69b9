package generator

import "time"

// Instrument is a validated instrument spec bound to the clause library: everything assembly
// needs to produce a draft.
type Instrument struct {
	File        string // the spec file as given
	Name        string // output folder name
	Title       map[Lang]string
	ShortTitle  map[Lang]string // for running heads; nil when the spec gives none
	Form        Form
	Languages   []Lang
	Prevails    Lang // empty when all texts are equally authentic
	Beneficiary *Party
	Guarantors  []*Party
	Adversary   *Party // nil when the spec names none
	Scope       Scope
	Date        time.Time // a civil date, UTC midnight
	Place       Names
	Uses        []*Use
	Suppress    []Suppression
	Hash        string // sha256 of the spec file
	// Keys says where the spec writes its keys, by dotted path: "form", "clauses",
	// "parties.guarantors", "title.en", "suppress.2". Findings about the instrument as a whole
	// point there.
	Keys map[string]Position
}

// KeyPos returns where the spec writes the key at path, or the spec file alone when unknown.
func (in *Instrument) KeyPos(path string) Position {
	if p, ok := in.Keys[path]; ok {
		return p
	}
	return Position{File: in.File}
}

// Use is one clause chosen for an instrument, with its parameter values (defaults filled in).
type Use struct {
	Clause *Clause
	Params map[string]any
	Pos    Position // the spec entry
}

// Suppression silences a reviewer rule for an instrument; the reason is mandatory.
type Suppression struct {
	Rule   string
	Reason string
	Pos    Position
}

// Parties returns the beneficiary followed by the guarantors: the signatories.
func (in *Instrument) Parties() []*Party {
	return append([]*Party{in.Beneficiary}, in.Guarantors...)
}

// Draft is an assembled instrument: its typed model in each language (see document.go), and the
// clauses in the order and with the numbers they received.
type Draft struct {
	Instrument *Instrument
	Articles   []*Article
	Docs       map[Lang]*Doc
}

// Article is one placed clause: a recital (Number 0) or a numbered article or paragraph, with its
// heading and its rendered text per language (Markdown, references as words), which the
// reviewer's detectors read.
type Article struct {
	Use     *Use
	Section Section
	Number  int
	Heading map[Lang]string
	Text    map[Lang]string
}
