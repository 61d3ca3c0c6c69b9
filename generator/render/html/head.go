package html

import (
	"bytes"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// head writes the doctype, the head with the title and the stylesheet, and the page rules
// that depend on the document (running header, DRAFT stamp, page numbers).
func head(b *bytes.Buffer, doc *document.Document) {
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + langTag(doc.Lang) + "\">\n<head>\n")
	b.WriteString("<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"guarantor " + esc(generator.Version) + "\">\n")
	title := doc.Title
	if doc.Marking.Stamp != "" {
		title = doc.Marking.Stamp + " — " + title
	}
	b.WriteString("<title>" + esc(title) + "</title>\n<style>\n")
	b.WriteString(stylesheet)
	pageRules(b, doc)
	b.WriteString("</style>\n</head>\n")
}

// pageRules are the printed page's margin boxes: the short title and the DRAFT stamp at the
// top, "Page X of Y" at the bottom.
func pageRules(b *bytes.Buffer, doc *document.Document) {
	parts := strings.SplitN(doc.Words().PageOf, "%d", 3)
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	b.WriteString("@page {\n")
	b.WriteString("  @top-left { content: " + cssString(doc.ShortTitle(70)) + "; }\n")
	if doc.Marking.Stamp != "" {
		b.WriteString("  @top-right { content: " + cssString(doc.Marking.Stamp) + "; color: #9b1c1c; font-weight: bold; letter-spacing: .12em; }\n")
	}
	b.WriteString("  @bottom-center { content: " + cssString(parts[0]) + " counter(page) " +
		cssString(parts[1]) + " counter(pages) " + cssString(parts[2]) + "; }\n}\n")
}

// cssString quotes s as a CSS string that cannot end the string or the style element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<', '>', '&', '\n', '\r':
			b.WriteString(`\` + strings.ToUpper(strings.TrimLeft(hex(r), "0")) + " ")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func hex(r rune) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[r>>4&15], digits[r&15]})
}
