package review_test

import (
	"testing"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// BenchmarkReviewCustomText reviews an assembled draft written entirely in custom clauses (the
// North Atlantic Treaty paraphrase of the corpus): the provision reader's cost in a review.
func BenchmarkReviewCustomText(b *testing.B) {
	_, p := projects(b)
	d := draft(b, p, "testdata/corpus/nato-1949.yaml")
	b.ReportAllocs()
	for b.Loop() {
		review.Review(d)
	}
}
