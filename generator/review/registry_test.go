package review_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/review"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md")

// The registry is valid: unique IDs and names, docs and a check for every rule.
func TestValidate(t *testing.T) {
	for _, err := range review.Validate() {
		t.Error(err)
	}
	if n := len(review.Rules()); n < 30 {
		t.Errorf("only %d rules", n)
	}
}

// Every weakness of weaknesses.md §6 is covered by at least one rule.
func TestDomainCoverage(t *testing.T) {
	covered := map[int]bool{}
	for _, r := range review.Rules() {
		for _, w := range r.Weakness {
			covered[w] = true
		}
	}
	for w := 1; w <= 24; w++ {
		if !covered[w] {
			t.Errorf("weakness %d of weaknesses.md §6 has no rule", w)
		}
	}
}

// Lookup accepts IDs and names.
func TestLookup(t *testing.T) {
	for _, key := range []string{"G901", "budapest-pattern"} {
		if r := review.Lookup(key); r == nil || r.ID != "G901" {
			t.Errorf("Lookup(%q) = %v", key, r)
		}
	}
	if review.Lookup("G000") != nil {
		t.Error("Lookup found a rule that does not exist")
	}
}

// docs/rules.md is generated from the rule values; it fails when stale.
func TestRulesDoc(t *testing.T) {
	var b bytes.Buffer
	if err := review.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	const path = "../../docs/rules.md"
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, b.Bytes()) {
		t.Errorf("docs/rules.md is stale (%v); run go test ./generator/review -run TestRulesDoc -update", err)
	}
}
