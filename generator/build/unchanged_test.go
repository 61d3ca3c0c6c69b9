package build_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

// A no-op rebuild tells that a draft is unchanged from the spec's bytes and its manifest,
// without decoding the spec: a loader that could not decode any spec does not stop it. Any
// change that a full load would see still makes the draft load and rebuild: other languages
// asked for, the spec's bytes, a spec that names its draft itself.
func TestUnchangedWithoutDecoding(t *testing.T) {
	p := project(t)
	specs := writeCorpus(t, p, 4)
	named := filepath.Join(filepath.Dir(specs[0]), "named.yaml")
	src, err := os.ReadFile(specs[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(named, []byte(strings.Replace(string(src), "title:", "name: other-name\ntitle:", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	specs = append(specs, named)
	out := t.TempDir()
	run := func(loader *spec.Loader, opt build.Options) map[string]build.Status {
		t.Helper()
		q := *p
		q.Loader = loader
		r := &build.Runner{Project: &q, Out: out, Options: opt}
		results, err := r.Run(t.Context(), specs)
		if err != nil {
			t.Fatal(err)
		}
		return statuses(results)
	}
	md := build.Options{Formats: []string{"md"}}
	if got := run(p.Loader, md); got["named.yaml"] != build.Built {
		t.Fatalf("first build: %v", got)
	}
	broken := &spec.Loader{Library: p.Library, Parties: nil} // decodes no spec with parties
	got := run(broken, md)
	for _, s := range specs[:4] {
		if got[filepath.Base(s)] != build.Unchanged {
			t.Errorf("%s: %s, want unchanged without decoding", filepath.Base(s), got[filepath.Base(s)])
		}
	}
	if got["named.yaml"] != build.Failed {
		t.Errorf("a spec that names its draft is loaded to tell: %s, want failed with the broken loader", got["named.yaml"])
	}
	if got := run(p.Loader, build.Options{Formats: []string{"md"}, Langs: []generator.Lang{generator.English}}); got[filepath.Base(specs[1])] != build.Built {
		t.Errorf("--lang en after every language: %v", got)
	}
	if got := run(p.Loader, md); got[filepath.Base(specs[1])] != build.Built {
		t.Errorf("every language after --lang en: %v", got)
	}
	if err := os.WriteFile(specs[2], append(src, []byte("\n# a comment\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := run(broken, md); got[filepath.Base(specs[2])] != build.Failed {
		t.Errorf("a spec whose bytes changed is loaded: %v", got)
	}
}
