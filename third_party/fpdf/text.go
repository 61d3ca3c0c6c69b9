// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).
// It is under the same MIT-style license, in the LICENSE file.

package fpdf

import (
	"math"
	"slices"
	"strconv"
)

// textUTF8 is Text for UTF-8 text without right-to-left, underline or strike-out, on a page:
// it appends the same bytes to the page without the intermediate strings, and marks the runes
// used as Text does. Text is called for every word.
func (f *Fpdf) textUTF8(x, y float64, s string) {
	buf := f.pages[f.page]
	b := buf.AvailableBuffer()
	if f.colorFlag {
		b = append(b, "q "...)
		b = append(b, f.color.text.str...)
		b = append(b, ' ')
	}
	b = append(b, "BT "...)
	b = appendFixed2(b, x*f.k)
	b = append(b, ' ')
	b = appendFixed2(b, (f.h-y)*f.k)
	b = append(b, " Td ("...)
	b = appendUTF16Escaped(b, s)
	b = append(b, ") Tj ET"...)
	if f.colorFlag {
		b = append(b, " Q"...)
	}
	buf.Write(append(b, '\n'))
	used, bits := f.currentFont.usedRunes, f.currentFont.usedBits
	for _, r := range s {
		if !bits.has(r) {
			used[int(r)] = int(r)
		}
	}
}

// runeBits is a set of runes below 0x10000. Fonts added from bytes keep one of the runes Text
// has marked used, so that Text looks a rune up in the map of used runes once, not for every
// character it prints. Other ways of printing mark runes in the map only, which is harmless:
// the set only saves work.
type runeBits [1 << 16 / 64]uint64

// has reports whether r is in the set, adding it. A nil set has nothing and takes nothing.
func (b *runeBits) has(r rune) bool {
	if b == nil || r < 0 || r >= 1<<16 {
		return false
	}
	w, bit := &b[r>>6], uint64(1)<<(r&63)
	if *w&bit != 0 {
		return true
	}
	*w |= bit
	return false
}

// appendFixed2 appends strconv.AppendFloat(b, v, 'f', 2, 64), the same text, sooner for
// the numbers of a page. When v*100 is less than 1e9 and more than 0.01 from halfway between
// two integers, the rounding error of the product (below 1e-6) cannot carry it across
// halfway, so the nearest integer to v*100 is the one strconv's exact rounding finds.
func appendFixed2(b []byte, v float64) []byte {
	t := v * 100
	if !(t >= 0 && t < 1e9) || math.Signbit(v) {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	n := float64(uint64(t + 0.5)) // math.Round(t), for t in [0, 1e9)
	if d := t - n; d >= 0.49 || d <= -0.49 {
		return strconv.AppendFloat(b, v, 'f', 2, 64)
	}
	c := uint64(n)
	w := 1 // the digits before the point
	for q := c / 100; q >= 10; q /= 10 {
		w++
	}
	l := len(b)
	if cap(b)-l < w+3 {
		b = append(b, make([]byte, w+3)...)
	}
	b = b[:l+w+3]
	d := b[l:]
	d[w], d[w+1], d[w+2] = '.', byte('0'+c/10%10), byte('0'+c%10)
	for i, q := w-1, c/100; i >= 0; i, q = i-1, q/10 {
		d[i] = byte('0' + q%10)
	}
	return b
}

// appendUTF16Escaped appends escape(utf8toutf16(s, false)), byte for byte, without the
// intermediate strings.
func appendUTF16Escaped(b []byte, s string) []byte {
	b = slices.Grow(b, 2*len(s))
	for i := 0; i < len(s); {
		c1 := s[i]
		i++
		if c1 < 0x80 && c1 != '\\' && c1 != '(' && c1 != ')' && c1 != '\r' {
			b = append(b, 0, c1) // most of a text: hi is 0 and neither needs escaping
			continue
		}
		var hi, lo byte
		switch {
		case c1 >= 224:
			c2, c3 := s[i], s[i+1]
			i += 2
			hi, lo = ((c1&0x0F)<<4)+((c2&0x3C)>>2), ((c2&0x03)<<6)+(c3&0x3F)
		case c1 >= 192:
			c2 := s[i]
			i++
			hi, lo = (c1&0x1C)>>2, ((c1&0x03)<<6)+(c2&0x3F)
		default:
			hi, lo = 0, c1
		}
		b = appendEscaped(appendEscaped(b, hi), lo)
	}
	return b
}

// appendEscaped appends c as escape writes it in a string.
func appendEscaped(b []byte, c byte) []byte {
	switch c {
	case '\\', '(', ')':
		return append(b, '\\', c)
	case '\r':
		return append(b, '\\', 'r')
	}
	return append(b, c)
}
