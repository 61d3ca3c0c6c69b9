package commentary_test

import (
	"testing"

	"github.com/guarantor-dev/guarantor/generator/commentary"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// BenchmarkAnalyse measures the swaps of the coalition treaty (ten alternatives, eight of which can be swapped in alone): every alternative of every article
// assembled (in both languages) and reviewed, one at a time (Jobs 1) and one per core.
func BenchmarkAnalyse(b *testing.B) {
	for _, jobs := range []int{1, 0} {
		name := map[int]string{1: "jobs=1", 0: "jobs=cores"}[jobs]
		b.Run(name, func(b *testing.B) {
			p := load(b)
			d := draft(b, "coalition-treaty-20y.yaml")
			rep := review.Review(d)
			for b.Loop() {
				commentary.Analyse(d, rep, commentary.Options{Library: p.Library, Kit: p.Kit, Jobs: jobs})
			}
		})
	}
}
