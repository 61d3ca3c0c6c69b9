package akn

import (
	"encoding/xml"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Namespace is the Akoma Ntoso 3.0 namespace.
const Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

// iso639 are the three-letter codes FRBR expressions use.
var iso639 = map[generator.Lang]string{generator.English: "eng", generator.Ukrainian: "ukr"}

// writer builds the XML as text, escaping what it is given.
type writer struct {
	strings.Builder
	doc   *generator.Doc
	notes int // authorial notes written so far
}

func (w *writer) raw(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
}

func (w *writer) text(s string) { _ = xml.EscapeText(w, []byte(s)) }

func attr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// Render writes one language's text as an Akoma Ntoso document: an expression of the work
// the instrument is, in the language of doc.
func Render(doc *generator.Doc) ([]byte, error) {
	w := &writer{doc: doc}
	kind, name := "act", "treaty"
	if in := doc.Instrument; in != nil && in.Form != generator.Treaty {
		kind, name = "doc", map[generator.Form]string{generator.MoU: "memorandumOfUnderstanding",
			generator.Declaration: "politicalDeclaration"}[in.Form]
	}
	w.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n", `<akomaNtoso xmlns="`, Namespace, `">`, "\n")
	w.raw(`<`, kind, ` name="`, name, `">`, "\n")
	w.meta(kind, name)
	w.preface()
	w.preamble()
	bodyTag := "body"
	if kind == "doc" {
		bodyTag = "mainBody"
	}
	w.raw(`<`, bodyTag, `>`, "\n")
	for _, p := range doc.Parts {
		w.part(p)
	}
	w.raw(`</`, bodyTag, `>`, "\n")
	w.conclusions()
	w.raw(`</`, kind, `>`, "\n", `</akomaNtoso>`, "\n")
	return []byte(w.String()), nil
}

// eID returns the eId of a part: "art_3".
func eID(partID string) string { return strings.ReplaceAll(partID, "-", "_") }
