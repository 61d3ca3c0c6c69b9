package generator

// Name is a proper name in one language with its grammatical cases. English uses only Nom;
// Ukrainian needs the others (За Україну, гарантії для України).
type Name struct {
	Nom string `yaml:"nom" json:"nom"`
	Gen string `yaml:"gen" json:"gen,omitempty"`
	Dat string `yaml:"dat" json:"dat,omitempty"`
	Acc string `yaml:"acc" json:"acc,omitempty"`
	Ins string `yaml:"ins" json:"ins,omitempty"`
	Loc string `yaml:"loc" json:"loc,omitempty"`
}

// String returns the nominative, so {{ .Beneficiary }} prints the plain name.
func (n Name) String() string { return n.Nom }

// Filled returns n with every missing case set to the nominative.
func (n Name) Filled() Name {
	for _, c := range []*string{&n.Gen, &n.Dat, &n.Acc, &n.Ins, &n.Loc} {
		if *c == "" {
			*c = n.Nom
		}
	}
	return n
}

// Names is a name in each language.
type Names map[Lang]Name

// Party is a state or organisation taking part in, or named by, an instrument.
type Party struct {
	Code  string // short identifier, e.g. "UA", "FR"
	Names Names
	// Aliases are other ways texts name the party (e.g. "Russia", "Росія"), for the reviewer.
	Aliases []string
}

// UnmarshalYAML reads a plain string (the nominative, used for every case) or a mapping of
// cases.
func (n *Name) UnmarshalYAML(unmarshal func(any) error) error {
	var s string
	if err := unmarshal(&s); err == nil {
		*n = Name{Nom: s}
		return nil
	}
	type plain Name
	return unmarshal((*plain)(n))
}
