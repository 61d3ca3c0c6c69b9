package fpdf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// appendFixed2 writes what strconv writes with two decimals, for the numbers of a page and
// for those it hands to strconv (halfway cases, negatives, large values).
func TestAppendFixed2(t *testing.T) {
	values := []float64{0, 0.004, 0.005, 0.015, 0.125, 1, 9.995, 10, 99.99, 100, 595.28, 841.89,
		12345.675, 9999999.99, 1e7, 1e9, 1e12, -0.0, -1.5, math.Inf(1), math.NaN()}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		values = append(values, r.Float64()*900, float64(r.IntN(90000))/100, r.Float64()*1e10-1e5)
	}
	full, roomy := []byte("BT "), append(make([]byte, 0, 64), "BT "...)
	for _, v := range values {
		want := string(strconv.AppendFloat(full, v, 'f', 2, 64))
		for _, b := range [][]byte{full, roomy} { // growing, and in place
			if got := string(appendFixed2(b, v)); got != want {
				t.Fatalf("appendFixed2(%v) = %q, want %q", v, got, want)
			}
		}
	}
}

// appendUTF16Escaped writes what escape(utf8toutf16(s)) gives, for ASCII with the characters
// a string must escape, Latin, Cyrillic and the symbols a treaty uses.
func TestAppendUTF16Escaped(t *testing.T) {
	var f Fpdf
	parts := []string{"a", "Z", " ", "(", ")", "\\", "\r", "\n", "\x00", "é", "Ї", "ґ", "«", "»", "—", "§", "€", "ʼ", "’", "\u00a0", "₴"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var s string
		for range r.IntN(12) {
			s += parts[r.IntN(len(parts))]
		}
		want := "BT " + f.escape(utf8toutf16(s, false))
		if got := string(appendUTF16Escaped([]byte("BT "), s)); got != want {
			t.Fatalf("appendUTF16Escaped(%q) = %q, want %q", s, got, want)
		}
	}
}
