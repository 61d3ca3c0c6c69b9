package docx

import (
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// Revision is what a tracked change does to a piece of text.
type Revision int

// The revisions Word tracks.
const (
	Keep     Revision = iota // no change
	Ins                      // inserted
	Del                      // deleted
	MoveFrom                 // moved away from here
	MoveTo                   // moved here
)

// TrackedSeg is a piece of a paragraph with its revision.
type TrackedSeg struct {
	Rev  Revision
	Text string
}

// TrackedPara is a paragraph of a redline: its style, its pieces, and the revision of its end
// (a paragraph inserted or deleted as a whole has its end inserted or deleted too).
type TrackedPara struct {
	Style   string // one of the named styles: ArticleHeading, BodyText, Point ...
	Heading bool   // an article heading numbered by the list (ArticleHeading)
	Label   string // written before the text when the heading is not numbered by the list
	Segs    []TrackedSeg
	Mark    Revision
	// MoveStart and MoveEnd name the move whose range starts or ends in this paragraph.
	MoveStart, MoveEnd string
}

// Tracked is a redline to write as a Word document with tracked changes.
type Tracked struct {
	Doc    *generator.Doc // the new text: its language, marking, title and numbering
	Author string
	Date   time.Time
	Paras  []TrackedPara
}

// RenderTracked writes a redline as a Word document whose changes are tracked changes (w:ins,
// w:del, w:moveFrom, w:moveTo), which Word's Accept and Reject act on.
func RenderTracked(t *Tracked) ([]byte, error) {
	w := &writer{}
	w.raw(xmlHead, `<w:document xmlns:w="`, nsW, `" xmlns:r="`, nsR, `"><w:body>`)
	b := newBody(w, t.Doc, 1, newNotes())
	if t.Doc.Layout != generator.Headed {
		b.list = nil
	}
	tw := &trackWriter{b: b, stamp: t.Date.UTC().Format("2006-01-02T15:04:05Z"), author: attr(t.Author), moves: map[string]int{}}
	b.line("Marking", t.Doc.Marking.Text())
	b.line("Title", t.Doc.Title)
	for _, p := range t.Paras {
		tw.para(p)
	}
	sectPr(w)
	w.raw(`</w:body></w:document>`)
	pk := &pkg{lang: t.Doc.Lang, title: t.Doc.Title, header: t.Doc.Marking.Text() + "\t" + t.Doc.Title,
		footer: pageWords[t.Doc.Lang], date: t.Date, document: []byte(w.String()),
		lists: []*listing{b.list}, langs: []generator.Lang{t.Doc.Lang}, notes: b.notes}
	return pk.bytes()
}

type trackWriter struct {
	b             *body
	stamp, author string
	id            int
	moves         map[string]int // the id of each move range's start, by name
}

// mark returns the attributes of a revision: its id, author and date.
func (tw *trackWriter) mark() string {
	tw.id++
	return ` w:id="` + itoa(tw.id) + `" w:author="` + tw.author + `" w:date="` + tw.stamp + `"`
}

var revTag = map[Revision]string{Ins: "ins", Del: "del", MoveFrom: "moveFrom", MoveTo: "moveTo"}

func (tw *trackWriter) para(p TrackedPara) {
	b := tw.b
	lvl := -1
	if p.Heading && b.list != nil {
		lvl = 0
	}
	markRPr := ""
	if p.Mark != Keep {
		markRPr = `<w:rPr><w:` + revTag[p.Mark] + tw.mark() + `/></w:rPr>`
	}
	b.para(p.Style, lvl, markRPr)
	if p.MoveStart != "" {
		kind := "moveTo"
		if p.Mark == MoveFrom || len(p.Segs) > 0 && p.Segs[0].Rev == MoveFrom {
			kind = "moveFrom"
		}
		m := tw.mark()
		tw.moves[p.MoveStart] = tw.id
		b.w.raw(`<w:`, kind, `RangeStart`, m, ` w:name="`, p.MoveStart, `"/>`)
	}
	if lvl < 0 && p.Label != "" {
		tw.seg(TrackedSeg{Rev: p.Mark, Text: p.Label + " "})
	}
	for _, s := range p.Segs {
		tw.seg(s)
	}
	if p.MoveEnd != "" {
		kind := "moveTo"
		if p.Mark == MoveFrom {
			kind = "moveFrom"
		}
		b.w.raw(`<w:`, kind, `RangeEnd w:id="`, itoa(tw.moves[p.MoveEnd]), `"/>`)
	}
	b.end()
}

// seg writes a piece of text inside the element of its revision; deleted text is w:delText.
func (tw *trackWriter) seg(s TrackedSeg) {
	b := tw.b
	if s.Rev == Keep {
		b.run(Run{Text: s.Text}, "")
		return
	}
	rev := revTag[s.Rev]
	b.w.raw(`<w:`, rev, tw.mark(), `><w:r>`)
	b.rPr(Run{}, "")
	tag := "w:t"
	if s.Rev == Del {
		tag = "w:delText"
	}
	for i, piece := range strings.Split(s.Text, "\t") {
		if i > 0 {
			b.w.raw("<w:tab/>")
		}
		if piece != "" {
			b.w.raw(`<`, tag, ` xml:space="preserve">`)
			b.w.text(piece)
			b.w.raw(`</`, tag, `>`)
		}
	}
	b.w.raw(`</w:r></w:`, rev, `>`)
}
