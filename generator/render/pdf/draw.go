package pdf

import (
	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"
)

// baseline is where the first baseline of a line sits in its box, as a fraction of the
// line's height.
const baseline = 0.74

// painter draws placed lines with as few font and colour changes as it can.
type painter struct {
	f     *gofpdf.Fpdf
	links map[int]int // article number -> PDF link id
	st    style
	size  float64
	color uint32
	fresh bool    // font and colour must be set again (a new page)
	faces [4]bool // the faces added to the document, by style.face()
}

func newPainter(f *gofpdf.Fpdf) *painter {
	return &painter{f: f, links: map[int]int{}, fresh: true}
}

// link returns the PDF link id of article n, creating it on first use.
func (p *painter) link(n int) int {
	id, ok := p.links[n]
	if !ok {
		id = p.f.AddLink()
		p.links[n] = id
	}
	return id
}

func (p *painter) font(s style, size float64, color uint32) {
	if p.fresh || s != p.st || size != p.size {
		if !p.faces[s.face()] {
			addFont(p.f, s)
			p.faces[s.face()] = true
		}
		p.f.SetFont(family, s.String(), size)
		p.st, p.size = s, size
	}
	if p.fresh || color != p.color {
		p.f.SetTextColor(int(color>>16), int(color>>8&0xff), int(color&0xff))
		p.color = color
	}
	p.fresh = false
}

// text draws s with its left end at x on the baseline y.
func (p *painter) text(x, y float64, s string, st style, size float64, color uint32) {
	p.font(st, size, color)
	p.f.Text(x, y, s)
}

// item draws one placed line, registering the link target and outline entry of its block.
func (p *painter) item(it item) {
	ln := it.line
	base := it.y + ln.baseAt()
	if b := it.b; b != nil {
		if b.anchor > 0 {
			p.f.SetLink(p.link(b.anchor), it.y, p.f.PageNo())
		}
		if b.outline != "" {
			p.font(regular, p.size, p.color)
			p.f.Bookmark(b.outline, 0, it.y)
		}
	}
	for i := range ln.frags {
		fr := &ln.frags[i]
		if fr.actual != nil {
			p.f.BeginActualText(*fr.actual)
		}
		p.text(it.x+fr.x, base+fr.dy, fr.text, fr.style, fr.size, fr.color)
		if fr.closes {
			p.f.EndActualText()
		}
		if fr.link > 0 {
			h := fr.size * single.leading * ptMM
			p.f.Link(it.x+fr.x, base+fr.dy-h*baseline, fr.w, h, p.link(fr.link))
		}
	}
	for _, r := range ln.rules {
		p.f.SetDrawColor(0x33, 0x33, 0x33)
		p.f.SetLineWidth(0.25)
		p.f.Line(it.x+r.x1, base+r.y1, it.x+r.x2, base+r.y2)
	}
}
