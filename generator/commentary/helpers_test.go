package commentary

import (
	"io/fs"
	"sync"
	"testing"

	guarantor "github.com/guarantor-dev/guarantor"
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/review"
)

var (
	projectOnce sync.Once
	project     *build.Project
	projectErr  error
)

// load returns the project of the embedded library and templates, loaded once.
func load(t testing.TB) *build.Project {
	t.Helper()
	projectOnce.Do(func() {
		c, _ := fs.Sub(guarantor.Clauses, "clauses")
		tm, _ := fs.Sub(guarantor.Templates, "templates")
		project, projectErr = build.Load(build.Source{FS: c, Display: "clauses"}, build.Source{FS: tm, Display: "templates"})
	})
	if projectErr != nil {
		t.Fatal(projectErr)
	}
	return project
}

// draft assembles an example of drafts/.
func draft(t testing.TB, name string) *generator.Draft {
	t.Helper()
	d, err := load(t).Draft("../../drafts/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func reviewOf(d *generator.Draft) *review.Report { return review.Review(d) }

func ids(rs []*review.Rule) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}
