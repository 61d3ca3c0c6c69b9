package build_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/corpus"
	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// largest is the biggest example, the one the stage benchmarks use.
const largest = "../../drafts/coalition-treaty-20y.yaml"

func BenchmarkLoadLibrary(b *testing.B) {
	for b.Loop() {
		if _, err := library.Load(os.DirFS("../../clauses"), "clauses"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadSpec(b *testing.B) {
	p := project(b)
	src, err := os.ReadFile(largest)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := p.Loader.Load(largest, src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssemble(b *testing.B) {
	p := project(b)
	in, err := p.Instrument(largest)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := p.Kit.Assemble(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReview(b *testing.B) {
	d := draft(b)
	for b.Loop() {
		review.Review(d)
	}
}

// BenchmarkRender renders the largest example in both languages to each format on its own.
func BenchmarkRender(b *testing.B) {
	d := draft(b)
	for _, f := range render.Formats {
		b.Run(f.Name, func(b *testing.B) {
			for b.Loop() {
				if _, err := render.Files(d, nil, []render.Format{f}, render.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuildCorpus builds a 100-draft corpus in every format from scratch, and rebuilds it
// when nothing changed.
func BenchmarkBuildCorpus(b *testing.B) {
	p := project(b)
	specs := writeCorpus(b, p, 100)
	runner := func(out string, force bool) *build.Runner {
		return &build.Runner{Project: p, Out: out, Force: force, Options: build.Options{Formats: []string{"md", "html", "pdf"}}}
	}
	b.Run("full", func(b *testing.B) {
		out := b.TempDir()
		for b.Loop() {
			mustRun(b, runner(out, true), specs)
		}
	})
	b.Run("noop", func(b *testing.B) {
		out := b.TempDir()
		mustRun(b, runner(out, false), specs)
		for b.Loop() {
			mustRun(b, runner(out, false), specs)
		}
	})
}

func draft(b *testing.B) *generator.Draft {
	p := project(b)
	d, err := p.Draft(largest)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// writeCorpus writes n generated specs into a temporary folder and returns their paths.
func writeCorpus(tb testing.TB, p *build.Project, n int) []string {
	dir := tb.TempDir()
	g := &corpus.Generator{Library: p.Library, Guarantors: corpus.Guarantors(p.Loader.Parties), Seed: 1}
	var specs []string
	for _, f := range g.Generate(n) {
		path := filepath.Join(dir, f.Name)
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			tb.Fatal(err)
		}
		specs = append(specs, path)
	}
	return specs
}

func mustRun(tb testing.TB, r *build.Runner, specs []string) []*build.Result {
	tb.Helper()
	results, err := r.Run(context.Background(), specs)
	if err != nil {
		tb.Fatal(err)
	}
	for _, res := range results {
		if res.Status == build.Failed {
			tb.Fatalf("%s: %v", res.Spec, res.Err)
		}
	}
	return results
}
