package web

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

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
