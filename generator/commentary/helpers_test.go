package commentary_test

import (
	"io/fs"
	"sync"
	"testing"

	guarantor "github.com/guarantor-dev/guarantor"
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/commentary"
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

func ids(rs []*review.Rule) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func analyse(t testing.TB, d *generator.Draft) *commentary.Analysis {
	t.Helper()
	p := load(t)
	return commentary.Analyse(d, review.Review(d), commentary.Options{Library: p.Library, Kit: p.Kit})
}

func useOf(t testing.TB, d *generator.Draft, id string) *generator.Use {
	t.Helper()
	for _, u := range d.Instrument.Uses {
		if u.Clause.ID == id {
			return u
		}
	}
	t.Fatalf("%s uses no %s", d.Instrument.Name, id)
	return nil
}

func choiceOf(t testing.TB, a *commentary.Analysis, u *generator.Use, id string) *commentary.Choice {
	t.Helper()
	for _, c := range a.Choices[u] {
		if c.Clause.ID == id {
			return c
		}
	}
	t.Fatalf("no alternative %s for %s", id, u.Clause.ID)
	return nil
}

func useIDs(uses []*generator.Use) []string {
	var out []string
	for _, u := range uses {
		out = append(out, u.Clause.ID)
	}
	return out
}
