package docx

import (
	"path"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

func contentTypes(word []file) []byte {
	w := &writer{}
	w.raw(xmlHead, `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	w.raw(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	w.raw(`<Default Extension="xml" ContentType="application/xml"/>`)
	w.raw(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`)
	w.raw(`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	for _, f := range word {
		w.raw(`<Override PartName="/`, f.name, `" ContentType="`, f.contentType, `"/>`)
	}
	w.raw(`</Types>`)
	return []byte(w.String())
}

func packageRels() []byte {
	return []byte(xmlHead + `<Relationships xmlns="` + nsRel + `">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
		`</Relationships>`)
}

// relTypes are the relationship types of the parts of word/, by file name.
var relTypes = map[string]string{
	"styles.xml": "styles", "numbering.xml": "numbering", "settings.xml": "settings",
	"footnotes.xml": "footnotes", "header1.xml": "header", "footer1.xml": "footer",
	"comments.xml": "comments", "theme1.xml": "theme",
}

// documentRels relates document.xml to the other parts; rIdN for the part's name, so the body
// can name the header and footer.
func documentRels(parts []file) []byte {
	w := &writer{}
	w.raw(xmlHead, `<Relationships xmlns="`, nsRel, `">`)
	for _, f := range parts {
		base := path.Base(f.name)
		target := strings.TrimPrefix(f.name, "word/")
		w.raw(`<Relationship Id="`, relID(base), `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/`,
			relTypes[base], `" Target="`, target, `"/>`)
	}
	w.raw(`</Relationships>`)
	return []byte(w.String())
}

// relID is the relationship id of a part of word/: "rIdheader1".
func relID(base string) string { return "rId" + strings.TrimSuffix(base, ".xml") }

func coreProps(title string, l generator.Lang, date time.Time) []byte {
	w := &writer{}
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	w.raw(xmlHead, `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `,
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" `,
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	w.text(title)
	w.raw(`</dc:title><dc:creator>guarantor</dc:creator><dc:language>`, langTag(l), `</dc:language>`)
	w.raw(`<dcterms:created xsi:type="dcterms:W3CDTF">`, stamp, `</dcterms:created>`)
	w.raw(`<dcterms:modified xsi:type="dcterms:W3CDTF">`, stamp, `</dcterms:modified></cp:coreProperties>`)
	return []byte(w.String())
}

func appProps() []byte {
	return []byte(xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
		`<Application>guarantor</Application></Properties>`)
}

func settingsPart(l generator.Lang) []byte {
	return []byte(xmlHead + `<w:settings xmlns:w="` + nsW + `"><w:zoom w:percent="100"/>` +
		`<w:defaultTabStop w:val="567"/><w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="` + langTag(l) + `"/></w:settings>`)
}

// headerPart writes the running head: the DRAFT marking at the left, the short title at the
// right.
func headerPart(l generator.Lang, text string) []byte {
	w := &writer{}
	w.raw(xmlHead, `<w:hdr xmlns:w="`, nsW, `" xmlns:r="`, nsR, `">`)
	b := &body{w: w, lang: l}
	b.para("Header", -1, "")
	b.run(Run{Text: text}, "")
	b.end()
	w.raw(`</w:hdr>`)
	return []byte(w.String())
}

// footerPart writes "Page X of Y" with the page number and the page count as fields; words
// holds the text before X and between X and Y.
func footerPart(l generator.Lang, words [2]string) []byte {
	w := &writer{}
	w.raw(xmlHead, `<w:ftr xmlns:w="`, nsW, `" xmlns:r="`, nsR, `">`)
	b := &body{w: w, lang: l}
	b.para("Footer", -1, "")
	b.run(Run{Text: words[0]}, "")
	b.field("PAGE", "1")
	b.run(Run{Text: words[1]}, "")
	b.field("NUMPAGES", "1")
	b.end()
	w.raw(`</w:ftr>`)
	return []byte(w.String())
}

// pageWords are the words of the footer in each language.
var pageWords = map[generator.Lang][2]string{
	generator.English:   {"Page ", " of "},
	generator.Ukrainian: {"Сторінка ", " з "},
}

// sectPr writes the section properties: A4, 2.5 cm margins, the header and footer.
func sectPr(w *writer) {
	w.raw(`<w:sectPr><w:headerReference w:type="default" r:id="`, relID("header1"), `"/>`)
	w.raw(`<w:footerReference w:type="default" r:id="`, relID("footer1"), `"/>`)
	w.raw(`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>`)
	w.raw(`<w:cols w:space="708"/></w:sectPr>`)
}
