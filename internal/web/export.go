package web

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render"
)

// export answers with one file of the current (edited) state: format md, html or pdf, in one
// language or, for PDF, both side by side ("parallel").
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	st, src, ok := s.formState(w, r)
	if !ok {
		return
	}
	format, found := render.Lookup(r.PostFormValue("format"))
	if !found {
		fail(w, http.StatusBadRequest, fmt.Errorf("unknown format %q; one of %s", r.PostFormValue("format"), render.Names()))
		return
	}
	o := evaluate(s.project, s.display(st.Name), src, st)
	if !o.Valid() {
		fail(w, http.StatusUnprocessableEntity, errors.New("the spec has problems; fix them before exporting:\n"+problems(o)))
		return
	}
	lang := r.PostFormValue("lang-export")
	langs := o.Draft.Instrument.Languages
	if lang != "parallel" {
		langs = viewLangs(langs, lang)
		lang = string(langs[0])
	}
	files, err := render.Files(o.Draft, langs, []render.Format{format}, render.Options{})
	if err != nil {
		fail(w, http.StatusInternalServerError, err)
		return
	}
	file := lang + "." + format.Ext
	data, ok := files[file]
	if !ok {
		fail(w, http.StatusBadRequest, fmt.Errorf("%s has no %s edition", format.Name, lang))
		return
	}
	name := strings.TrimSuffix(st.Name, ".yaml") + "." + file
	if ct := mime.TypeByExtension("." + format.Ext); ct != "" {
		w.Header().Set("Content-Type", ct)
	} else {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	}
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	_, _ = w.Write(data)
}

// problems lists an invalid outcome's problems, one a line.
func problems(o *outcome) string {
	var out []string
	for f, m := range o.Fields {
		out = append(out, f+": "+m)
	}
	out = append(out, o.General...)
	return strings.Join(out, "\n")
}

// compareView sets two states of an instrument side by side, article by article.
type compareView struct {
	UI, Left, Right string
	Rows            []compareRow
	Lang            generator.Lang
}

type compareRow struct {
	Heading     string
	Left, Right string
	Changed     bool
	Only        string // "left" or "right" when the article is in one only
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
	s.show(w, "compare.html", compare(ui, a, b, oa.Draft, ob.Draft))
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
	s.show(w, "compare.html", compare(ui, st.Name+" (saved)", st.Name+" (edited)", saved.Draft, edited.Draft))
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

// compare aligns the articles of two drafts by clause, in the order of the left draft with the
// right draft's own articles after the one they follow.
func compare(ui, left, right string, a, b *generator.Draft) *compareView {
	l := generator.Lang(ui)
	if _, ok := a.Docs[l]; !ok {
		l = a.Instrument.Languages[0]
	}
	v := &compareView{UI: ui, Left: left, Right: right, Lang: l}
	rb := map[string]*generator.Article{}
	for _, art := range b.Articles {
		rb[art.Use.Clause.ID] = art
	}
	seen := map[string]bool{}
	text := func(art *generator.Article) string {
		if art == nil {
			return ""
		}
		return art.Text[l]
	}
	head := func(art *generator.Article) string {
		h := art.Heading[l]
		if art.Number > 0 {
			h = fmt.Sprintf("%d. %s", art.Number, h)
		}
		return h
	}
	for _, art := range a.Articles {
		id := art.Use.Clause.ID
		seen[id] = true
		other := rb[id]
		row := compareRow{Heading: head(art), Left: text(art), Right: text(other)}
		if other == nil {
			row.Only = "left"
		}
		row.Changed = row.Left != row.Right
		v.Rows = append(v.Rows, row)
	}
	for _, art := range b.Articles {
		if !seen[art.Use.Clause.ID] {
			v.Rows = append(v.Rows, compareRow{Heading: head(art), Right: text(art), Only: "right", Changed: true})
		}
	}
	return v
}
