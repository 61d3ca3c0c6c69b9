package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An unchanged state writes the file back as it was, comments and all.
func TestPatchUnchangedKeepsFile(t *testing.T) {
	p := testProject(t)
	for _, name := range exampleNames(t) {
		src, err := os.ReadFile(filepath.Join("..", "..", "drafts", name))
		if err != nil {
			t.Fatal(err)
		}
		st, err := stateOf(name, src)
		if err != nil {
			t.Fatal(err)
		}
		out, err := patch(src, st.desired(p.Library, st))
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimRight(string(out), "\n") != strings.TrimRight(string(src), "\n") {
			t.Errorf("%s: unchanged state rewrote the file:\n%s", name, diffLines(string(src), string(out)))
		}
	}
}

// A change touches only what changed; the comments above clauses stay with their clauses.
func TestPatchChangesKeepComments(t *testing.T) {
	p := testProject(t)
	src, err := os.ReadFile(filepath.Join("..", "..", "drafts", "layered-treaty.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := stateOf("layered-treaty.yaml", src)
	st := orig.clone()
	st.Form = "mou"
	i, _ := st.uses("definitions/ceasefire-line")
	st.Clauses[i].With["depth_km"] = "20"
	j, _ := st.uses("definitions/guarantor") // first entry under "# Definitions"
	st.Clauses = append(st.Clauses[:j], st.Clauses[j+1:]...)
	st.Clauses = append(st.Clauses, Entry{Use: "duration/fixed-term", With: map[string]string{"years": "15", "renewal": "10"}})
	out, err := patch(src, st.desired(p.Library, orig))
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, want := range []string{
		"# The layered treaty the seed paper suggests",
		"form: mou\n",
		"  # Definitions\n  - use: definitions/armed-attack\n",
		"with: {depth_km: 20, heavy_weapons_km: 50}",
		"  - use: duration/fixed-term\n    with: {years: 15}\n",
		"  # Final clauses\n  - use: final/interpretation-charter\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("patched file lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "definitions/guarantor") {
		t.Error("removed clause still in the file")
	}
	back, err := stateOf("x.yaml", out)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Clauses) != len(st.Clauses) || back.Form != "mou" {
		t.Errorf("patched file reads back as %d clauses, form %s", len(back.Clauses), back.Form)
	}
}

func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
		if len(out) > 20 {
			break
		}
	}
	return strings.Join(out, "\n")
}
