package docx

import (
	"strconv"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// listing is how a text numbers its parts, as the first level of a Word list: the number's
// text with %1 for the number ("Article %1", "Стаття %1.", "%1.").
type listing struct {
	level0 string
	listed bool // the parts are numbered paragraphs (a declaration), not headings
}

// listOf returns the listing of a document's parts, or nil when the parts are not numbered 1,
// 2, 3 ... with labels of one pattern (then their labels are written as text).
func listOf(doc *generator.Doc) *listing {
	var pattern string
	for i, p := range doc.Parts {
		if p.Number != i+1 {
			return nil
		}
		h, ok := head(p, doc.Lang, doc.Layout)
		if !ok {
			return nil
		}
		lvl := strings.Replace(h, strconv.Itoa(p.Number), "%1", 1)
		if i == 0 {
			pattern = lvl
		} else if lvl != pattern {
			return nil
		}
	}
	if pattern == "" {
		return nil
	}
	return &listing{level0: pattern, listed: doc.Layout == generator.Listed}
}

// head returns the part of a part's title that the list number stands for: "Article 3",
// "Стаття 3.", "3.".
func head(p *generator.Part, l generator.Lang, layout generator.Layout) (string, bool) {
	if layout == generator.Listed {
		return p.Label, strings.Contains(p.Label, strconv.Itoa(p.Number))
	}
	title := p.Title(l)
	if !strings.HasPrefix(title, p.Label) || !strings.Contains(p.Label, strconv.Itoa(p.Number)) {
		return "", false
	}
	h := p.Label
	if strings.HasPrefix(title[len(h):], ".") {
		h += "."
	}
	return h, true
}

// rest returns what follows the number in a part's heading: "— Consultations", "Консультації".
func (ls *listing) rest(p *generator.Part, l generator.Lang) string {
	h, _ := head(p, l, generator.Headed)
	return strings.TrimSpace(p.Title(l)[len(h):])
}

// numbering writes numbering.xml: one list per text, its first level numbering the parts, its
// second their paragraphs (restarting in each part).
func numbering(lists []*listing, langs []generator.Lang) []byte {
	w := &writer{}
	w.raw(xmlHead, `<w:numbering xmlns:w="`, nsW, `">`)
	for i, ls := range lists {
		level0, suff, ind := "%1.", `<w:suff w:val="space"/>`, `<w:ind w:left="0" w:firstLine="0"/>`
		if ls != nil {
			level0 = ls.level0
		}
		if ls == nil || ls.listed {
			suff, ind = "", `<w:ind w:left="567" w:hanging="567"/>`
		}
		w.raw(`<w:abstractNum w:abstractNumId="`, itoa(i), `"><w:multiLevelType w:val="multilevel"/>`)
		w.raw(`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>`, suff, `<w:lvlText w:val="`)
		w.text(level0)
		w.raw(`"/><w:lvlJc w:val="left"/><w:pPr>`, ind, `</w:pPr>`)
		w.raw(`<w:rPr><w:lang w:val="`, langTag(langs[i]), `"/></w:rPr></w:lvl>`)
		w.raw(`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>`)
		w.raw(`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:lvl>`)
		w.raw(`</w:abstractNum>`)
	}
	for i := range lists {
		w.raw(`<w:num w:numId="`, itoa(i+1), `"><w:abstractNumId w:val="`, itoa(i), `"/></w:num>`)
	}
	w.raw(`</w:numbering>`)
	return []byte(w.String())
}
