package generator

// Form is the kind of instrument: a binding treaty, a memorandum of understanding or a political
// declaration. The form decides the vocabulary (shall/will/intend) and the final clauses.
type Form string

// The three forms.
const (
	Treaty      Form = "treaty"
	MoU         Form = "mou"
	Declaration Form = "declaration"
)

// Forms lists every form in a fixed order.
var Forms = []Form{Treaty, MoU, Declaration}

// Valid reports whether f is one of Forms.
func (f Form) Valid() bool { return f == Treaty || f == MoU || f == Declaration }

// Name is the form's name in prose: "treaty", "memorandum of understanding", "political
// declaration".
func (f Form) Name() string {
	switch f {
	case MoU:
		return "memorandum of understanding"
	case Declaration:
		return "political declaration"
	}
	return string(f)
}

// Binding reports whether the form creates legal obligations.
func (f Form) Binding() bool { return f == Treaty }

// Section is where a clause stands in an instrument.
type Section string

// The three sections, in document order.
const (
	Preamble  Section = "preamble"
	Operative Section = "operative"
	Final     Section = "final"
)

// Sections lists every section in document order.
var Sections = []Section{Preamble, Operative, Final}

// Valid reports whether s is one of Sections.
func (s Section) Valid() bool { return s == Preamble || s == Operative || s == Final }

// Lang is a language code of an authentic text, such as "en" or "uk".
type Lang string

// The languages guarantor drafts in.
const (
	English   Lang = "en"
	Ukrainian Lang = "uk"
)

// Langs lists the supported languages in a fixed order.
var Langs = []Lang{English, Ukrainian}

// Valid reports whether l is a supported language.
func (l Lang) Valid() bool { return l == English || l == Ukrainian }

// Scope is the settlement an instrument supports.
type Scope string

// The scopes an instrument may support.
const (
	Ceasefire Scope = "ceasefire"
	Peace     Scope = "peace"
)

// Valid reports whether s is a known scope.
func (s Scope) Valid() bool { return s == Ceasefire || s == Peace }
