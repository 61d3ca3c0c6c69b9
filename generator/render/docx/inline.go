package docx

import (
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// langTag is the Word language of a text: en-GB, uk-UA.
func langTag(l generator.Lang) string {
	if l == generator.Ukrainian {
		return "uk-UA"
	}
	return "en-GB"
}

// run writes one run of text with its face and language; style is a character style or "".
func (b *body) run(r Run, style string) {
	b.w.raw("<w:r>")
	b.rPr(r, style)
	if r.Break {
		b.w.raw("<w:br/></w:r>")
		return
	}
	for i, piece := range strings.Split(r.Text, "\t") {
		if i > 0 {
			b.w.raw("<w:tab/>")
		}
		if piece != "" {
			b.w.raw(`<w:t xml:space="preserve">`)
			b.w.text(piece)
			b.w.raw("</w:t>")
		}
	}
	b.w.raw("</w:r>")
}

// rPr writes run properties, in the order the schema requires.
func (b *body) rPr(r Run, style string) {
	b.w.raw("<w:rPr>")
	if style != "" {
		b.w.raw(`<w:rStyle w:val="`, style, `"/>`)
	}
	if r.Bold {
		b.w.raw("<w:b/><w:bCs/>")
	}
	if r.Italic {
		b.w.raw("<w:i/><w:iCs/>")
	}
	b.w.raw(`<w:lang w:val="`, langTag(b.lang), `"/></w:rPr>`)
}

// inline writes a run of inline text: Markdown as runs, cross-references as REF fields to the
// bookmark on the article heading, footnote references as Word footnotes.
func (b *body) inline(in generator.Inline) {
	for _, sp := range in {
		switch {
		case sp.Note != nil:
			b.w.raw("<w:r>")
			b.rPr(Run{}, "FootnoteReference")
			b.w.raw(`<w:footnoteReference w:id="`, itoa(b.noteID(sp.Note)), `"/></w:r>`)
		case sp.Ref != nil:
			b.ref(sp)
		default:
			for _, r := range Runs(b.lang, sp.Text) {
				b.run(r, "")
			}
		}
	}
}

// ref writes a cross-reference: the words before the number as text ("Article ", "статтею "),
// the number as a REF field to the article's bookmark that gives its number alone (\r \t), so
// it follows when Word renumbers the articles. A reference whose words do not hold the
// number is a hyperlink to the bookmark.
func (b *body) ref(sp generator.Span) {
	num := strconv.Itoa(sp.Ref.Number)
	i := strings.LastIndex(sp.Text, num)
	if i < 0 || b.list == nil || b.doc.Article(sp.Ref.ID) == nil {
		b.w.raw(`<w:hyperlink w:anchor="`, b.bookmarkName(sp.Ref.ID), `">`)
		b.run(Run{Text: sp.Text}, "")
		b.w.raw("</w:hyperlink>")
		return
	}
	if i > 0 {
		b.run(Run{Text: sp.Text[:i]}, "")
	}
	b.field("REF "+b.bookmarkName(sp.Ref.ID)+` \r \t \h`, num)
	if rest := sp.Text[i+len(num):]; rest != "" {
		b.run(Run{Text: rest}, "")
	}
}

// field writes a complex field with its instruction and its current result.
func (b *body) field(instr, result string) {
	b.w.raw(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> `)
	b.w.text(instr)
	b.w.raw(` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	b.run(Run{Text: result}, "")
	b.w.raw(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
}

// bookmarkName is the hidden bookmark of a part: "_Ref_art_3".
func (b *body) bookmarkName(id string) string {
	return "_Ref_" + b.prefix + strings.ReplaceAll(id, "-", "_")
}
