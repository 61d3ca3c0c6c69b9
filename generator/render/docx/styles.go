package docx

import "github.com/guarantor-dev/guarantor/generator"

// style is a named style of the drafts: the reference document must define every one.
type style struct {
	kind, id, name, based, next string
	pPr, rPr                    string
}

// Styles are the named styles drafts use, in styles.xml order.
var styles = []style{
	{"paragraph", "Normal", "Normal", "", "", `<w:spacing w:after="120" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/>`, ""},
	{"paragraph", "Marking", "Draft Marking", "Normal", "Title", `<w:spacing w:after="240"/><w:jc w:val="center"/>`, `<w:b/><w:caps/><w:color w:val="C00000"/><w:sz w:val="20"/>`},
	{"paragraph", "Title", "Title", "Normal", "Parties", `<w:keepNext/><w:spacing w:before="240" w:after="360"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`, `<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>`},
	{"paragraph", "Parties", "Parties", "Normal", "Recital", `<w:spacing w:after="240"/>`, ""},
	{"paragraph", "Recital", "Recital", "Normal", "Recital", `<w:spacing w:after="160"/><w:ind w:firstLine="567"/>`, ""},
	{"paragraph", "Formula", "Formula", "Normal", "ArticleHeading", `<w:keepNext/><w:spacing w:before="120" w:after="240"/>`, ""},
	{"paragraph", "ArticleHeading", "Article Heading", "Normal", "NumberedParagraph", `<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="180"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/>`, `<w:b/><w:bCs/>`},
	{"paragraph", "NumberedParagraph", "Numbered Paragraph", "Normal", "NumberedParagraph", `<w:ind w:left="567" w:hanging="567"/>`, ""},
	{"paragraph", "BodyText", "Body Text", "Normal", "BodyText", "", ""},
	{"paragraph", "Point", "Point", "Normal", "Point", `<w:ind w:left="1134" w:hanging="567"/>`, ""},
	{"paragraph", "Subheading", "Subheading", "Normal", "BodyText", `<w:keepNext/><w:spacing w:before="240"/>`, `<w:b/><w:i/>`},
	{"paragraph", "Quote", "Quote", "Normal", "BodyText", `<w:ind w:left="567" w:right="567"/>`, `<w:i/>`},
	{"paragraph", "TableText", "Table Text", "Normal", "TableText", `<w:spacing w:after="0"/><w:jc w:val="left"/>`, `<w:sz w:val="22"/>`},
	{"paragraph", "TableHeading", "Table Heading", "TableText", "TableText", `<w:keepNext/>`, `<w:b/>`},
	{"paragraph", "Testimonium", "Testimonium", "Normal", "Testimonium", `<w:keepNext/><w:spacing w:before="240"/><w:ind w:firstLine="567"/>`, ""},
	{"paragraph", "Signature", "Signature", "Normal", "SignatureLine", `<w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="480"/><w:jc w:val="left"/>`, `<w:b/>`},
	{"paragraph", "SignatureLine", "Signature Line", "Normal", "Signature", `<w:jc w:val="left"/>`, ""},
	{"paragraph", "AnnexHeading", "Annex Heading", "Normal", "AnnexNote", `<w:keepNext/><w:pageBreakBefore/><w:spacing w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/>`, `<w:b/><w:sz w:val="28"/>`},
	{"paragraph", "AnnexNote", "Annex Note", "Normal", "BodyText", "", `<w:i/>`},
	{"paragraph", "FootnoteText", "footnote text", "Normal", "FootnoteText", `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`, `<w:sz w:val="20"/>`},
	{"paragraph", "CommentText", "annotation text", "Normal", "CommentText", `<w:jc w:val="left"/>`, `<w:sz w:val="20"/>`},
	{"paragraph", "Header", "header", "Normal", "Header", `<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/><w:jc w:val="left"/>`, `<w:sz w:val="18"/>`},
	{"paragraph", "Footer", "footer", "Normal", "Footer", `<w:spacing w:after="0"/><w:jc w:val="center"/>`, `<w:sz w:val="18"/>`},
	{"paragraph", "ParallelText", "Parallel Text", "Normal", "ParallelText", `<w:jc w:val="left"/>`, ""},
	{"character", "FootnoteReference", "footnote reference", "", "", "", `<w:vertAlign w:val="superscript"/>`},
	{"character", "CommentReference", "annotation reference", "", "", "", `<w:sz w:val="16"/>`},
	{"table", "DraftTable", "Draft Table", "", "", "", ""},
}

// stylesPart writes styles.xml with the document's default language.
func stylesPart(l generator.Lang) []byte {
	w := &writer{}
	w.raw(xmlHead, `<w:styles xmlns:w="`, nsW, `"><w:docDefaults><w:rPrDefault><w:rPr>`)
	w.raw(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`)
	w.raw(`<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="`, langTag(l), `" w:eastAsia="`, langTag(l), `" w:bidi="ar-SA"/>`)
	w.raw(`</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	for _, s := range styles {
		w.raw(`<w:style w:type="`, s.kind, `" w:styleId="`, s.id, `"`)
		if s.id == "Normal" {
			w.raw(` w:default="1"`)
		}
		w.raw(`><w:name w:val="`, s.name, `"/>`)
		if s.based != "" {
			w.raw(`<w:basedOn w:val="`, s.based, `"/>`)
		}
		if s.next != "" {
			w.raw(`<w:next w:val="`, s.next, `"/>`)
		}
		w.raw(`<w:qFormat/>`)
		if s.pPr != "" {
			w.raw(`<w:pPr>`, s.pPr, `</w:pPr>`)
		}
		if s.rPr != "" {
			w.raw(`<w:rPr>`, s.rPr, `</w:rPr>`)
		}
		if s.kind == "table" {
			w.raw(`<w:tblPr><w:tblBorders>`)
			for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
				w.raw(`<w:`, side, ` w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
			}
			w.raw(`</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>`)
		}
		w.raw(`</w:style>`)
	}
	w.raw(`</w:styles>`)
	return []byte(w.String())
}
