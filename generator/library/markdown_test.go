package library_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/library"
)

var update = flag.Bool("update", false, "rewrite docs/clauses.md")

// docs/clauses.md is generated from the clause library; it fails when stale.
func TestClausesDoc(t *testing.T) {
	lib, err := library.Load(os.DirFS("../../clauses"), "clauses")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := lib.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	for _, c := range lib.Clauses() {
		if !strings.Contains(b.String(), "### `"+c.ID+"`") {
			t.Errorf("the catalogue lacks %s", c.ID)
		}
	}
	const path = "../../docs/clauses.md"
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, b.Bytes()) {
		t.Errorf("docs/clauses.md is stale (%v); run go test ./generator/library -run TestClausesDoc -update", err)
	}
}
