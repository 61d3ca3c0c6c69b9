package web

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

// newSpec writes a new spec into the folder from a starter (the form's recommended clauses, or
// only a recital and the final clauses) and opens it in the editor. It never overwrites a file.
func (s *Server) newSpec(w http.ResponseWriter, r *http.Request) {
	ui := uiLang(w, r)
	name := strings.TrimSpace(r.PostFormValue("new.name"))
	if name != "" && !strings.HasSuffix(name, ".yaml") {
		name += ".yaml"
	}
	form := generator.Form(r.PostFormValue("new.form"))
	data, err := spec.Starter(form, time.Now().UTC().Format(time.DateOnly), r.PostFormValue("new.start") == "own")
	if err != nil {
		err = fmt.Errorf("form %q: %w", form, err)
	} else {
		err = s.folder.create(name, data)
	}
	if err != nil {
		s.showList(w, r, ui, http.StatusUnprocessableEntity, err.Error())
		return
	}
	http.Redirect(w, r, "/edit/"+url.PathEscape(name), http.StatusSeeOther)
}

// create writes a new spec called name, refusing a name that is taken.
func (f *folder) create(name string, data []byte) error {
	if !specName.MatchString(name) || strings.Contains(name, "..") {
		return fmt.Errorf("%q is not a spec name (letters, digits, '.', '_', '-', ending in .yaml)", name)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	file, err := os.OpenFile(filepath.Join(f.dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; choose another name", name)
	}
	if err != nil {
		return err
	}
	if _, err := file.Write(data); err != nil {
		file.Close()
		os.Remove(file.Name())
		return err
	}
	return file.Close()
}
