package commentary

import (
	"fmt"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/library"
)

// Swap is a library clause that could stand in place of one clause of an instrument: the
// instrument with the swap made, or why the swap cannot be made alone.
type Swap struct {
	Clause *generator.Clause
	// Instrument is a copy of the instrument with the clause in place of the one it replaces,
	// parameters kept where they still apply and the clauses it requires added; nil when
	// Blocked says why the swap cannot be made alone.
	Instrument *generator.Instrument
	Added      []string // the clauses added because the alternative requires them
	Blocked    string   // in English; empty when Instrument is set
	Block      Blocker  // the reason of Blocked, for the memorandum's own words
}

// Blocker is why a swap cannot be made alone.
type Blocker struct {
	Kind  string // "required-by", "requires", "param", "assemble" or "limit"
	Other string // the clause, parameter or error the reason names
}

// Candidates returns the library clauses that may stand in place of an article's clause u:
// clauses of the same section (not the preamble) that provide u's primary mechanism (see
// shares), that the form allows, that have a text in each of the instrument's languages, that
// the instrument does not use yet and that conflict with none of its other clauses. They are
// sorted by id.
func Candidates(in *generator.Instrument, lib *library.Library, u *generator.Use) []*generator.Clause {
	c := u.Clause
	var out []*generator.Clause
	for _, x := range lib.Clauses() {
		if x.ID == c.ID || x.Section != c.Section || c.Section == generator.Preamble || !x.AllowedIn(in.Form) ||
			!shares(c, x) || used(in, x.ID) || !hasTexts(x, in) || conflicts(in, u, x) {
			continue
		}
		out = append(out, x)
	}
	slices.SortFunc(out, func(a, b *generator.Clause) int { return compare(a.ID, b.ID) })
	return out
}

// Swaps returns, for each candidate of u, the instrument with the candidate in u's place.
func Swaps(in *generator.Instrument, lib *library.Library, u *generator.Use) []*Swap {
	var out []*Swap
	for _, x := range Candidates(in, lib, u) {
		out = append(out, swap(in, lib, u, x))
	}
	return out
}

func swap(in *generator.Instrument, lib *library.Library, u *generator.Use, x *generator.Clause) *Swap {
	s := &Swap{Clause: x}
	for _, o := range in.Uses {
		if o != u && slices.Contains(o.Clause.Requires, u.Clause.ID) && !slices.Contains(x.Requires, o.Clause.ID) {
			return s.block(Blocker{"required-by", o.Clause.ID}, "%s requires the clause it replaces", o.Clause.ID)
		}
	}
	nu, missing := reuse(x, u)
	if missing != "" {
		return s.block(Blocker{"param", missing}, "its parameter %s has no default", missing)
	}
	c := *in
	c.Uses = slices.Clone(in.Uses)
	at := slices.Index(c.Uses, u)
	c.Uses[at] = nu
	added, ok := s.requirements(&c, lib, x)
	if !ok {
		return s
	}
	c.Uses = slices.Insert(c.Uses, at+1, added...)
	s.Instrument = &c
	return s
}

// requirements returns uses of the clauses x requires, directly or through them, that the
// instrument (with x in place) lacks, placed where x is; it blocks the swap when one cannot be
// added.
func (s *Swap) requirements(in *generator.Instrument, lib *library.Library, x *generator.Clause) ([]*generator.Use, bool) {
	var added []*generator.Use
	pos := in.Uses[slices.IndexFunc(in.Uses, func(u *generator.Use) bool { return u.Clause == x })].Pos
	have := func(id string) bool {
		return used(in, id) || slices.ContainsFunc(added, func(a *generator.Use) bool { return a.Clause.ID == id })
	}
	todo := slices.Clone(x.Requires)
	for len(todo) > 0 {
		id := todo[0]
		todo = todo[1:]
		if have(id) {
			continue
		}
		r := lib.Get(id)
		if r == nil || !r.AllowedIn(in.Form) || !hasTexts(r, in) || conflicts(in, nil, r) {
			s.block(Blocker{"requires", id}, "it requires %s, which cannot be added to this %s", id, in.Form.Name())
			return nil, false
		}
		ru, missing := reuse(r, &generator.Use{Pos: pos})
		if missing != "" {
			s.block(Blocker{"requires", id}, "it requires %s, whose parameter %s has no default", id, missing)
			return nil, false
		}
		added = append(added, ru)
		s.Added = append(s.Added, id)
		todo = append(todo, r.Requires...)
	}
	return added, true
}

func (s *Swap) block(b Blocker, format string, args ...any) *Swap {
	s.Block, s.Blocked, s.Instrument = b, fmt.Sprintf(format, args...), nil
	return s
}

// reuse returns a use of x in place of u: u's parameter values where x has a parameter of the
// same name that accepts them, x's defaults elsewhere. It names a parameter of x that has no
// default and no value to keep.
func reuse(x *generator.Clause, u *generator.Use) (*generator.Use, string) {
	params := map[string]any{}
	for _, p := range x.Params {
		if v, ok := u.Params[p.Name]; ok {
			if v, err := p.Check(v); err == nil {
				params[p.Name] = v
				continue
			}
		}
		if p.Default == nil {
			return nil, p.Name
		}
		params[p.Name] = p.Default
	}
	return &generator.Use{Clause: x, Params: params, Pos: u.Pos}, ""
}

// shares reports whether x may stand in place of c: x provides c's primary mechanism, the
// first it lists (a clause that provides none has no alternative), and both are of the same
// category, or one of them is a weak clause ("weak/...") showing another category's mechanism
// at its weakest, or c is a custom clause of the spec, which has no category.
func shares(c, x *generator.Clause) bool {
	if len(c.Properties.Provides) == 0 || !slices.Contains(x.Properties.Provides, c.Properties.Provides[0]) {
		return false
	}
	return x.Category == c.Category || x.Category == weak || c.Category == weak || c.Custom
}

// weak is the category of the clauses that show a mechanism at its weakest.
const weak = "weak"

func used(in *generator.Instrument, id string) bool {
	return slices.ContainsFunc(in.Uses, func(u *generator.Use) bool { return u.Clause.ID == id })
}

func hasTexts(x *generator.Clause, in *generator.Instrument) bool {
	for _, l := range in.Languages {
		if _, ok := x.Body(l, in.Form); !ok {
			return false
		}
	}
	return true
}

// conflicts reports whether x and a clause of the instrument other than u declare a conflict.
func conflicts(in *generator.Instrument, u *generator.Use, x *generator.Clause) bool {
	for _, o := range in.Uses {
		if o != u && (slices.Contains(o.Clause.Conflicts, x.ID) || slices.Contains(x.Conflicts, o.Clause.ID)) {
			return true
		}
	}
	return false
}

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Clauses returns the library clauses a memorandum of in reads besides the instrument's own:
// the candidates of its articles and the clauses they require, directly or through others. A
// change to one of them changes the memorandum.
func Clauses(in *generator.Instrument, lib *library.Library) []*generator.Clause {
	var out []*generator.Clause
	var add func(c *generator.Clause)
	add = func(c *generator.Clause) {
		if c == nil || used(in, c.ID) || slices.Contains(out, c) {
			return
		}
		out = append(out, c)
		for _, r := range c.Requires {
			add(lib.Get(r))
		}
	}
	for _, u := range in.Uses {
		for _, c := range Candidates(in, lib, u) {
			add(c)
		}
	}
	return out
}
