// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).

package fpdf

import (
	"bytes"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// Patch 16: a font's subset is made once per set of runes: a document that uses the same runes
// as an earlier one (in any order) takes the kept subset and is byte for byte the document it
// would be alone; new runes make a new subset.
func TestFontCutsKeptPerRunes(t *testing.T) {
	write := func(text string) []byte {
		f := New("P", "mm", "A4", "")
		f.SetCatalogSort(true)
		f.OmitDates(true)
		f.AddUTF8FontFromBytes("serif", "", liberationserifregular.TTF)
		f.AddPage()
		f.SetFont("serif", "", 12)
		f.Text(20, 30, text)
		var b bytes.Buffer
		if err := f.Output(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	kept := func() int {
		fontCuts.Lock()
		defer fontCuts.Unlock()
		return len(fontCuts.byKey)
	}
	first := write("Договір ґ 1994")
	n := kept()
	if again := write("Договір ґ 1994"); !bytes.Equal(first, again) || kept() != n {
		t.Errorf("the same runes again: same document %v, subsets kept %d, want %d", bytes.Equal(first, again), kept(), n)
	}
	write("1994 ґ віроДог")
	if kept() != n {
		t.Errorf("the same runes in another order made a new subset")
	}
	write("Договір ґ 1994 — Є")
	if kept() != n+1 {
		t.Errorf("new runes: %d subsets kept, want %d", kept(), n+1)
	}
}
