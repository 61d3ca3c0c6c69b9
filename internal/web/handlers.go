package web

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// listView is the page of specs.
type listView struct {
	UI, Token string
	Dir       string
	Specs     []specRow
	Forms     []string
	Error     string // why a new spec was not created
}

type specRow struct {
	Name, Title, Form, Langs string
	Summary                  review.Summary
	Invalid                  int // problems when the spec does not load
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	s.showList(w, r, uiLang(w, r), http.StatusOK, "")
}

// showList shows the specs of the folder and the form that starts a new one.
func (s *Server) showList(w http.ResponseWriter, r *http.Request, ui string, status int, problem string) {
	names, err := s.folder.list()
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	v := &listView{UI: ui, Token: s.guard.token(w, r), Dir: s.folder.dir, Error: problem}
	for _, f := range generator.Forms {
		v.Forms = append(v.Forms, string(f))
	}
	for _, n := range names {
		v.Specs = append(v.Specs, s.row(n, ui))
	}
	s.showStatus(w, status, "list.html", v)
}

// row loads, assembles and reviews one spec for the list.
func (s *Server) row(name, ui string) specRow {
	row := specRow{Name: name}
	src, err := s.folder.read(name)
	if err != nil {
		row.Invalid = 1
		return row
	}
	st, err := stateOf(name, src)
	if err != nil {
		row.Invalid = 1
		return row
	}
	row.Title, row.Form, row.Langs = st.Title[ui], st.Form, strings.Join(st.Languages, ", ")
	if row.Title == "" {
		row.Title = st.Title["en"]
	}
	o := evaluate(s.project, s.display(name), src, st)
	if !o.Valid() {
		row.Invalid = max(1, len(o.Fields)+len(o.General))
		return row
	}
	row.Summary = o.Report.Summary()
	return row
}

func (s *Server) display(name string) string { return displayName(s.folder.dir, name) }

// edit shows the editor on the spec as it is on disk.
func (s *Server) edit(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	name := r.PathValue("name")
	src, err := s.folder.read(name)
	if err != nil {
		fail(w, http.StatusNotFound, err)
		return
	}
	st, err := stateOf(name, src)
	if err != nil {
		fail(w, http.StatusUnprocessableEntity, fmt.Errorf("%v\nfix the file in a text editor, then reload", err))
		return
	}
	notice := ""
	if c := r.URL.Query().Get("combo"); c != "" {
		if !s.applyCombo(st, c) {
			fail(w, http.StatusNotFound, fmt.Errorf("no combination %q of %s", c, name))
			return
		}
		notice = fmt.Sprintf(tr(ui, "combo.opened"), c)
	}
	v := s.workspace(ui, st, src, "both")
	v.Token = s.guard.token(w, r)
	v.Notice, v.NoticeTone = notice, "info"
	s.show(w, "editor.html", v)
}

// workspace builds the editor and its preview for a state.
func (s *Server) workspace(ui string, st *State, src []byte, view string) *editorView {
	v := s.editorOf(ui, st)
	o := evaluate(s.project, s.display(st.Name), src, st)
	v.Preview = s.previewOf(ui, st, o, view)
	if names, err := s.folder.list(); err == nil {
		for _, n := range names {
			if n != st.Name {
				v.Others = append(v.Others, n)
			}
		}
	}
	return v
}

// formState reads the editor's form and the spec's file as it is on disk now.
func (s *Server) formState(w http.ResponseWriter, r *http.Request) (*State, []byte, bool) {
	name := r.PathValue("name")
	src, err := s.folder.read(name)
	if err != nil {
		fail(w, http.StatusNotFound, err)
		return nil, nil, false
	}
	st := stateFromForm(r.PostForm, s.project.Library)
	st.Name = name
	return st, src, true
}

// preview answers a change in the form with the new draft, findings and profile.
func (s *Server) preview(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	st, src, ok := s.formState(w, r)
	if !ok {
		return
	}
	o := evaluate(s.project, s.display(st.Name), src, st)
	s.show(w, "preview", s.previewOf(ui, st, o, r.PostFormValue("view")))
}

