package diff

import (
	"fmt"
	"io"
	"strings"
)

// Counts counts the units of a redline by status.
func (r *Redline) Counts() map[Status]int {
	m := map[Status]int{}
	for _, c := range r.Changes {
		m[c.Status]++
	}
	return m
}

// Title names a change as the redline lists it: "Article 6 — Sanctions (was Article 5)",
// "recital 2", "the testimonium".
func (c *Change) Title(r *Redline) string {
	u := c.Unit()
	if u.Section != Parts {
		return string(u.Role)
	}
	doc := r.New
	if c.New == nil {
		doc = r.Old
	}
	t := u.Part.Title(doc.Lang)
	if c.Old != nil && c.New != nil && c.Old.Label != c.New.Label {
		t += " (" + words(doc.Lang, "was") + " " + c.Old.Label + ")"
	}
	return t
}

// Words counts the words inserted and deleted in a change.
func (c *Change) Words() (ins, del int) {
	for _, p := range c.Paras {
		for _, s := range p.Segs {
			n := len(strings.Fields(s.Text))
			switch s.Op {
			case Insert:
				ins += n
			case Delete:
				del += n
			}
		}
	}
	return ins, del
}

// Summary writes what the redline shows: counts, each unit that changed, and what the change
// did to the review.
func (r *Redline) Summary(w io.Writer) {
	n := r.Counts()
	fmt.Fprintf(w, "%s: %d changed, %d added, %d removed, %d moved, %d unchanged\n", r.Lang,
		n[Changed], n[Added], n[Removed], n[Moved], n[Same])
	for _, c := range r.Changes {
		if c.Status == Same || c.Status == MovedAway {
			continue
		}
		ins, del := c.Words()
		fmt.Fprintf(w, "  %-8s %s", c.Status, c.Title(r))
		if c.Status == Changed || c.Status == Moved {
			fmt.Fprintf(w, ": +%d −%d words", ins, del)
		}
		fmt.Fprintln(w)
	}
	if r.Review == nil {
		return
	}
	for _, f := range r.Review.Added {
		fmt.Fprintf(w, "  review: this change introduced %s (%s) in %s: %s\n", f.Rule.ID, f.Severity, f.Where, f.Message)
	}
	for _, f := range r.Review.Removed {
		fmt.Fprintf(w, "  review: this change resolved %s (%s) in %s: %s\n", f.Rule.ID, f.Severity, f.Where, f.Message)
	}
	if len(r.Review.Added)+len(r.Review.Removed) == 0 {
		fmt.Fprintln(w, "  review: no finding added or removed")
	}
}
