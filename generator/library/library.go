package library

import (
	"io/fs"
	"path"
	"runtime"
	"slices"
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
	return LoadLayers(Layer{FS: fsys, Display: display})
}

// Layer is one folder of clauses.
type Layer struct {
	FS      fs.FS
	Display string
}

// LoadLayers reads the clause folders in order into one library: a clause of a later folder
// replaces the clause of an earlier one with the same id (a ministry's own version of one of
// ours), and the others add to it. Links (requires, conflicts, suggests) may cross folders.
func LoadLayers(layers ...Layer) (*Library, error) {
	lib := &Library{clauses: map[string]*generator.Clause{}, fronts: map[string]*decode.File{}}
	var errs generator.ErrorList
	for _, layer := range layers {
		paths, err := clauseFiles(layer.FS)
		if err != nil {
			errs.Addf(generator.Position{File: layer.Display}, "cannot read the clause library: %v", err)
		}
		mine := map[string]bool{}
		for _, f := range parseAll(layer.FS, layer.Display, paths) {
			errs.Merge(f.err)
			if f.c == nil || f.c.ID == "" {
				continue
			}
			if !mine[f.c.ID] {
				lib.drop(f.c.ID) // an earlier folder's clause, replaced
			}
			if lib.add(f.c, &errs) {
				lib.fronts[f.c.ID], mine[f.c.ID] = f.front, true
			}
		}
	}
	lib.checkLinks(&errs)
	lib.fronts = nil
	if len(lib.clauses) == 0 && len(errs) == 0 {
		errs.Addf(generator.Position{File: layers[len(layers)-1].Display}, "no clauses found").WithHint("clause files are <folder>/<category>/<name>.md")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return lib, nil
}

// drop removes a clause, if the library has it.
func (l *Library) drop(id string) {
	if _, ok := l.clauses[id]; !ok {
		return
	}
	delete(l.clauses, id)
	delete(l.fronts, id)
	l.ids = slices.DeleteFunc(l.ids, func(s string) bool { return s == id })
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
