package library_test

import (
	"os"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/library"
)

// The repository's own library must load without a single problem.
func TestRepositoryLibraryLoads(t *testing.T) {
	lib, err := library.Load(os.DirFS("../../clauses"), "clauses")
	if err != nil {
		t.Fatalf("the clause library does not load:\n%v", err)
	}
	if n := len(lib.Clauses()); n < 10 {
		t.Errorf("library has %d clauses, want at least 10", n)
	}
}