// apply makes a change that reshapes the form (a quick fix, its undo, a suppression, a new
// custom clause) and answers with the whole workspace.
func (s *Server) apply(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	st, src, ok := s.formState(w, r)
	if !ok {
		return
	}
	before := st.clone()
	notice := ""
	undo := ""
	switch f := r.PostForm; {
	case f.Get("fix") != "":
		q, ok := parseFix(f.Get("fix"))
		if !ok {
			fail(w, http.StatusBadRequest, errors.New("malformed fix"))
			return
		}
		st.applyFix(q, s.project.Library)
		undo = encodeState(before)
	case f.Get("undo") != "":
		prev, err := decodeState(f.Get("undo"))
		if err != nil {
			fail(w, http.StatusBadRequest, err)
			return
		}
		prev.Name, prev.Base = st.Name, st.Base // the file's identity is not the undo's to change
		st = prev
	case f.Has("suppress"):
		if trimmed(f.Get("reason")) == "" {
			notice = tr(ui, "suppress.reason")
			break
		}
		st.Suppress = append(st.Suppress, Suppression{Rule: f.Get("suppress"), Reason: trimmed(f.Get("reason"))})
		undo = encodeState(before)
	case f.Get("unsuppress") != "":
		st.applyFix(quickFix{Kind: "drop-suppression", Value: f.Get("unsuppress")}, s.project.Library)
		undo = encodeState(before)
	case f.Has("addcustom"):
		st.addCustom()
	}
	v := s.workspace(ui, st, src, f(r, "view"))
	v.Undo, v.Notice = undo, notice
	s.show(w, "workspace", v)
}

func f(r *http.Request, key string) string { return r.PostFormValue(key) }

// addCustom appends an empty custom clause with a fresh id.
func (st *State) addCustom() {
	for n := 1; ; n++ {
		id := fmt.Sprintf("custom/clause-%d", n)
		if _, used := st.uses(id); !used {
			st.Clauses = append(st.Clauses, Entry{Custom: &Custom{ID: id, Section: "operative",
				Title: map[string]string{}, Text: map[string]string{}}})
			return
		}
	}
}

func encodeState(st *State) string {
	b, _ := json.Marshal(st)
	return base64.StdEncoding.EncodeToString(b)
}

func decodeState(s string) (*State, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, errors.New("malformed undo state")
	}
	var st State
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, errors.New("malformed undo state")
	}
	st.fill()
	return &st, nil
}

// saveView is the answer to Save: the preview, and a status line.
type saveView struct {
	Preview            *previewView
	Status, Tone, Base string
}

// save writes the edited spec back, unless it is invalid or the file changed on disk.
func (s *Server) save(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	st, src, ok := s.formState(w, r)
	if !ok {
		return
	}
	o := evaluate(s.project, s.display(st.Name), src, st)
	v := &saveView{Preview: s.previewOf(ui, st, o, r.PostFormValue("view")), Base: st.Base}
	status := http.StatusOK
	switch {
	case !o.Valid():
		v.Status, v.Tone = tr(ui, "invalid.state"), "bad"
	case generator.Hash(src) != st.Base:
		v.Status, v.Tone = tr(ui, "conflict"), "bad"
		status = http.StatusConflict
	case string(o.YAML) == string(src):
		v.Status, v.Tone = tr(ui, "unchanged"), "good"
	default:
		err := s.folder.write(st.Name, st.Base, o.YAML)
		switch {
		case errors.Is(err, ErrConflict):
			v.Status, v.Tone = tr(ui, "conflict"), "bad"
			status = http.StatusConflict
		case err != nil:
			v.Status, v.Tone = err.Error(), "bad"
		default:
			v.Status, v.Tone, v.Base = tr(ui, "saved"), "good", generator.Hash(o.YAML)
		}
	}
	s.showStatus(w, status, "saved", v)
}
