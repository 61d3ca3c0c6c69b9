package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// writer builds an XML part as text, escaping what it is given.
type writer struct{ strings.Builder }

// raw writes markup as it is.
func (w *writer) raw(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

// text writes character data, escaped.
func (w *writer) text(s string) {
	_ = xml.EscapeText(w, []byte(s))
}

// attr returns s escaped for an attribute value.
func attr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// xmlHead is the declaration every part starts with.
const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// Namespaces of the parts.
const (
	nsW   = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`
	nsR   = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
	nsRel = `http://schemas.openxmlformats.org/package/2006/relationships`
)
