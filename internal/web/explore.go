package web

import (
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/explore"
)

// exploreCache keeps the last run per spec content, so a reload does not review every
// combination again.
type exploreCache struct {
	mu   sync.Mutex
	runs map[string][]*explore.Result // spec hash -> results
}

func (c *exploreCache) get(hash string, run func() []*explore.Result) []*explore.Result {
	c.mu.Lock()
	defer c.mu.Unlock()
	if rs, ok := c.runs[hash]; ok {
		return rs
	}
	if len(c.runs) > 16 {
		clear(c.runs)
	}
	rs := run()
	c.runs[hash] = rs
	return rs
}

// exploreView is the Explore tab: the plot with clickable points and the frontier.
type exploreView struct {
	UI, Name string
	Plot     template.HTML
	Frontier []*explore.Result
	Count    int
	Model    string
}

// explorer shows the combinations on the spec as saved.
func (s *Server) explorer(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	name := r.PathValue("name")
	base, src, err := s.baseInstrument(name)
	if err != nil {
		fail(w, http.StatusUnprocessableEntity, err)
		return
	}
	rs := s.explored.get(generator.Hash(src), func() []*explore.Result {
		combos := explore.Enumerate(base, s.project.Library)
		if s.exploreEvery > 1 { // tests: a sample, to stay fast
			var some []*explore.Combo
			for _, c := range combos {
				if c.ID%s.exploreEvery == 0 {
					some = append(some, c)
				}
			}
			combos = some
		}
		return explore.RunCombos(base, s.project.Library, s.project.Kit, combos)
	})
	v := &exploreView{UI: ui, Name: name, Count: len(rs), Model: explore.Model}
	link := func(res *explore.Result) string { return fmt.Sprintf("/edit/%s?combo=%d", name, res.Combo.ID) }
	v.Plot = template.HTML(explore.SVG(name, rs, link)) // our own SVG, names escaped inside
	for _, res := range rs {
		if res.Frontier {
			v.Frontier = append(v.Frontier, res)
		}
	}
	s.show(w, "explore.html", v)
}

// baseInstrument loads the spec as saved.
func (s *Server) baseInstrument(name string) (*generator.Instrument, []byte, error) {
	src, err := s.folder.read(name)
	if err != nil {
		return nil, nil, err
	}
	in, err := s.project.Loader.Load(s.display(name), src)
	return in, src, err
}

// applyCombo changes the state into the combination with the given id on the saved spec;
// false when there is none.
func (s *Server) applyCombo(st *State, id string) bool {
	n, err := strconv.Atoi(id)
	if err != nil {
		return false
	}
	base, _, err := s.baseInstrument(st.Name)
	if err != nil {
		return false
	}
	for _, c := range explore.Enumerate(base, s.project.Library) {
		if c.ID != n {
			continue
		}
		st.Form, st.Scope = string(c.Form), string(c.Scope)
		var entries []Entry
		for _, cid := range c.Clauses {
			if i, ok := st.uses(cid); ok {
				entries = append(entries, st.Clauses[i])
				continue
			}
			e := Entry{Use: cid, With: map[string]string{}}
			if cl := s.project.Library.Get(cid); cl != nil {
				for _, p := range cl.Params {
					e.With[p.Name] = fmtValue(p.Default)
				}
			}
			entries = append(entries, e)
		}
		for i := range entries {
			if entries[i].Use == "duration/fixed-term" && c.Years > 0 {
				entries[i].With = cloneMap(entries[i].With)
				if entries[i].With == nil {
					entries[i].With = map[string]string{}
				}
				entries[i].With["years"] = strconv.Itoa(c.Years)
			}
		}
		st.Clauses = entries
		return true
	}
	return false
}
