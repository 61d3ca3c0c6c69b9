package diff

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
)

// Word writes the redline as a Word document with tracked changes by author, dated date.
func (r *Redline) Word(author string, date time.Time) ([]byte, error) {
	t := &docx.Tracked{Doc: r.New, Author: author, Date: date}
	for i, c := range r.Changes {
		t.Paras = append(t.Paras, r.tracked(i, c)...)
	}
	return docx.RenderTracked(t)
}

// revs maps the operations of a change to Word's revisions: a moved unit's text that is the
// same in both places is moved, not kept.
func revs(s Status) map[Op]docx.Revision {
	m := map[Op]docx.Revision{Equal: docx.Keep, Insert: docx.Ins, Delete: docx.Del}
	switch s {
	case Moved:
		m[Equal] = docx.MoveTo
	case MovedAway:
		m[Equal], m[Delete] = docx.MoveFrom, docx.MoveFrom
	}
	return m
}

var (
	numbered = regexp.MustCompile(`^\d+\. `)
	pointed  = regexp.MustCompile(`^\(?[\p{L}\d]{1,6}\) `)
)

func (r *Redline) tracked(i int, c *Change) []docx.TrackedPara {
	rev := revs(c.Status)
	u := c.Unit()
	var out []docx.TrackedPara
	for j, p := range c.Paras {
		tp := docx.TrackedPara{Style: paraStyle(u, j, plain(p)), Mark: rev[p.Mark]}
		for _, s := range p.Segs {
			tp.Segs = append(tp.Segs, docx.TrackedSeg{Rev: rev[s.Op], Text: s.Text})
		}
		if u.Section == Parts && j == 0 {
			tp.Heading, tp.Label = true, u.Label
		}
		tabAfterLabel(&tp)
		out = append(out, tp)
	}
	if len(out) > 0 && (c.Status == Moved || c.Status == MovedAway) {
		name := "move" + strconv.Itoa(r.moveIndex(c))
		out[0].MoveStart, out[len(out)-1].MoveEnd = name, name
	}
	return out
}

// moveIndex numbers the moves, so both ends of a move have the same name.
func (r *Redline) moveIndex(c *Change) int {
	n := 0
	for _, o := range r.Changes {
		if o.Status == Moved {
			n++
			if o == c || c.Status == MovedAway && o.Old == c.Old {
				return n
			}
		}
	}
	return 0
}

func plain(p Para) string {
	var b strings.Builder
	for _, s := range p.Segs {
		b.WriteString(s.Text)
	}
	return b.String()
}

// paraStyle is the style of the j-th paragraph of a unit.
func paraStyle(u *Unit, j int, text string) string {
	if u.Section != Parts {
		return map[generator.Role]string{generator.RoleParties: "Parties", generator.RoleRecital: "Recital",
			generator.RoleFormula: "Formula", generator.RoleTestimonium: "Testimonium",
			generator.RoleSignature: "Signature"}[u.Role]
	}
	switch {
	case j == 0:
		return "ArticleHeading"
	case strings.HasPrefix(text, "["):
		return "FootnoteText"
	case numbered.MatchString(text):
		return "NumberedParagraph"
	case pointed.MatchString(text):
		return "Point"
	}
	return "BodyText"
}

// tabAfterLabel sets a tab, not a space, after the number or letter of a numbered paragraph or
// a point, so the text hangs as in the draft.
func tabAfterLabel(tp *docx.TrackedPara) {
	if tp.Style != "NumberedParagraph" && tp.Style != "Point" || len(tp.Segs) == 0 {
		return
	}
	first := &tp.Segs[0]
	label := numbered.FindString(first.Text)
	if label == "" {
		label = pointed.FindString(first.Text)
	}
	if label != "" {
		first.Text = label[:len(label)-1] + "\t" + first.Text[len(label):]
	}
}
