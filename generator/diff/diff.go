package diff

import (
	"fmt"

	"github.com/guarantor-dev/guarantor/generator"
)

// Status is what happened to a unit between the two drafts.
type Status int

// The statuses.
const (
	Same      Status = iota // the same text
	Changed                 // in both, with changes to its words
	Added                   // only in the new draft
	Removed                 // only in the old draft
	Moved                   // in both, in another place among the units (its text may differ too)
	MovedAway               // where a moved unit stood in the old draft
)

// String names a status as the summary prints it: "changed", "moved".
func (s Status) String() string {
	return [...]string{"unchanged", "changed", "added", "removed", "moved", "moved away"}[s]
}

// Change is a unit of the redline: its two versions and its words compared.
type Change struct {
	Status   Status
	Old, New *Unit // nil when the unit is not in that draft
	Paras    []Para
}

// Unit returns the version of the unit the redline shows: the new one, or the old one when it
// was removed.
func (c *Change) Unit() *Unit {
	if c.New != nil {
		return c.New
	}
	return c.Old
}

// Redline is the comparison of two texts of a draft in one language.
type Redline struct {
	Lang     generator.Lang
	Old, New *generator.Doc
	Changes  []*Change // in the new draft's order, removed units where they stood
	Review   *ReviewChange
}

// Compare compares two texts in the same language.
func Compare(old, new *generator.Doc) (*Redline, error) {
	if old.Lang != new.Lang {
		return nil, fmt.Errorf("cannot compare a %s text with a %s text", old.Lang, new.Lang)
	}
	r := &Redline{Lang: new.Lang, Old: old, New: new}
	ou, nu := unitsOf(old), unitsOf(new)
	for _, s := range []Section{Front, Parts, Back} {
		r.Changes = append(r.Changes, align(bySection(ou, s), bySection(nu, s))...)
	}
	return r, nil
}

func bySection(us []*Unit, s Section) []*Unit {
	var out []*Unit
	for _, u := range us {
		if u.Section == s {
			out = append(out, u)
		}
	}
	return out
}

// align pairs the units of the two drafts by key. Units in both keep their place when they
// are in the longest common order, and are moved otherwise; the removed ones are set after
// the unit that preceded them.
func align(old, new []*Unit) []*Change {
	oldAt, newAt := index(old), index(new)
	var common []string
	for _, u := range old {
		if _, ok := newAt[u.Key]; ok {
			common = append(common, u.Key)
		}
	}
	var newCommon []string
	for _, u := range new {
		if _, ok := oldAt[u.Key]; ok {
			newCommon = append(newCommon, u.Key)
		}
	}
	stay := lcs(common, newCommon)
	var out []*Change
	emitRemoved := func(from int) {
		for i := from; i < len(old); i++ {
			u := old[i]
			if _, ok := newAt[u.Key]; ok {
				if !stay[u.Key] {
					out = append(out, &Change{Status: MovedAway, Old: u, Paras: Words(u.Paras, nil, u.Refs, nil)})
					continue
				}
				return
			}
			out = append(out, &Change{Status: Removed, Old: u, Paras: Words(u.Paras, nil, u.Refs, nil)})
		}
	}
	emitRemoved(0)
	for _, u := range new {
		i, ok := oldAt[u.Key]
		if !ok {
			out = append(out, &Change{Status: Added, New: u, Paras: Words(nil, u.Paras, nil, u.Refs)})
			continue
		}
		o := old[i]
		c := &Change{Status: Same, Old: o, New: u, Paras: Words(o.Paras, u.Paras, o.Refs, u.Refs)}
		if !stay[u.Key] {
			c.Status = Moved
		} else if changed(c.Paras) {
			c.Status = Changed
		}
		out = append(out, c)
		if stay[u.Key] {
			emitRemoved(i + 1)
		}
	}
	return out
}

func index(us []*Unit) map[string]int {
	m := map[string]int{}
	for i, u := range us {
		m[u.Key] = i
	}
	return m
}

func changed(ps []Para) bool {
	for _, p := range ps {
		if p.Mark != Equal {
			return true
		}
		for _, s := range p.Segs {
			if s.Op != Equal {
				return true
			}
		}
	}
	return false
}

// lcs returns the keys of a longest common subsequence of a and b (which hold the same keys).
func lcs(a, b []string) map[string]bool {
	n, m := len(a), len(b)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	out := map[string]bool{}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out[a[i]] = true
			i, j = i+1, j+1
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}
