package build_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	_ "time/tzdata"

	"github.com/guarantor-dev/guarantor/generator/build"
)

var allFormats = build.Options{Formats: []string{"md", "html", "pdf"}}

// copyLibrary copies the repository's clauses into a temporary folder the test may change, and
// loads a project from it.
func copyLibrary(t *testing.T) (*build.Project, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "clauses")
	if err := os.CopyFS(dir, os.DirFS("../../clauses")); err != nil {
		t.Fatal(err)
	}
	return loadFrom(t, dir), dir
}

func loadFrom(t testing.TB, clauses string) *build.Project {
	t.Helper()
	p, err := build.Load(build.Source{FS: os.DirFS(clauses), Display: "clauses"},
		build.Source{FS: os.DirFS("../../templates"), Display: "templates"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func statuses(results []*build.Result) map[string]build.Status {
	out := map[string]build.Status{}
	for _, r := range results {
		out[filepath.Base(r.Spec)] = r.Status
	}
	return out
}

// snapshot reads every file under dir, by path relative to dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			files[rel], _ = os.ReadFile(path)
		}
		return nil
	})
	return files
}

// A rebuild with nothing changed writes nothing; after one clause changes, exactly the drafts
// that use it are rebuilt, and --check finds exactly those before the rebuild.
func TestIncrementalRebuild(t *testing.T) {
	p, clauses := copyLibrary(t)
	specs := writeCorpus(t, p, 16)
	out := t.TempDir()
	for _, s := range statuses(mustRun(t, &build.Runner{Project: p, Out: out, Options: allFormats}, specs)) {
		if s != build.Built {
			t.Fatalf("first build: status %s, want built", s)
		}
	}
	before := snapshot(t, out)
	for spec, s := range statuses(mustRun(t, &build.Runner{Project: p, Out: out, Options: allFormats}, specs)) {
		if s != build.Unchanged {
			t.Errorf("no-op rebuild: %s is %s", spec, s)
		}
	}

	// Change the clause that the fewest (but some) drafts use.
	target := "defence/art5-style.md"
	path := filepath.Join(clauses, target)
	src, _ := os.ReadFile(path)
	src = bytes.Replace(src, []byte("including the use of armed force"), []byte("including the use of armed force and other means"), 1)
	src = bytes.Replace(src, []byte("включно із застосуванням збройної сили"), []byte("включно із застосуванням збройної сили та інших засобів"), 1)
	os.WriteFile(path, src, 0o644)
	p = loadFrom(t, clauses)
	users := map[string]bool{}
	for _, spec := range specs {
		in, err := p.Instrument(spec)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range in.Uses {
			if u.Clause.ID == "defence/art5-style" {
				users[filepath.Base(spec)] = true
			}
		}
	}
	if len(users) == 0 || len(users) == len(specs) {
		t.Fatalf("the corpus should have some, not all, drafts using the clause (%d of %d)", len(users), len(specs))
	}
	check := mustRun(t, &build.Runner{Project: p, Out: out, Options: allFormats, Check: true}, specs)
	for spec, s := range statuses(check) {
		if want := map[bool]build.Status{true: build.Stale, false: build.Unchanged}[users[spec]]; s != want {
			t.Errorf("--check after the change: %s is %s, want %s", spec, s, want)
		}
	}
	if after := snapshot(t, out); !sameFiles(before, after) {
		t.Error("--check wrote to the output folder")
	}
	for spec, s := range statuses(mustRun(t, &build.Runner{Project: p, Out: out, Options: allFormats}, specs)) {
		if want := map[bool]build.Status{true: build.Built, false: build.Unchanged}[users[spec]]; s != want {
			t.Errorf("rebuild after the change: %s is %s, want %s", spec, s, want)
		}
	}
	after := snapshot(t, out)
	for name, data := range after {
		draft := strings.Split(name, string(filepath.Separator))[0] + ".yaml"
		if changed := !bytes.Equal(before[name], data); changed != users[draft] && strings.HasSuffix(name, ".md") {
			t.Errorf("%s changed=%t, but the draft uses the clause: %t", name, changed, users[draft])
		}
	}
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !bytes.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

// A spec removed from a folder being built has its output folder pruned; nothing else is
// touched: not folders without a manifest, not drafts of specs from other folders, not files
// a manifest names outside its folder.
func TestPrune(t *testing.T) {
	p := project(t)
	specs := writeCorpus(t, p, 3)
	out := t.TempDir()
	mustRun(t, &build.Runner{Project: p, Out: out}, specs)
	mine := filepath.Join(out, "notes")
	os.MkdirAll(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "en.md"), []byte("my notes"), 0o644)
	outside := filepath.Join(t.TempDir(), "precious.txt")
	os.WriteFile(outside, []byte("keep"), 0o644)
	evil := filepath.Join(out, "evil")
	os.MkdirAll(evil, 0o755)
	rel, _ := filepath.Rel(evil, outside)
	os.WriteFile(filepath.Join(evil, "manifest.json"), []byte(`{"tool":"guarantor","spec":"`+filepath.ToSlash(filepath.Join(filepath.Dir(specs[0]), "gone.yaml"))+`","outputs":{"`+filepath.ToSlash(rel)+`":"x"}}`), 0o644)

	os.Remove(specs[2])
	results := mustRun(t, &build.Runner{Project: p, Out: out, Folders: []string{filepath.Dir(specs[0])}}, specs[:2])
	gone := strings.TrimSuffix(filepath.Base(specs[2]), ".yaml")
	var pruned []string
	for _, r := range results {
		if r.Status == build.Pruned {
			pruned = append(pruned, r.Name)
		}
	}
	slices.Sort(pruned)
	if want := []string{gone, "evil"}; !slices.Equal(pruned, want) {
		t.Errorf("pruned %v, want %v", pruned, want)
	}
	if _, err := os.Stat(filepath.Join(out, gone)); !os.IsNotExist(err) {
		t.Errorf("the removed spec's folder is still there: %v", err)
	}
	if data, err := os.ReadFile(outside); err != nil || string(data) != "keep" {
		t.Error("pruning removed a file outside the output folder")
	}
	if _, err := os.Stat(filepath.Join(mine, "en.md")); err != nil {
		t.Error("pruning removed a folder guarantor did not write")
	}
	// A spec from another folder, or one not being built now, is left alone.
	other := mustRun(t, &build.Runner{Project: p, Out: out, Folders: []string{t.TempDir()}}, specs[:1])
	if len(other) != 1 || other[0].Status != build.Unchanged {
		t.Errorf("building one spec pruned or rebuilt others: %+v", statuses(other))
	}
	if _, err := os.Stat(filepath.Join(out, strings.TrimSuffix(filepath.Base(specs[1]), ".yaml"))); err != nil {
		t.Error("a spec that still exists lost its folder")
	}
}

