package web

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/diff"
)

// compareView is the redline of two states of an instrument, unit by unit: the changed,
// added, removed and moved ones open, each run of unchanged ones folded.
type compareView struct {
	UI, Left, Right string
	Lang            generator.Lang
	Counts          string
	Blocks          []compareBlock
}

// compareBlock is a unit that changed, or a run of units that did not (Same) and what it
// spans: "Article 1 … Article 12".
type compareBlock struct {
	Unit *compareUnit
	Same []*compareUnit
	Span string
}

// compareUnit is an article, a recital or a paragraph of the form, as a redline.
type compareUnit struct {
	UI      string
	Lang    generator.Lang // of the text
	LabelUI bool           // the label is in the interface's language (a role), not the text's
	ID      string
	Label   string   // "Article 3", "Recital"
	Heading []cmpSeg // the rest of an article's heading
	Status  string   // same, changed, added, removed, moved, away
	Note    string   // where a moved article came from or went
	Paras   [][]cmpSeg
}

// cmpSeg is a run of words: inserted, deleted or in both.
type cmpSeg struct {
	Text     string
	Ins, Del bool
}

// compareFiles compares two specs of the folder (?a=&b=).
func (s *Server) compareFiles(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	a, b := r.URL.Query().Get("a"), r.URL.Query().Get("b")
	oa, err := s.fromDisk(a)
	if err != nil {
		fail(w, http.StatusBadRequest, err)
		return
	}
	ob, err := s.fromDisk(b)
	if err != nil {
		fail(w, http.StatusBadRequest, err)
		return
	}
	s.showCompare(w, ui, a, b, oa.Draft, ob.Draft)
}

// compareEdited compares the spec as saved with the state in the form.
func (s *Server) compareEdited(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	st, src, ok := s.formState(w, r)
	if !ok {
		return
	}
	saved, err := s.fromDisk(st.Name)
	if err != nil {
		fail(w, http.StatusBadRequest, err)
		return
	}
	edited := evaluate(s.project, s.display(st.Name), src, st)
	if !edited.Valid() {
		fail(w, http.StatusUnprocessableEntity, errors.New("the edited spec has problems:\n"+problems(edited)))
		return
	}
	s.showCompare(w, ui, st.Name+" ("+tr(ui, "cmp.saved")+")", st.Name+" ("+tr(ui, "cmp.edited")+")", saved.Draft, edited.Draft)
}

func (s *Server) showCompare(w http.ResponseWriter, ui, left, right string, a, b *generator.Draft) {
	v, err := compare(ui, left, right, a, b)
	if err != nil {
		fail(w, http.StatusUnprocessableEntity, err)
		return
	}
	s.show(w, "compare.html", v)
}

func (s *Server) fromDisk(name string) (*outcome, error) {
	src, err := s.folder.read(name)
	if err != nil {
		return nil, err
	}
	st, err := stateOf(name, src)
	if err != nil {
		return nil, err
	}
	o := evaluate(s.project, s.display(name), src, st)
	if !o.Valid() {
		return nil, fmt.Errorf("%s does not load:\n%s", name, problems(o))
	}
	return o, nil
}

// compare makes the redline of b against a in the interface's language when both drafts have
// it, else in a language they share.
func compare(ui, left, right string, a, b *generator.Draft) (*compareView, error) {
	l, ok := sharedLang(generator.Lang(ui), a, b)
	if !ok {
		return nil, fmt.Errorf("%s and %s have no language in common", left, right)
	}
	red, err := diff.Compare(a.Docs[l], b.Docs[l])
	if err != nil {
		return nil, err
	}
	n := red.Counts()
	v := &compareView{UI: ui, Left: left, Right: right, Lang: l,
		Counts: fmt.Sprintf(tr(ui, "cmp.counts"), n[diff.Changed], n[diff.Added], n[diff.Removed], n[diff.Moved], n[diff.Same])}
	for i, c := range red.Changes {
		u := unitOf(ui, red, i, c)
		switch last := len(v.Blocks) - 1; {
		case u.Status != "same":
			v.Blocks = append(v.Blocks, compareBlock{Unit: u})
		case last >= 0 && v.Blocks[last].Unit == nil:
			v.Blocks[last].Same = append(v.Blocks[last].Same, u)
		default:
			v.Blocks = append(v.Blocks, compareBlock{Same: []*compareUnit{u}})
		}
	}
	for i, b := range v.Blocks {
		if n := len(b.Same); n > 0 {
			v.Blocks[i].Span = b.Same[0].Label
			if n > 1 {
				v.Blocks[i].Span += " … " + b.Same[n-1].Label
			}
		}
	}
	return v, nil
}

func sharedLang(want generator.Lang, a, b *generator.Draft) (generator.Lang, bool) {
	for _, l := range append([]generator.Lang{want}, a.Instrument.Languages...) {
		if a.Docs[l] != nil && b.Docs[l] != nil {
			return l, true
		}
	}
	return "", false
}

var statusNames = map[diff.Status]string{diff.Same: "same", diff.Changed: "changed", diff.Added: "added",
	diff.Removed: "removed", diff.Moved: "moved", diff.MovedAway: "away"}

// unitOf turns a change of the redline into what the page shows.
func unitOf(ui string, red *diff.Redline, i int, c *diff.Change) *compareUnit {
	u := c.Unit()
	cu := &compareUnit{UI: ui, Lang: red.Lang, ID: fmt.Sprintf("u%d", i), Status: statusNames[c.Status]}
	paras := c.Paras
	if u.Section == diff.Parts {
		cu.Label = u.Label
		if len(paras) > 0 {
			cu.Heading, paras = segsOf(paras[0]), paras[1:]
		}
		if h := cu.Heading; len(h) > 0 && !strings.HasPrefix(h[0].Text, "—") {
			cu.Label += "." // «Стаття 3. Консультації», as the draft sets it
		}
	} else {
		cu.Label, cu.LabelUI = tr(ui, "role."+string(u.Role)), true
	}
	switch c.Status {
	case diff.Moved:
		cu.Note = fmt.Sprintf(tr(ui, "cmp.moved.from"), c.Old.Label)
	case diff.MovedAway:
		for _, o := range red.Changes {
			if o.Status == diff.Moved && o.Old == c.Old {
				cu.Note = fmt.Sprintf(tr(ui, "cmp.moved.to"), o.New.Label)
			}
		}
		return cu
	}
	for _, p := range paras {
		cu.Paras = append(cu.Paras, segsOf(p))
	}
	return cu
}

func segsOf(p diff.Para) []cmpSeg {
	out := make([]cmpSeg, len(p.Segs))
	for i, s := range p.Segs {
		out[i] = cmpSeg{Text: s.Text, Ins: s.Op == diff.Insert, Del: s.Op == diff.Delete}
	}
	return out
}
