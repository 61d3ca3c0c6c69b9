package docx

import (
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// Comment is a remark attached to an article as a Word comment: a reviewer's finding.
type Comment struct {
	Clause     string   // the id of the clause whose article it concerns; "" for the whole text
	Author     string   // "guarantor review"
	Initials   string   // "GR"
	Paragraphs []string // the remark, a paragraph per string
}

// comment wraps what inner writes in the ranges of the comments on a clause ("" for the
// title).
func (b *body) comment(clause string, inner func()) {
	list := b.comments[clause]
	first := *b.cids
	for i := range list {
		b.w.raw(`<w:commentRangeStart w:id="`, itoa(first+i), `"/>`)
	}
	inner()
	for i := range list {
		b.w.raw(`<w:commentRangeEnd w:id="`, itoa(first+i), `"/><w:r>`)
		b.rPr(Run{}, "CommentReference")
		b.w.raw(`<w:commentReference w:id="`, itoa(first+i), `"/></w:r>`)
	}
	*b.cids += len(list)
}

// commentsPart writes comments.xml: the comments in the order their ranges were written.
func commentsPart(doc *generator.Doc, list []*Comment, date time.Time) []byte {
	w := &writer{}
	b := newBody(w, doc, 0, newNotes())
	stamp := date.UTC().Format("2006-01-02T15:04:05Z")
	w.raw(xmlHead, `<w:comments xmlns:w="`, nsW, `">`)
	for i, c := range list {
		w.raw(`<w:comment w:id="`, itoa(i), `" w:author="`, attr(c.Author), `" w:date="`, stamp, `" w:initials="`, attr(c.Initials), `">`)
		for j, p := range c.Paragraphs {
			b.para("CommentText", -1, "")
			if j == 0 {
				w.raw(`<w:r>`)
				b.rPr(Run{}, "CommentReference")
				w.raw(`<w:annotationRef/></w:r>`)
			}
			b.run(Run{Text: p, Bold: j == 0}, "")
			b.end()
		}
		w.raw(`</w:comment>`)
	}
	w.raw(`</w:comments>`)
	return []byte(w.String())
}

// clauses lists the clauses of a text in the order the document writes them ("" for the
// title first): the recitals', then the parts'.
func clauses(doc *generator.Doc) []string {
	out := []string{""}
	for _, m := range doc.Front {
		if m.Use != nil {
			out = append(out, m.Use.Clause.ID)
		}
	}
	for _, p := range doc.Parts {
		if p.Use != nil {
			out = append(out, p.Use.Clause.ID)
		}
	}
	return out
}

// place groups comments by the clause they are attached to, in the order the document writes
// them; a comment on a clause the text does not have goes to the title.
func place(doc *generator.Doc, list []*Comment) (map[string][]*Comment, []*Comment) {
	by := map[string][]*Comment{}
	order := clauses(doc)
	for _, c := range list {
		key := ""
		for _, id := range order {
			if id == c.Clause {
				key = id
			}
		}
		by[key] = append(by[key], c)
	}
	var out []*Comment
	for _, id := range order {
		out = append(out, by[id]...)
	}
	return by, out
}
