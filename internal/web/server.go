package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/explore"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Server is the workbench over one folder of specs.
type Server struct {
	project  *build.Project
	folder   *folder
	guard    *guard
	pages    *template.Template
	mux      *http.ServeMux
	explored exploreCache
	// exploreEvery, when above 1, makes the explorer review only every n-th combination
	// (tests).
	exploreEvery int
}

// New returns a workbench over the specs in dir for a server listening on addr (host:port):
// requests must name that port on a loopback host, or the host of addr itself.
func New(p *build.Project, dir, addr string) (*Server, error) {
	f, err := newFolder(dir)
	if err != nil {
		return nil, err
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--addr %q: %v", addr, err)
	}
	t, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	s := &Server{project: p, folder: f, guard: newGuard(port, host), pages: t, mux: http.NewServeMux(),
		explored: exploreCache{runs: map[string][]*explore.Result{}}}
	s.routes()
	return s, nil
}

// Handler returns the server's handler, guarded.
func (s *Server) Handler() http.Handler { return s.guard.wrap(s.mux) }

func (s *Server) routes() {
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.FS(static))))
	s.mux.HandleFunc("GET /{$}", s.list)
	s.mux.HandleFunc("POST /new", s.newSpec)
	s.mux.HandleFunc("GET /edit/{name}", s.edit)
	s.mux.HandleFunc("POST /edit/{name}/preview", s.preview)
	s.mux.HandleFunc("POST /edit/{name}/apply", s.apply)
	s.mux.HandleFunc("POST /edit/{name}/save", s.save)
	s.mux.HandleFunc("POST /edit/{name}/export", s.export)
	s.mux.HandleFunc("POST /edit/{name}/compare", s.compareEdited)
	s.mux.HandleFunc("GET /compare", s.compareFiles)
	s.mux.HandleFunc("GET /explore/{name}", s.explorer)
}

// show executes a page template, or reports the failure.
func (s *Server) show(w http.ResponseWriter, name string, data any) {
	s.showStatus(w, http.StatusOK, name, data)
}

// showStatus is show with a status other than 200.
func (s *Server) showStatus(w http.ResponseWriter, status int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

// fail answers with a plain message and status.
func fail(w http.ResponseWriter, status int, err error) {
	http.Error(w, err.Error(), status)
}
