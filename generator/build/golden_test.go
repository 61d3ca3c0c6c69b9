package build_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func project(t testing.TB) *build.Project {
	t.Helper()
	p, err := build.Load(build.Source{FS: os.DirFS("../../clauses"), Display: "clauses"},
		build.Source{FS: os.DirFS("../../templates"), Display: "templates"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Every example in drafts/ builds, in every language, to exactly its golden text.
func TestExamplesGolden(t *testing.T) {
	p := project(t)
	specs, err := filepath.Glob("../../drafts/*.yaml")
	if err != nil || len(specs) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	for _, spec := range specs {
		d, err := p.Draft(spec)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		for l, doc := range d.Docs {
			md := markdown.Render(doc)
			golden := filepath.Join("testdata", "golden", d.Instrument.Name+"."+string(l)+".md")
			if *update {
				if err := os.WriteFile(golden, md, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Errorf("%v (run go test ./generator/build -update)", err)
				continue
			}
			if !bytes.Equal(md, want) {
				t.Errorf("%s differs from %s; if the change is intended, run go test ./generator/build -update and review the diff", d.Instrument.Name+"."+string(l), golden)
			}
		}
	}
}

// Building the same spec twice gives the same bytes, manifest included.
func TestBuildDeterministic(t *testing.T) {
	p := project(t)
	specs, _ := filepath.Glob("../../drafts/*.yaml")
	if len(specs) == 0 {
		t.Fatal("no examples in drafts/")
	}
	for _, spec := range specs {
		a, err1 := p.Draft(spec)
		b, err2 := p.Draft(spec)
		if err1 != nil || err2 != nil {
			t.Fatalf("%v %v", err1, err2)
		}
		fa, _, errA := p.Files(a, build.Options{})
		fb, _, errB := p.Files(b, build.Options{})
		if errA != nil || errB != nil || len(fa) == 0 {
			t.Fatalf("%s: %d files, errors %v %v", spec, len(fa), errA, errB)
		}
		for name := range fa {
			if !bytes.Equal(fa[name], fb[name]) {
				t.Errorf("%s: %s differs between two builds", spec, name)
			}
		}
	}
}
