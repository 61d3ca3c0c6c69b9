package assemble

import "testing"

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
