package build_test

import (
	"path/filepath"
	"reflect"
	"testing"
)

// A build assembles its drafts with one memo of clause texts (see assemble.Kit.WithMemo): a
// text is replayed in every draft in which its template reads the same data. Every draft of a
// generated corpus and of the examples, assembled after the others with the memo, must equal
// the draft assembled on its own.
func TestMemoSameCorpusDrafts(t *testing.T) {
	p := project(t)
	specs := writeCorpus(t, p, 60/raceShare)
	examples, err := filepath.Glob("../../drafts/*.yaml")
	if err != nil || len(examples) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	specs = append(specs, examples...)
	memo := p.Kit.WithMemo()
	for _, spec := range specs {
		in, err := p.Instrument(spec)
		if err != nil {
			t.Fatal(err)
		}
		got, err := memo.Assemble(in)
		if err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		want, err := p.Kit.Assemble(in)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(want.Docs, got.Docs) || !reflect.DeepEqual(want.Articles, got.Articles) {
			t.Errorf("%s: the draft differs when assembled with the memo", filepath.Base(spec))
		}
	}
}
