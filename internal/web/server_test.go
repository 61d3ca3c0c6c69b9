package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testHost = "127.0.0.1:8080"

// testServer serves a copy of the named example specs.
func testServer(t testing.TB, names ...string) (*Server, string) {
	t.Helper()
	dir := copyDrafts(t, names...)
	s, err := New(testProject(t), dir, testHost)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// session opens the spec list as a browser would and returns the token cookie.
func session(t testing.TB, s *Server) *http.Cookie {
	t.Helper()
	w := do(s, httptest.NewRequest("GET", "/", nil))
	if w.Code != 200 {
		t.Fatalf("GET / = %d: %s", w.Code, w.Body)
	}
	for _, c := range w.Result().Cookies() {
		if c.Name == tokenCookie {
			return c
		}
	}
	t.Fatal("no token cookie")
	return nil
}

func do(s *Server, r *http.Request) *httptest.ResponseRecorder {
	if r.Host == "example.com" { // httptest's default
		r.Host = testHost
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, r)
	return w
}

// post sends a form as the workbench page does: same origin, cookie and token.
func post(s *Server, c *http.Cookie, path string, form url.Values) *httptest.ResponseRecorder {
	r := httptest.NewRequest("POST", path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Origin", "http://"+testHost)
	r.Header.Set(tokenHeader, c.Value)
	r.AddCookie(c)
	return do(s, r)
}

// formOf encodes a state as the editor's form sends it.
func formOf(t testing.TB, s *Server, st *State) url.Values {
	t.Helper()
	v := url.Values{"name": {st.Name}, "base": {st.Base}, "form": {st.Form}, "scope": {st.Scope}, "date": {st.Date},
		"prevails": {st.Prevails}, "beneficiary": {st.Beneficiary}, "adversary": {st.Adversary}, "view": {"en"}}
	v["lang"] = st.Languages
	v["guarantor"] = st.Guarantors
	for l, tt := range st.Title {
		v.Set("title."+l, tt)
	}
	for l, n := range st.Place {
		v.Set("place."+l+".nom", n.Nom)
		v.Set("place."+l+".loc", n.Loc)
	}
	for _, e := range st.Clauses {
		v.Add("entry", e.Key())
		v.Add("use", e.Key())
		for k, val := range e.With {
			v.Set("p."+e.Use+"."+k, val)
		}
		if c := e.Custom; c != nil {
			v.Set("c."+c.ID+".section", c.Section)
			for l, tt := range c.Title {
				v.Set("c."+c.ID+".title."+l, tt)
			}
			for l, tt := range c.Text {
				v.Set("c."+c.ID+".text."+l, tt)
			}
		}
	}
	for _, sp := range st.Suppress {
		v.Add("sup.rule", sp.Rule)
		v.Add("sup.reason", sp.Reason)
	}
	return v
}

func loadState(t testing.TB, dir, name string) *State {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	st, err := stateOf(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestHostChecked(t *testing.T) {
	s, _ := testServer(t, "layered-treaty.yaml")
	for host, want := range map[string]int{
		"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200,
		"evil.example:8080": http.StatusMisdirectedRequest, "127.0.0.1:9999": http.StatusMisdirectedRequest,
		"localhost": http.StatusMisdirectedRequest, "": http.StatusMisdirectedRequest,
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = host
		if w := do(s, r); w.Code != want {
			t.Errorf("Host %q: got %d, want %d", host, w.Code, want)
		}
	}
}

func TestWritesNeedOriginAndToken(t *testing.T) {
	s, dir := testServer(t, "layered-treaty.yaml")
	c := session(t, s)
	form := formOf(t, s, loadState(t, dir, "layered-treaty.yaml"))
	path := "/edit/layered-treaty.yaml/preview"
	if w := post(s, c, path, form); w.Code != 200 {
		t.Fatalf("same-origin write with token: %d %s", w.Code, w.Body)
	}
	cases := map[string]func(r *http.Request){
		"foreign origin":   func(r *http.Request) { r.Header.Set("Origin", "http://evil.example") },
		"null origin":      func(r *http.Request) { r.Header.Set("Origin", "null") },
		"other port":       func(r *http.Request) { r.Header.Set("Origin", "http://127.0.0.1:9999") },
		"cross-site fetch": func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") },
		"no token":         func(r *http.Request) { r.Header.Del(tokenHeader) },
		"wrong token":      func(r *http.Request) { r.Header.Set(tokenHeader, "0123") },
		"no cookie":        func(r *http.Request) { r.Header.Del("Cookie") },
		"unknown cookie": func(r *http.Request) {
			r.Header.Del("Cookie")
			r.AddCookie(&http.Cookie{Name: tokenCookie, Value: "forged"})
			r.Header.Set(tokenHeader, "forged")
		},
	}
	for name, spoil := range cases {
		r := httptest.NewRequest("POST", path, strings.NewReader(form.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Origin", "http://"+testHost)
		r.Header.Set(tokenHeader, c.Value)
		r.AddCookie(c)
		spoil(r)
		if w := do(s, r); w.Code != http.StatusForbidden {
			t.Errorf("%s: got %d, want 403", name, w.Code)
		}
	}
	// The token may come in the form instead of the header.
	form.Set(tokenField, c.Value)
	r := httptest.NewRequest("POST", path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.AddCookie(c)
	if w := do(s, r); w.Code != 200 {
		t.Errorf("token in the form: got %d", w.Code)
	}
}

func TestBodyCapped(t *testing.T) {
	s, _ := testServer(t, "layered-treaty.yaml")
	c := session(t, s)
	big := url.Values{"title.en": {strings.Repeat("x", maxBody+10)}}
	if w := post(s, c, "/edit/layered-treaty.yaml/preview", big); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversize body: got %d, want 413", w.Code)
	}
}

func TestNoPathOutsideFolder(t *testing.T) {
	s, dir := testServer(t, "layered-treaty.yaml")
	outside := filepath.Join(t.TempDir(), "secret.yaml")
	if err := os.WriteFile(outside, []byte("form: treaty\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "layered-treaty.yaml"), filepath.Join(dir, "inside.yaml")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	for _, p := range []string{
		"/edit/..%2F..%2Fetc%2Fpasswd", "/edit/..%2Fsecret.yaml", "/edit/link.yaml", "/edit/notes.txt",
		"/edit/.hidden.yaml", "/edit/missing.yaml", "/edit/%2Fetc%2Fpasswd",
	} {
		w := do(s, httptest.NewRequest("GET", p, nil))
		if w.Code == 200 || strings.Contains(w.Body.String(), "form: treaty") {
			t.Errorf("GET %s: got %d, want a refusal", p, w.Code)
		}
	}
	if w := do(s, httptest.NewRequest("GET", "/edit/inside.yaml", nil)); w.Code != 200 {
		t.Errorf("a link inside the folder: got %d", w.Code)
	}
	names, _ := s.folder.list()
	if strings.Join(names, ",") != "inside.yaml,layered-treaty.yaml" {
		t.Errorf("list = %v", names)
	}
}
