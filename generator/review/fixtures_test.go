package review_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// expectation is what a fixture's header comments ask for: rules that must fire (want), rules
// that must stay silent (not), or the exact set of rules that fire (only).
type expectation struct {
	want, not, only []string
	exact           bool
}

func readExpectation(t *testing.T, path string) expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var e expectation
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		for key, dst := range map[string]*[]string{"# want:": &e.want, "# not:": &e.not, "# only:": &e.only} {
			if rest, ok := strings.CutPrefix(line, key); ok {
				*dst = append(*dst, strings.Fields(rest)...)
				e.exact = e.exact || key == "# only:"
			}
		}
	}
	if len(e.want)+len(e.not)+len(e.only) == 0 {
		t.Fatalf("%s: no # want:, # not: or # only: line", path)
	}
	return e
}

func fired(r *review.Report) []string {
	var ids []string
	for _, f := range r.Findings {
		if !f.Suppressed {
			ids = append(ids, f.Rule.ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func fixtureFiles(t *testing.T) []string {
	files, err := filepath.Glob("testdata/fixtures/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return files
}

// Each fixture fires the rules its header wants and none it rules out.
func TestFixtures(t *testing.T) {
	_, p := projects(t)
	for _, path := range fixtureFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			e := readExpectation(t, path)
			got := fired(reviewFile(t, p, path))
			if e.exact {
				if !slices.Equal(got, sortedCopy(e.only)) {
					t.Errorf("fired %v, want exactly %v", got, sortedCopy(e.only))
				}
				return
			}
			for _, id := range e.want {
				if !slices.Contains(got, id) {
					t.Errorf("%s did not fire; fired: %v", id, got)
				}
			}
			for _, id := range e.not {
				if slices.Contains(got, id) {
					t.Errorf("%s fired but must stay silent; fired: %v", id, got)
				}
			}
		})
	}
}

// Every rule has a fixture where it fires and one where it must stay silent.
func TestEveryRuleHasFixtures(t *testing.T) {
	fires, silent := map[string]bool{}, map[string]bool{}
	for _, path := range fixtureFiles(t) {
		e := readExpectation(t, path)
		for _, id := range append(e.want, e.only...) {
			fires[id] = true
		}
		for _, id := range e.not {
			silent[id] = true
		}
		if e.exact {
			for _, r := range review.Rules() {
				if !slices.Contains(e.only, r.ID) {
					silent[r.ID] = true
				}
			}
		}
	}
	for _, r := range review.Rules() {
		if !fires[r.ID] {
			t.Errorf("%s %s: no fixture wants it to fire", r.ID, r.Name)
		}
		if !silent[r.ID] {
			t.Errorf("%s %s: no fixture requires it to stay silent", r.ID, r.Name)
		}
	}
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}
