package pdf

import "testing"

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
