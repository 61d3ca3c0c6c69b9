package explore

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

var update = flag.Bool("update", false, "rewrite the golden outputs in testdata")

// TestMemoSameDrafts assembles a sample of combinations of each example in both languages
// twice: straight, and with a kit that remembers texts across them (two workers, in reverse
// order, so that texts are replayed into drafts other than the one that made them). The
// drafts, their reviews and their scores must be the same.
func TestMemoSameDrafts(t *testing.T) {
	for _, spec := range []string{"layered-treaty.yaml", "budapest-1994.yaml", "coalition-mou-15y.yaml"} {
		t.Run(spec, func(t *testing.T) {
			p, base := setup(t, spec)
			all := Enumerate(base, p.Library)
			var sample []*Combo
			for i := len(all) - 1; i >= 0; i -= 23 * raceStride {
				sample = append(sample, all[i])
			}
			memo, rmemo := p.Kit.WithMemo(), review.NewMemo()
			got := make([]*generator.Draft, len(sample))
			var wg sync.WaitGroup
			for w := range 2 {
				wg.Go(func() {
					for i := w; i < len(sample); i += 2 {
						d, err := memo.Assemble(Instrument(base, p.Library, sample[i]))
						if err != nil {
							t.Error(err)
						}
						got[i] = d
					}
				})
			}
			wg.Wait()
			for i, c := range sample {
				want, err := p.Kit.Assemble(Instrument(base, p.Library, c))
				if err != nil || got[i] == nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(want.Docs, got[i].Docs) || !reflect.DeepEqual(want.Articles, got[i].Articles) {
					t.Fatalf("#%d %s: the draft differs with the memo", c.ID, c.Label())
				}
				if w, g := review.Review(want), rmemo.Review(got[i]); !reflect.DeepEqual(w.Profile, g.Profile) ||
					!reflect.DeepEqual(messages(w), messages(g)) {
					t.Fatalf("#%d %s: the review differs with the memo", c.ID, c.Label())
				}
			}
			fast := RunCombos(base, p.Library, p.Kit, sample)
			for i, c := range sample {
				if want := evaluate(base, p.Library, p.Kit, review.Review, c); !reflect.DeepEqual(want.Score, fast[i].Score) {
					t.Errorf("#%d %s: score %+v, straight %+v", c.ID, c.Label(), fast[i].Score, want.Score)
				}
			}
		})
	}
}

// TestGolden runs every combination of two examples and compares the table and the plot with
// testdata/<spec>/ (regenerate with -update after a change to the model or the library).
func TestGolden(t *testing.T) {
	for _, spec := range []string{"layered-treaty.yaml", "coalition-mou-15y.yaml"} {
		t.Run(spec, func(t *testing.T) {
			p, base := setup(t, spec)
			files, err := Files(spec, Run(base, p.Library, p.Kit))
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join("testdata", spec[:len(spec)-len(".yaml")])
			for _, name := range []string{"combinations.csv", "frontier.svg"} {
				path := filepath.Join(dir, name)
				if *update {
					os.MkdirAll(dir, 0o755)
					if err := os.WriteFile(path, files[name], 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(want, files[name]) {
					t.Errorf("%s differs from the golden file (go test -run TestGolden -update)", path)
				}
			}
		})
	}
}

// messages lists a report's findings as they print.
func messages(r *review.Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%s %s %v %s %s", f.Rule.ID, f.Severity, f.Suppressed, f.Pos, f.Message))
	}
	return out
}

// A remembered text whose reference has left the next draft is not replayed: the template runs
// again and fails as it does without the memo.
func TestMemoReferenceGone(t *testing.T) {
	p, in := setup(t, "layered-treaty.yaml")
	memo := p.Kit.WithMemo()
	if _, err := memo.Assemble(in); err != nil {
		t.Fatal(err)
	}
	gone := *in
	gone.Uses = nil
	for _, u := range in.Uses {
		if u.Clause.ID != "definitions/verified-breach" {
			gone.Uses = append(gone.Uses, u)
		}
	}
	if len(gone.Uses) == len(in.Uses) {
		t.Fatal("the example no longer uses definitions/verified-breach")
	}
	_, want := p.Kit.Assemble(&gone)
	_, got := memo.Assemble(&gone)
	if want == nil || got == nil || want.Error() != got.Error() {
		t.Errorf("with the memo: %v\nwithout: %v", got, want)
	}
	if want != nil && !strings.Contains(want.Error(), `ref "definitions/verified-breach"`) {
		t.Errorf("unexpected error: %v", want)
	}
}
