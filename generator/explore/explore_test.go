package explore

import (
	"bytes"
	"encoding/xml"
	"io/fs"
	"os"
	"testing"

	guarantor "github.com/guarantor-dev/guarantor"
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
)

func setup(t testing.TB, spec string) (*build.Project, *generator.Instrument) {
	t.Helper()
	c, _ := fs.Sub(guarantor.Clauses, "clauses")
	tm, _ := fs.Sub(guarantor.Templates, "templates")
	p, err := build.Load(build.Source{FS: c, Display: "clauses"}, build.Source{FS: tm, Display: "templates"})
	if err != nil {
		t.Fatal(err)
	}
	in, err := p.Instrument("../../drafts/" + spec)
	if err != nil {
		t.Fatal(err)
	}
	return p, in
}

func TestExploreLayeredTreaty(t *testing.T) {
	p, in := setup(t, "layered-treaty.yaml")
	all := Enumerate(in, p.Library)
	if len(all) < 500 {
		t.Fatalf("only %d combinations", len(all))
	}
	combos := all // every combination: the run takes a fraction of a second (BenchmarkExplore)
	rs := RunCombos(in, p.Library, p.Kit, combos)
	byLabel := map[string]*Result{}
	for _, r := range rs {
		if r.Err != "" {
			t.Errorf("#%d %s: %s", r.Combo.ID, r.Combo.Label(), r.Err)
		}
		byLabel[r.Combo.Label()] = r
	}
	// The model's direction: a treaty beats the same package as a memorandum on credibility and
	// loses on feasibility; a 20-year term beats 15; leaving out verification costs credibility.
	treaty := byLabel["treaty air-naval:missions, joint-commission, 20y, ceasefire"]
	mou := byLabel["mou air-naval:missions, joint-commission, 20y, ceasefire"]
	short := byLabel["treaty air-naval:missions, joint-commission, 15y, ceasefire"]
	if treaty == nil || mou == nil || short == nil {
		t.Fatal("expected combinations missing")
	}
	if !(treaty.Score.Credibility > mou.Score.Credibility && treaty.Score.Feasibility < mou.Score.Feasibility) {
		t.Errorf("treaty %+v vs mou %+v", treaty.Score, mou.Score)
	}
	if treaty.Score.Credibility <= short.Score.Credibility {
		t.Errorf("20 years %d not above 15 years %d", treaty.Score.Credibility, short.Score.Credibility)
	}
	unverified := byLabel["treaty air-naval:missions, no verification, 20y, ceasefire"]
	if unverified == nil || unverified.Score.Credibility >= treaty.Score.Credibility {
		t.Errorf("no verification should cost credibility: %+v", unverified)
	}
	// Frontier: nothing beats a frontier point on both scales; every other point is beaten.
	for _, a := range rs {
		beaten := false
		for _, b := range rs {
			if b.Score.Credibility >= a.Score.Credibility && b.Score.Feasibility >= a.Score.Feasibility &&
				(b.Score.Credibility > a.Score.Credibility || b.Score.Feasibility > a.Score.Feasibility) {
				beaten = true
			}
		}
		if beaten == a.Frontier {
			t.Errorf("#%d frontier=%v but beaten=%v", a.Combo.ID, a.Frontier, beaten)
		}
	}
	files, err := Files("layered-treaty.yaml", rs)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(files["frontier.svg"], new(struct{})); err != nil {
		t.Errorf("frontier.svg is not well-formed XML: %v", err)
	}
	again, _ := Files("layered-treaty.yaml", RunCombos(in, p.Library, p.Kit, combos))
	for name, b := range files {
		if !bytes.Equal(b, again[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	if d := os.Getenv("EXPLORE_OUT"); d != "" {
		for name, b := range files {
			os.WriteFile(d+"/"+name, b, 0o644)
		}
	}
}

// BenchmarkExplore measures a whole run on the largest example: enumerate, assemble, review
// and score every combination. It reports combinations per second (wall clock, all cores) and
// the CPU time a combination takes.
func BenchmarkExplore(b *testing.B) { benchExplore(b, "layered-treaty.yaml") }

// BenchmarkExploreMoU is the same on the memorandum of 11 clauses.
func BenchmarkExploreMoU(b *testing.B) { benchExplore(b, "coalition-mou-15y.yaml") }

// BenchmarkExploreBudapest is the same on a spec of custom clauses, whose text the reviewer reads.
func BenchmarkExploreBudapest(b *testing.B) { benchExplore(b, "budapest-1994.yaml") }

func benchExplore(b *testing.B, spec string) {
	p, in := setup(b, spec)
	n := 0
	cpu := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		n += len(Run(in, p.Library, p.Kit))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "combos/s")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(n), "cpu-µs/combo")
}
