// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).
// It is under the same MIT-style license, in the LICENSE file.

package fpdf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// textUTF8 writes what Text wrote before it: the numbers as strconv formats them and the
// text as escape(utf8toutf16(s, false)).
func TestTextUTF8Pieces(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	values := []float64{0, math.Copysign(0, -1), -0.004, -1.5, 0.005, 0.125, 0.375, 1.005, 2.675,
		85.04, 595.28, 841.89, 999.995, 1e7 - 0.005, 1e7, 1e12, math.Inf(1), math.NaN()}
	for range 200000 {
		values = append(values, r.Float64()*900, float64(r.IntN(90000))/100, float64(r.IntN(180000))/200)
	}
	for _, v := range values {
		if got, want := string(appendFixed2(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Fatalf("appendFixed2(%v) = %q, want %q", v, got, want)
		}
	}
	f := &Fpdf{}
	for _, s := range []string{"", "plain", "(paren) \\ back\rslash", "Стаття 5 — «Ш»", "ќ\u200d\u0428€", "ʼ’…"} {
		if got, want := string(appendUTF16Escaped(nil, s)), f.escape(utf8toutf16(s, false)); got != want {
			t.Errorf("appendUTF16Escaped(%q) = %q, want %q", s, got, want)
		}
	}
}
