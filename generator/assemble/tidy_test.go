package assemble

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestTidy(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\nb\n\n\n\nc  \n", "a b\n\nc"},
		{"within fourteen\n(14) days", "within fourteen (14) days"},
		{"including:\n\n(a) land;\n(b) air", "including:\n\n(a) land;\n(b) air"},
		{"такого:\nа) перше;\nб) друге", "такого:\nа) перше;\nб) друге"},
		{"# Title\nnext", "# Title\nnext"},
		{"1. one\n2. two", "1. one\n2. two"},
	}
	for _, tt := range tests {
		if got := tidy(tt.in); got != tt.want {
			t.Errorf("tidy(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// tidyQuadratic is tidy as it was, joining with +=: the reference the linear tidy must match.
func tidyQuadratic(s string) string {
	var out []string
	blank := true
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		switch {
		case line == "":
			if !blank {
				out = append(out, "")
			}
			blank = true
		case !blank && continues(out[len(out)-1], line):
			out[len(out)-1] += " " + strings.TrimLeft(line, " \t")
		default:
			out = append(out, line)
			blank = false
		}
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

func TestTidyMatchesReference(t *testing.T) {
	pieces := []string{"a", "", " ", "  b", "# h", "- x", "(a) y", "| c |", "x\\", "  | d", "1. one", "\t", "> q"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		lines := make([]string, r.IntN(8))
		for i := range lines {
			lines[i] = pieces[r.IntN(len(pieces))]
		}
		s := strings.Join(lines, "\n")
		if got, want := tidy(s), tidyQuadratic(s); got != want {
			t.Fatalf("tidy(%q) = %q, want %q", s, got, want)
		}
	}
}

// 100,000 short lines in one paragraph took 14 s when lines were joined with +=.
func BenchmarkTidyLongParagraph(b *testing.B) {
	s := strings.Repeat("word\n", 100_000)
	for b.Loop() {
		tidy(s)
	}
}

// The markers of a text are numbered from 0 for the memo, and the shift puts them back.
func TestRenumber(t *testing.T) {
	m := func(n string) string { return string(refOpen) + n + string(refClose) }
	s, shift := renumber("see " + m("3") + " and " + m("12") + ", not " + m("x"))
	if want := "see " + m("0") + " and " + m("9") + ", not " + m("x"); s != want || shift != 3 {
		t.Errorf("got %q, %d; want %q, 3", s, shift, want)
	}
	if s, shift := renumber("none " + m("0")); s != "none "+m("0") || shift != 0 {
		t.Errorf("got %q, %d", s, shift)
	}
}
