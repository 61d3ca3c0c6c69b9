package review_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// A Memo reviews as Review does: the same findings for every example draft, whether the texts
// are read for the first time or found in the memo, and whichever draft filled it.
func TestMemoReviewsAsReview(t *testing.T) {
	real, _ := projects(t)
	specs, err := filepath.Glob("../../drafts/*.yaml")
	if err != nil || len(specs) < 5 {
		t.Fatalf("examples: %v %v", specs, err)
	}
	var m review.Memo
	for round := 0; round < 2; round++ {
		for _, s := range specs {
			d := draft(t, real, s)
			want, got := review.Review(d), m.Review(d)
			if !reflect.DeepEqual(messages(want), messages(got)) {
				t.Errorf("round %d, %s:\n got %v\nwant %v", round, s, messages(got), messages(want))
			}
		}
	}
}

func messages(r *review.Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule.ID+" "+f.Pos.String()+" "+f.Message)
	}
	return out
}
