package review_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/review"
)

var (
	loadOnce sync.Once
	repo     *build.Project // the real library, templates and parties
	fixtures *build.Project // the real library and templates, with testdata/parties.yaml
	loadErr  error
)

// projects loads the repository's clause library and templates once: as they are, for the
// examples in drafts/, and with this package's own parties catalogue, for the fixtures.
func projects(t testing.TB) (real, fix *build.Project) {
	t.Helper()
	loadOnce.Do(func() {
		clauses := build.Source{FS: os.DirFS("../../clauses"), Display: "clauses"}
		repo, loadErr = build.Load(clauses, build.Source{FS: os.DirFS("../../templates"), Display: "templates"})
		if loadErr != nil {
			return
		}
		var overlay fstest.MapFS
		overlay, loadErr = withParties("../../templates", "testdata/parties.yaml")
		if loadErr != nil {
			return
		}
		fixtures, loadErr = build.Load(clauses, build.Source{FS: overlay, Display: "templates"})
	})
	if loadErr != nil {
		t.Fatalf("cannot load the project: %v", loadErr)
	}
	return repo, fixtures
}

// withParties copies the templates folder into memory and replaces its parties catalogue.
func withParties(dir, parties string) (fstest.MapFS, error) {
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, path))
		m[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(parties)
	m["parties.yaml"] = &fstest.MapFile{Data: b}
	return m, err
}

// reviewFile builds and reviews one spec.
func reviewFile(t testing.TB, p *build.Project, path string) *review.Report {
	t.Helper()
	return review.Review(draft(t, p, path))
}

// drafts caches assembled drafts, so the tests that read the same example build it once.
var drafts sync.Map // [2]any{project, path} -> *generator.Draft

// draft assembles one spec once per project.
func draft(t testing.TB, p *build.Project, path string) *generator.Draft {
	t.Helper()
	key := [2]any{p, path}
	if d, ok := drafts.Load(key); ok {
		return d.(*generator.Draft)
	}
	d, err := p.Draft(path)
	if err != nil {
		t.Fatalf("%v", err)
	}
	drafts.Store(key, d)
	return d
}
