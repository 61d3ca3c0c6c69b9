package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A new spec is written from a starter, in every form and both starts, opens in the editor
// and loads; a taken or bad name is refused and nothing is overwritten.
func TestNewSpec(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	for _, form := range []string{"treaty", "mou", "declaration"} {
		for _, start := range []string{"recommended", "own"} {
			name := form + "-" + start
			w := post(s, c, "/new", url.Values{"new.name": {name}, "new.form": {form}, "new.start": {start}})
			if w.Code != http.StatusSeeOther || w.Header().Get("Location") != "/edit/"+name+".yaml" {
				t.Fatalf("%s: %d %s\n%.1000s", name, w.Code, w.Header().Get("Location"), w.Body)
			}
			r := httptest.NewRequest("GET", "/edit/"+name+".yaml", nil)
			r.AddCookie(c)
			if w := do(s, r); w.Code != 200 || !strings.Contains(w.Body.String(), `iframe class="page"`) {
				t.Errorf("%s does not open with its draft: %d\n%.1000s", name, w.Code, w.Body)
			}
		}
	}
	path := filepath.Join(dir, "coalition-mou-15y.yaml")
	before, _ := os.ReadFile(path)
	for _, tt := range []struct{ name, form, want string }{
		{"coalition-mou-15y", "treaty", "already exists"},
		{"../escape", "treaty", "not a spec name"},
		{"fine", "charter", `charter`},
	} {
		w := post(s, c, "/new", url.Values{"new.name": {tt.name}, "new.form": {tt.form}, "new.start": {"own"}})
		if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("%s: %d, want %q in\n%.500s", tt.name, w.Code, tt.want, w.Body)
		}
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("an existing spec was overwritten")
	}
}

// A newly ticked clause goes before the clauses of its section that require it: the definition
// of an armed attack before the article that relies on it.
func TestInsertBeforeRequiring(t *testing.T) {
	lib := testProject(t).Library
	st := &State{Form: "treaty", Clauses: []Entry{{Use: "preamble/sovereignty"}, {Use: "final/ratification"}}}
	st.insert(Entry{Use: "defence/art5-style"}, lib)
	st.insert(Entry{Use: "definitions/armed-attack"}, lib)
	var got []string
	for _, e := range st.Clauses {
		got = append(got, e.Use)
	}
	if i, j := slices.Index(got, "definitions/armed-attack"), slices.Index(got, "defence/art5-style"); i < 0 || j < 0 || i > j {
		t.Errorf("order %v: the definition should come before the clause that requires it", got)
	}
}
