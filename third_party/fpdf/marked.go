// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).
// It is under the same MIT-style license, in the LICENSE file.

package fpdf

import (
	"errors"
	"unicode/utf16"
)

// BeginActualText opens a span of marked content whose text, when a reader extracts, copies
// or searches the page, is s rather than the text of the glyphs drawn inside the span (PDF
// 32000-1, 14.9.4): it writes "/Span <</ActualText s >> BDC" to the page. s may be empty, so
// that the glyphs of the span yield no text. EndActualText closes the span, on the same page;
// spans do not nest.
//
// Patched: added.
func (f *Fpdf) BeginActualText(s string) {
	switch {
	case f.err != nil:
		return
	case f.state != 2:
		f.err = errors.New("actual text must begin on a page")
		return
	case f.inActualText:
		f.err = errors.New("a span of actual text is already open")
		return
	}
	f.inActualText = true
	buf := f.pages[f.page]
	b := append(buf.AvailableBuffer(), "/Span <</ActualText "...)
	b = appendTextString(b, s)
	buf.Write(append(b, " >> BDC\n"...))
}

// EndActualText closes the span BeginActualText opened: it writes "EMC" to the page.
//
// Patched: added.
func (f *Fpdf) EndActualText() {
	if f.err != nil {
		return
	}
	if !f.inActualText {
		f.err = errors.New("EndActualText without BeginActualText")
		return
	}
	f.inActualText = false
	f.out("EMC")
}

// appendTextString appends s as a PDF text string (PDF 32000-1, 7.9.2.2): a literal string,
// escaped, when s is printable ASCII, which PDFDocEncoding encodes as ASCII does; otherwise
// UTF-16BE with a byte order mark, written as a hexadecimal string.
func appendTextString(b []byte, s string) []byte {
	if printableASCII(s) {
		b = append(b, '(')
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == '(' || c == ')' || c == '\\' {
				b = append(b, '\\')
			}
			b = append(b, s[i])
		}
		return append(b, ')')
	}
	const hex = "0123456789ABCDEF"
	b = append(b, "<FEFF"...)
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, hex[u>>12], hex[u>>8&15], hex[u>>4&15], hex[u&15])
	}
	return append(b, '>')
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}
