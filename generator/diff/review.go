package diff

import (
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// ReviewChange is what a change did to the review: the findings it introduced and those it
// resolved. Suppressed findings are left out.
type ReviewChange struct {
	Added, Removed []*Finding
}

// Finding is a review finding, placed in the text it concerns.
type Finding struct {
	*review.Finding
	Where string // "Article 6", "the preamble", "the instrument"
}

// CompareReviews compares the reviews of the old and the new draft. Findings are the same when
// they have the same rule and clause (their messages may name articles by number, which a
// renumbering changes).
func CompareReviews(old, new *review.Report, oldDoc, newDoc *generator.Doc) *ReviewChange {
	rc := &ReviewChange{}
	before := count(old)
	after := count(new)
	for _, f := range active(new) {
		k := key(f)
		if before[k] > 0 {
			before[k]--
			continue
		}
		rc.Added = append(rc.Added, &Finding{f, where(newDoc, f.Clause)})
	}
	for _, f := range active(old) {
		k := key(f)
		if after[k] > 0 {
			after[k]--
			continue
		}
		rc.Removed = append(rc.Removed, &Finding{f, where(oldDoc, f.Clause)})
	}
	return rc
}

func active(r *review.Report) []*review.Finding {
	var out []*review.Finding
	for _, f := range r.Findings {
		if !f.Suppressed {
			out = append(out, f)
		}
	}
	return out
}

func key(f *review.Finding) string { return f.Rule.ID + "\x00" + f.Clause }

func count(r *review.Report) map[string]int {
	m := map[string]int{}
	for _, f := range active(r) {
		m[key(f)]++
	}
	return m
}

// where names the place of a clause in a text: its article's label, the preamble, or the
// instrument as a whole.
func where(doc *generator.Doc, clause string) string {
	if clause == "" {
		return "the instrument"
	}
	for _, p := range doc.Parts {
		if p.Use != nil && p.Use.Clause.ID == clause {
			return p.Label
		}
	}
	for _, m := range doc.Front {
		if m.Use != nil && m.Use.Clause.ID == clause {
			return "the preamble"
		}
	}
	return "clause " + clause
}
