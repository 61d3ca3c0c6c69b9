package pdf

import (
	"slices"
	"testing"
)

func TestBreakPoints(t *testing.T) {
	var ws []box
	for _, w := range []float64{10, 20, 15, 5, 30, 10, 10, 25, 5, 10} {
		ws = append(ws, box{w: w, wordEnd: true})
	}
	ends := breakPoints(ws, 2, 50, 50)
	t.Log(ends)
	start := 0
	for _, e := range ends {
		sum := -2.0
		for _, w := range ws[start:e] {
			sum += w.w + 2
		}
		if sum > 50 {
			t.Errorf("line %d..%d is %.1f wide", start, e, sum)
		}
		if e-start < 2 && e != len(ws) {
			t.Errorf("lone word at %d", start)
		}
		start = e
	}
}

// A word broken over three lines (a narrow cell) copies whole from the first, and as nothing
// from the other two; a line may both finish one broken word and start another.
func TestWordSpans(t *testing.T) {
	hyph := func(w string) []int {
		if w == "guarantee" {
			return []int{4, 6} // guar-an-tee
		}
		return nil // self-defence: breakOffsets adds the break after the hyphen
	}
	bs := boxes(nil, words([]run{{text: "a guarantee b self-defence"}}, 12), hyph, 12)
	// a guar- | an- | tee b self- | defence
	lines := [][]box{bs[:2], bs[2:3], bs[3:6], bs[6:]}
	want := [][]span{
		{{1, 1, "guarantee"}},
		{{0, 0, ""}},
		{{0, 0, ""}, {2, 2, "self-defence"}},
		{{0, 0, ""}},
	}
	for i, l := range lines {
		if got := wordSpans(l); !slices.Equal(got, want[i]) {
			t.Errorf("line %d: spans %v, want %v", i+1, got, want[i])
		}
	}
}