// A spec with an error fails alone: the others are built, and its previous output stays.
func TestFailedSpecDoesNotStopOthers(t *testing.T) {
	p := project(t)
	specs := writeCorpus(t, p, 4)
	out := t.TempDir()
	mustRun(t, &build.Runner{Project: p, Out: out}, specs)
	os.WriteFile(specs[1], []byte("title: {en: Broken}\nform: treaty\nclauses: [{use: defence/art5}]\n"), 0o644)
	results, err := (&build.Runner{Project: p, Out: out, Force: true, Folders: []string{filepath.Dir(specs[0])}}).Run(context.Background(), specs)
	if err != nil {
		t.Fatal(err)
	}
	got := statuses(results)
	for i, spec := range specs {
		want := build.Built
		if i == 1 {
			want = build.Failed
		}
		if got[filepath.Base(spec)] != want {
			t.Errorf("%s: %s, want %s", filepath.Base(spec), got[filepath.Base(spec)], want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, strings.TrimSuffix(filepath.Base(specs[1]), ".yaml"), build.ManifestName)); err != nil {
		t.Errorf("the failed spec's previous draft is gone: %v", err)
	}
	if len(results) != len(specs) {
		t.Errorf("%d results for %d specs: the failed spec's folder was pruned?", len(results), len(specs))
	}
}

// Two builds with another number of workers give the same bytes. (The time zone is tested by
// the CLI script timezone.txtar, in processes of their own: no test changes time.Local.)
func TestCorpusReproducible(t *testing.T) {
	p := project(t)
	specs := writeCorpus(t, p, 6)
	a, b := t.TempDir(), t.TempDir()
	mustRun(t, &build.Runner{Project: p, Out: a, Options: allFormats, Jobs: 1}, specs)
	mustRun(t, &build.Runner{Project: p, Out: b, Options: allFormats, Jobs: 4}, specs)
	sa, sb := snapshot(t, a), snapshot(t, b)
	for name := range sa {
		if !bytes.Equal(sa[name], sb[name]) && !strings.HasSuffix(name, build.LockName) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// While one build writes into a folder, another build into the same folder fails at once with a
// clear error instead of interleaving its writes.
func TestConcurrentBuildsLock(t *testing.T) {
	p := project(t)
	specs := writeCorpus(t, p, 2)
	out := t.TempDir()
	var second error
	first := &build.Runner{Project: p, Out: out, Jobs: 1, Done: func(*build.Result, int, int) {
		if second == nil {
			_, second = (&build.Runner{Project: p, Out: out}).Run(context.Background(), specs)
		}
	}}
	mustRun(t, first, specs)
	if second == nil || !strings.Contains(second.Error(), "another guarantor build") {
		t.Errorf("second build: %v, want a lock error", second)
	}
}
