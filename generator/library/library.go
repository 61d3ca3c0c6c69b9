package library

import (
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

// Library is the loaded clause library.
type Library struct {
	clauses map[string]*generator.Clause
	ids     []string                // sorted
	fronts  map[string]*decode.File // front matter of each clause, for positions while loading
}

// Load reads every *.md clause file in fsys. display is the folder name shown in errors (e.g.
// "clauses"). All problems of all files are reported together.
func Load(fsys fs.FS, display string) (*Library, error) {
	lib := &Library{clauses: map[string]*generator.Clause{}, fronts: map[string]*decode.File{}}
	var errs generator.ErrorList
	paths, err := clauseFiles(fsys)
	if err != nil {
		errs.Addf(generator.Position{File: display}, "cannot read the clause library: %v", err)
	}
	for _, f := range parseAll(fsys, display, paths) {
		errs.Merge(f.err)
		if f.c != nil && f.c.ID != "" && lib.add(f.c, &errs) {
			lib.fronts[f.c.ID] = f.front
		}
	}
	lib.checkLinks(&errs)
	lib.fronts = nil
	if len(lib.clauses) == 0 && len(errs) == 0 {
		errs.Addf(generator.Position{File: display}, "no clauses found").WithHint("clause files are clauses/<category>/<name>.md")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return lib, nil
}

func (l *Library) add(c *generator.Clause, errs *generator.ErrorList) bool {
	if prev, dup := l.clauses[c.ID]; dup {
		errs.Addf(c.Pos, "duplicate clause id %q", c.ID).WithHint("also defined in %s", prev.Pos.File)
		return false
	}
	l.clauses[c.ID] = c
	l.ids = append(l.ids, c.ID)
	sort.Strings(l.ids)
	return true
}

// checkLinks reports requires, conflicts and suggests that name no clause.
func (l *Library) checkLinks(errs *generator.ErrorList) {
	for _, id := range l.ids {
		c := l.clauses[id]
		for key, targets := range map[string][]string{"requires": c.Requires, "conflicts": c.Conflicts, "suggests": c.Suggests} {
			for i, t := range targets {
				if _, ok := l.clauses[t]; ok {
					continue
				}
				e := errs.Addf(l.fronts[id].PosOf(key, i), "%s names no clause: %q", key, t)
				if s := l.Suggest(t); s != "" {
					e.WithHint("did you mean %q?", s)
				}
			}
		}
	}
}

// Get returns the clause with id, or nil.
func (l *Library) Get(id string) *generator.Clause { return l.clauses[id] }

// Clauses returns every clause, sorted by id.
func (l *Library) Clauses() []*generator.Clause {
	out := make([]*generator.Clause, len(l.ids))
	for i, id := range l.ids {
		out[i] = l.clauses[id]
	}
	return out
}

// Suggest returns the id closest to a misspelt one, or "".
func (l *Library) Suggest(id string) string {
	if s := decode.Suggest(id, l.ids); s != "" {
		return s
	}
	// "defence/art5" for "defence/art5-style", "art5-style" for "defence/art5-style".
	for _, cand := range l.ids {
		if path.Base(cand) == path.Base(id) || strings.HasPrefix(cand, id) && strings.Contains(id, "/") {
			return cand
		}
	}
	return ""
}

// clauseFiles lists the clause files of the library, in walk order.
func clauseFiles(fsys fs.FS) ([]string, error) {
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && path.Ext(p) == ".md" && !strings.EqualFold(path.Base(p), "README.md") {
			paths = append(paths, p)
		}
		return nil
	})
	return paths, err
}

// parsed is one clause file, parsed.
type parsed struct {
	c     *generator.Clause
	front *decode.File
	err   error
}

// parseAll reads and parses the files concurrently, one worker per core, and returns them in
// the order of paths, so errors and duplicates are reported the same way every time.
func parseAll(fsys fs.FS, display string, paths []string) []parsed {
	out := make([]parsed, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(paths)) {
		wg.Go(func() {
			for i := range next {
				src, err := decode.ReadFile(fsys, paths[i])
				if err != nil {
					out[i].err = generator.Errorf(generator.Position{File: path.Join(display, paths[i])}, "%v", err)
					continue
				}
				out[i].c, out[i].front, out[i].err = parseClause(paths[i], path.Join(display, paths[i]), src)
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
