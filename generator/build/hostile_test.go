package build_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// hostileSpec writes a spec whose one custom clause has text (the same in both languages).
func hostileSpec(t *testing.T, dir, text string) string {
	t.Helper()
	indented := "          " + strings.ReplaceAll(text, "\n", "\n          ")
	src := `title: {en: Test Treaty, uk: Тестовий договір}
form: treaty
languages: [en, uk]
parties: {beneficiary: UA, guarantors: [FR]}
scope: peace
date: 2026-11-22
place: {en: Kyiv, uk: {nom: Київ, loc: Києві}}
clauses:
  - custom:
      id: custom/hostile
      section: operative
      title: {en: Hostile, uk: Ворожий}
      text:
        en: |
` + indented + `
        uk: |
` + indented + "\n"
	path := filepath.Join(dir, "hostile.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A build given Ctrl-C stops at once, even inside a template that would run for hours, and
// writes nothing for the draft it stopped.
func TestCancelStopsTemplates(t *testing.T) {
	old, steps := tmpl.TimeBudget, tmpl.MaxSteps
	tmpl.TimeBudget, tmpl.MaxSteps = time.Hour, 1<<62
	t.Cleanup(func() { tmpl.TimeBudget, tmpl.MaxSteps = old, steps })
	p := loadFrom(t, "../../clauses")
	spec := hostileSpec(t, t.TempDir(), "{{ range 1000000000000 }}{{ end }}x")
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := (&build.Runner{Project: p, Out: out}).Run(ctx, []string{spec})
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != context.Canceled {
			t.Errorf("want context.Canceled, got %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the build did not stop within 30 s of its cancellation")
	}
	if _, err := os.Stat(filepath.Join(out, "hostile")); !os.IsNotExist(err) {
		t.Errorf("the stopped draft has a folder: %v", err)
	}
}

// A named pipe called *.yaml or a link to /dev/zero among the specs fails that spec at once;
// a spec nested 60,000 deep fails at its position without taking the memory.
func TestHostileSpecFiles(t *testing.T) {
	p := loadFrom(t, "../../clauses")
	dir := t.TempDir()
	fifo := filepath.Join(dir, "a-pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "b-zero.yaml")); err != nil {
		t.Fatal(err)
	}
	deep := "title: {en: T, uk: Т}\nform: treaty\nclauses:\n  - use: " + strings.Repeat("[", 60_000) + "\n"
	os.WriteFile(filepath.Join(dir, "c-deep.yaml"), []byte(deep), 0o644)
	specs, err := build.SpecFiles([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	results, err := (&build.Runner{Project: p, Out: t.TempDir()}).Run(context.Background(), specs)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a-pipe.yaml: cannot read spec: not a regular file but a named pipe",
		"b-zero.yaml: cannot read spec: not a regular file but a device",
		"c-deep.yaml:4:71: nested more than 64 deep"}
	for i, r := range results {
		if r.Status != build.Failed || !strings.Contains(r.Error, want[i]) {
			t.Errorf("%s: %s %q, want failed with %q", r.Spec, r.Status, r.Error, want[i])
		}
	}
}

// Custom text that would call a third party, or take Markdown quadratic time, fails the draft
// with the position of the text in the spec.
func TestHostileCustomText(t *testing.T) {
	p := loadFrom(t, "../../clauses")
	for text, want := range map[string]string{
		"Fine.\n![p](https://tracker.example/p.png)": "hostile.yaml:16:11: an image",
		strings.Repeat("[a](", 40_000):               "hostile.yaml:15:11: the text has 80000 square brackets",
		"{{ range 60000 }}word\n{{ end }}":           "hostile.yaml:15:11: template: the draft's text exceeds 256 KiB",
	} {
		spec := hostileSpec(t, t.TempDir(), text)
		results, err := (&build.Runner{Project: p, Out: t.TempDir()}).Run(context.Background(), []string{spec})
		if err != nil {
			t.Fatal(err)
		}
		if r := results[0]; r.Status != build.Failed || !strings.Contains(r.Error, want) {
			t.Errorf("%.30q: %s %q, want failed with %q", text, r.Status, r.Error, want)
		}
	}
}

// A symbolic link placed at out/<name>, or at the lock file, would make the build write where
// it points: the build refuses, and the place it points to is left as it was.
func TestSymlinksInOutputAreRefused(t *testing.T) {
	p := loadFrom(t, "../../clauses")
	spec := hostileSpec(t, t.TempDir(), "Fine.")
	elsewhere := t.TempDir()
	victim := filepath.Join(elsewhere, "precious.txt")
	os.WriteFile(victim, []byte("keep me"), 0o644)

	out := t.TempDir()
	os.Symlink(elsewhere, filepath.Join(out, "hostile"))
	results, err := (&build.Runner{Project: p, Out: out}).Run(context.Background(), []string{spec})
	if err != nil {
		t.Fatal(err)
	}
	if r := results[0]; r.Status != build.Failed || !strings.Contains(r.Error, "is a symbolic link") {
		t.Errorf("out/<name> a link: %s %q, want failed", r.Status, r.Error)
	}
	if entries, _ := os.ReadDir(elsewhere); len(entries) != 1 {
		t.Errorf("the build wrote where the link points: %d entries", len(entries))
	}

	out = t.TempDir()
	target := filepath.Join(elsewhere, "created-by-lock")
	os.Symlink(target, filepath.Join(out, build.LockName))
	if _, err := (&build.Runner{Project: p, Out: out}).Run(context.Background(), []string{spec}); err == nil ||
		!strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a linked lock file: want an error, got %v", err)
	}
	if _, err := os.Lstat(target); !os.IsNotExist(err) {
		t.Error("the lock file's link target was created")
	}

	out = t.TempDir()
	os.MkdirAll(filepath.Join(out, "hostile"), 0o755)
	os.Symlink("/dev/zero", filepath.Join(out, "hostile", build.ManifestName))
	fifo := filepath.Join(out, "hostile", "en.md")
	syscall.Mkfifo(fifo, 0o644)
	results, err = (&build.Runner{Project: p, Out: out}).Run(context.Background(), []string{spec})
	if err != nil {
		t.Fatal(err)
	}
	if r := results[0]; r.Status != build.Failed || !strings.Contains(r.Error, "manifest.json") {
		t.Errorf("a manifest linked to /dev/zero: %s %q, want failed", r.Status, r.Error)
	}
}
