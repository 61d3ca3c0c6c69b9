package corpus_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/guarantor-dev/guarantor/generator/corpus"
	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

func generator(t *testing.T, seed uint64) (*corpus.Generator, *spec.Loader) {
	t.Helper()
	lib, err := library.Load(os.DirFS("../../clauses"), "clauses")
	if err != nil {
		t.Fatal(err)
	}
	parties, err := spec.LoadParties(os.DirFS("../../templates"), "parties.yaml", "templates/parties.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return &corpus.Generator{Library: lib, Guarantors: corpus.Guarantors(parties), Seed: seed},
		&spec.Loader{Library: lib, Parties: parties}
}

// Every generated spec loads without a problem, and the corpus varies in form and size.
func TestCorpusSpecsAreValid(t *testing.T) {
	g, loader := generator(t, 1)
	forms := map[string]int{}
	sizes := map[int]bool{}
	for _, f := range g.Generate(300) {
		in, err := loader.Load(f.Name, f.Data)
		if err != nil {
			t.Fatalf("%s does not load: %v\n%s", f.Name, err, f.Data)
		}
		forms[string(in.Form)]++
		sizes[len(in.Uses)] = true
	}
	if len(forms) != 3 || len(sizes) < 5 {
		t.Errorf("corpus is not varied: forms %v, %d different clause counts", forms, len(sizes))
	}
}

// The same seed gives the same corpus; another seed another one.
func TestCorpusDeterministic(t *testing.T) {
	a, _ := generator(t, 7)
	b, _ := generator(t, 7)
	c, _ := generator(t, 8)
	fa, fb, fc := a.Generate(20), b.Generate(20), c.Generate(20)
	same := 0
	for i := range fa {
		if fa[i].Name != fb[i].Name || !bytes.Equal(fa[i].Data, fb[i].Data) {
			t.Fatalf("%s differs between two runs with the same seed", fa[i].Name)
		}
		if bytes.Equal(fa[i].Data, fc[i].Data) {
			same++
		}
	}
	if same == len(fa) {
		t.Error("another seed gives the same corpus")
	}
}
