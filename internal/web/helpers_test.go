package web

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	guarantor "github.com/guarantor-dev/guarantor"
	"github.com/guarantor-dev/guarantor/generator/build"
)

var (
	projOnce sync.Once
	proj     *build.Project
	projErr  error
)

// testProject loads the built-in library and templates once per test binary.
func testProject(t testing.TB) *build.Project {
	t.Helper()
	projOnce.Do(func() {
		c, _ := fs.Sub(guarantor.Clauses, "clauses")
		tm, _ := fs.Sub(guarantor.Templates, "templates")
		proj, projErr = build.Load(build.Source{FS: c, Display: "clauses"}, build.Source{FS: tm, Display: "templates"})
	})
	if projErr != nil {
		t.Fatal(projErr)
	}
	return proj
}

// copyDrafts copies the example specs into a temporary folder and returns it.
func copyDrafts(t testing.TB, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join("..", "..", "drafts", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// exampleNames lists the example specs in drafts/.
func exampleNames(t testing.TB) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join("..", "..", "drafts", "*.yaml"))
	if err != nil || len(m) == 0 {
		t.Fatal("no example specs", err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}
