package pdf

import (
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// chrome draws what every page carries: the short title and the DRAFT stamp above a rule at
// the top, "Page X of Y" at the foot.
func chrome(p *painter, doc *document.Document, n, of int, g geometry) {
	chromeWith(p, doc, doc.Words().Page(n, of), g)
}

// chromeWith draws the page's chrome with the given footer.
func chromeWith(p *painter, doc *document.Document, footer string, g geometry) {
	const size = 9
	right := g.left + g.width
	top := g.top - 11
	p.text(g.left, top, doc.ShortTitle(80), italic, size, grey)
	if st := doc.Marking.Stamp; st != "" {
		p.font(bold, size, draftRed)
		w := p.f.GetStringWidth(st)
		p.text(right-w, top, st, bold, size, draftRed)
	}
	p.f.SetDrawColor(0x88, 0x88, 0x88)
	p.f.SetLineWidth(0.2)
	p.f.Line(g.left, top+2.2, right, top+2.2)
	p.font(regular, size, grey)
	w := p.f.GetStringWidth(footer)
	p.text(g.left+(g.width-w)/2, g.bottom+13, footer, regular, size, grey)
}

// chromeText is the text chrome adds to pages, for the glyph check.
func chromeText(doc *document.Document) string {
	return doc.ShortTitle(80) + doc.Marking.Stamp + doc.Words().Page(1234567890, 1) + "·"
}
