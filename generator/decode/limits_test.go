package decode

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

// Nesting 60,000 deep fails at once, placed, before the parser takes memory.
func TestDeepNestingIsRefused(t *testing.T) {
	n := 60_000
	indented := &strings.Builder{}
	for i := range 200 {
		indented.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	for name, tt := range map[string]struct {
		src  string
		line int
	}{
		"flow":     {"title: x\nwith: {p: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "}\n", 2},
		"mapping":  {"a: " + strings.Repeat("{a: ", n) + "1" + strings.Repeat("}", n) + "\n", 1},
		"items":    {"a:\n" + strings.Repeat("- ", n) + "x\n", 2},
		"indented": {indented.String(), 65},
		"lines":    {"a: [\n" + strings.Repeat("[\n", n) + "]\n", 64},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := Parse("spec.yaml", []byte(tt.src), 0)
		runtime.ReadMemStats(&after)
		if err == nil || !strings.Contains(err.Error(), "nested more than 64 deep") {
			t.Errorf("%s: want a nesting error, got %v", name, err)
			continue
		}
		if prefix := "spec.yaml:" + strconv.Itoa(tt.line) + ":"; !strings.HasPrefix(err.Error(), prefix) {
			t.Errorf("%s: want the error at %s, got %v", name, prefix, err)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 20<<20 {
			t.Errorf("%s: allocated %d MiB", name, grew>>20)
		}
	}
}

// Ordinary documents pass: brackets in block scalars, plain and quoted strings do not count.
func TestNestingScanIgnoresText(t *testing.T) {
	md := strings.Repeat("[a]( [[[ {{{ - - - > > >\n    ", 100)
	src := "text:\n  en: |\n    " + md + "\n  uk: >-\n    " + md + "\ntitle: a [[[[ " + strings.Repeat("[", 100) +
		"\nq: \"" + strings.Repeat("[", 100) + "\"\nr: '" + strings.Repeat("{", 100) + "'\nlist: [\"[[[[\", 'it''s [', {a: b}]\n" +
		"# " + strings.Repeat("[", 100) + "\nmore: [a, # " + strings.Repeat("[", 100) + "\n  b]\n"
	if _, err := Parse("spec.yaml", []byte(src), 0); err != nil {
		t.Fatal(err)
	}
	if line, col := tooDeep([]byte(src)); line != 0 {
		t.Fatalf("flagged at %d:%d", line, col)
	}
}

// A few aliases of aliases that stand for millions of values are refused.
func TestAliasBombIsRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		b.WriteString("a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [" + strings.Repeat("*a"+strconv.Itoa(i-1)+", ", 10) + "]\n")
	}
	_, err := Parse("spec.yaml", []byte(b.String()), 0)
	if err == nil || !strings.Contains(err.Error(), "aliases expand the document to more than 100000 values") {
		t.Fatalf("want the alias limit, got %v", err)
	}
	if _, err := Parse("spec.yaml", []byte("a: &a [x, y]\nb: *a\nc: *a\n"), 0); err != nil {
		t.Errorf("a few aliases: %v", err)
	}
}

func TestLargeInputIsRefused(t *testing.T) {
	big := []byte("a: " + strings.Repeat("x", MaxInput) + "\n")
	if _, err := Parse("spec.yaml", big, 0); err == nil || !strings.Contains(err.Error(), "spec.yaml: file is larger than 1 MiB, the limit on an input file") {
		t.Errorf("Parse: want the size limit, got %v", err)
	}
	fsys := fstest.MapFS{"big.yaml": {Data: big}, "ok.yaml": {Data: []byte("a: 1\n")}}
	if _, err := ReadFile(fsys, "big.yaml"); err != ErrTooLarge {
		t.Errorf("ReadFile: want the size limit, got %v", err)
	}
	if src, err := ReadFile(fsys, "ok.yaml"); err != nil || string(src) != "a: 1\n" {
		t.Errorf("ReadFile: %q, %v", src, err)
	}
}

// A named pipe would block the build forever and /dev/zero would fill the memory: inputs are
// read only if they are regular files, also through a symbolic link.
func TestOnlyRegularFilesAreRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "spec.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	zero := filepath.Join(dir, "zero.yaml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, zero} {
		if _, err := ReadPath(p); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("ReadPath(%s): want 'not a regular file', got %v", p, err)
		}
		if _, err := ReadFile(os.DirFS(dir), filepath.Base(p)); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("ReadFile(%s): want 'not a regular file', got %v", p, err)
		}
	}
	link := filepath.Join(dir, "link.yaml")
	os.WriteFile(filepath.Join(dir, "real.yaml"), []byte("a: 1\n"), 0o644)
	os.Symlink("real.yaml", link)
	if src, err := ReadPath(link); err != nil || string(src) != "a: 1\n" {
		t.Errorf("a link to a regular file: %q, %v", src, err)
	}
}
