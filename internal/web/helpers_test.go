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

// Counts agree with their number in both interface languages.
func TestCount(t *testing.T) {
	for _, c := range []struct {
		ui, key string
		n       int
		want    string
	}{
		{"en", "error", 1, "1 error"}, {"en", "error", 2, "2 errors"}, {"en", "warning", 0, "0 warnings"},
		{"en", "info", 3, "3 info"}, {"uk", "error", 1, "1 помилка"}, {"uk", "error", 3, "3 помилки"},
		{"uk", "error", 5, "5 помилок"}, {"uk", "error", 11, "11 помилок"}, {"uk", "error", 21, "21 помилка"},
		{"uk", "error", 14, "14 помилок"}, {"uk", "warning", 2, "2 застереження"}, {"uk", "info", 0, "0 довідок"},
	} {
		if got := count(c.ui, c.key, c.n); got != c.want {
			t.Errorf("count(%s, %s, %d) = %q, want %q", c.ui, c.key, c.n, got, c.want)
		}
	}
}
