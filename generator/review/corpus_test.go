package review_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// unscored are the rules the corpus does not score: structural hygiene, whose verdicts follow
// from which final clauses a paraphrase kept, not from reading what the provisions say.
var unscored = []string{"G505", "G506", "G507", "G508", "G509", "G701", "G407", "G902", "G903", "G904"}

// labels are a corpus spec's header: what a lawyer's reading expects, and what it leaves open.
type labels struct {
	expect, ignore []string
	set            string // "blind": written after the reader was tuned; "" for the rest
}

func readLabels(t *testing.T, path string) labels {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var l labels
	seen := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		if rest, ok := strings.CutPrefix(line, "# expect:"); ok {
			l.expect, seen = append(l.expect, strings.Fields(rest)...), true
		}
		if rest, ok := strings.CutPrefix(line, "# set:"); ok && len(strings.Fields(rest)) > 0 {
			l.set = strings.Fields(rest)[0]
		}
		if rest, ok := strings.CutPrefix(line, "# ignore:"); ok {
			l.ignore = append(l.ignore, strings.Fields(rest)...)
		}
	}
	if !seen {
		t.Fatalf("%s: no # expect: line", path)
	}
	for _, id := range append(slices.Clone(l.expect), l.ignore...) {
		if review.Lookup(id) == nil {
			t.Fatalf("%s: %s is not a rule", path, id)
		}
	}
	return l
}

// score compares the rules that fired with a spec's labels.
func score(got []string, l labels) (tp, fp, fn []string) {
	for _, id := range got {
		switch {
		case slices.Contains(unscored, id) || slices.Contains(l.ignore, id):
		case slices.Contains(l.expect, id):
			tp = append(tp, id)
		default:
			fp = append(fp, id)
		}
	}
	for _, id := range l.expect {
		if !slices.Contains(got, id) {
			fn = append(fn, id)
		}
	}
	return tp, fp, fn
}

// The labelled corpus of paraphrased instruments: the reviewer must find what a lawyer finds
// (recall) without false alarms (precision). The floors are the figures reached; a change that
// lowers them fails.
func TestCorpus(t *testing.T) {
	_, p := projects(t)
	files, err := filepath.Glob("testdata/corpus/*.yaml")
	if err != nil || len(files) < 15 {
		t.Fatalf("corpus too small (%d specs): %v", len(files), err)
	}
	sets := map[string]*tally{}
	for _, path := range files {
		l := readLabels(t, path)
		tp, fp, fn := score(fired(reviewFile(t, p, path)), l)
		for _, set := range []string{"all", l.set} {
			if set == "" {
				continue
			}
			if sets[set] == nil {
				sets[set] = &tally{}
			}
			sets[set].add(len(tp), len(fp), len(fn))
		}
		if len(fp)+len(fn) > 0 {
			t.Logf("%s: false alarms %v, missed %v", filepath.Base(path), fp, fn)
		}
	}
	for _, set := range []string{"all", "blind"} {
		if s := sets[set]; s != nil {
			t.Logf("%s: %s", set, s)
		}
	}
	all := sets["all"]
	if all.precision() < minPrecision || all.recall() < minRecall {
		t.Errorf("precision %.2f (floor %.2f), recall %.2f (floor %.2f)", all.precision(), minPrecision, all.recall(), minRecall)
	}
}

// tally counts findings over a set of specs.
type tally struct{ specs, tp, fp, fn int }

func (t *tally) add(tp, fp, fn int) { t.specs, t.tp, t.fp, t.fn = t.specs+1, t.tp+tp, t.fp+fp, t.fn+fn }

func (t *tally) precision() float64 { return float64(t.tp) / float64(max(1, t.tp+t.fp)) }

func (t *tally) recall() float64 { return float64(t.tp) / float64(max(1, t.tp+t.fn)) }

func (t *tally) String() string {
	return fmt.Sprintf("%d specs, %d found, %d false alarms, %d missed: precision %.2f, recall %.2f",
		t.specs, t.tp, t.fp, t.fn, t.precision(), t.recall())
}

// The floors TestCorpus holds the reviewer to.
const (
	minPrecision = 0.95
	minRecall    = 0.95
)
