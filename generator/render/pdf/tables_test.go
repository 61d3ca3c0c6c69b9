package pdf

import (
	"math"
	"slices"
	"testing"
)

func TestColWidths(t *testing.T) {
	for _, c := range []struct {
		name             string
		mins, maxs, want []float64
		avail            float64
	}{
		{"all text fits: widened in proportion", []float64{10, 10}, []float64{20, 30}, []float64{40, 60}, 100},
		{"words fit: the rest where the text is longest", []float64{10, 20}, []float64{50, 100}, []float64{20, 40}, 60},
		{"not even words fit: narrowed", []float64{40, 80}, []float64{50, 100}, []float64{20, 40}, 60},
	} {
		got := colWidths(c.mins, c.maxs, c.avail)
		if !slices.EqualFunc(got, c.want, func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }) {
			t.Errorf("%s: colWidths = %v, want %v", c.name, got, c.want)
		}
	}
}
