package fpdf_test

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"

	"github.com/guarantor-dev/guarantor/third_party/fpdf"
)

// These tests check the behaviour of guarantor's patches (PATCHES.md), with the fonts
// guarantor embeds.

// doc writes a two-page document in Liberation Serif regular and bold.
func doc(t testing.TB, text string, compress bool, setup func(*fpdf.Fpdf)) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := draw(text, compress, setup).Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// draw makes doc's document, open.
func draw(text string, compress bool, setup func(*fpdf.Fpdf)) *fpdf.Fpdf {
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(compress)
	f.SetCatalogSort(true)
	f.SetCreationDate(time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	f.AddUTF8FontFromBytes("serif", "", liberationserifregular.TTF)
	f.AddUTF8FontFromBytes("serif", "B", liberationserifbold.TTF)
	if setup != nil {
		setup(f)
	}
	for page := 0; page < 2; page++ {
		f.AddPage()
		f.SetFont("serif", "", 12)
		f.Text(20, 30, text)
		f.SetFont("serif", "B", 12)
		f.Text(20, 40, "Стаття "+strconv.Itoa(page+1))
	}
	return f
}

// Patch 17: pages are written into buffers the pages of earlier documents used, and Bytes
// hands the document over without a copy: the bytes are those Output writes.
func TestPageBuffersReused(t *testing.T) {
	want := doc(t, "Article 5", true, nil)
	long := strings.Repeat("Кожна Сторона надає допомогу. ", 300)
	for range 3 {
		doc(t, long, true, nil) // leaves its long page buffers for the next document
		if got := doc(t, "Article 5", true, nil); !bytes.Equal(got, want) {
			t.Fatal("a document written into used page buffers differs")
		}
	}
	got, err := draw("Article 5", true, nil).Bytes()
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("Bytes gave %d bytes (%v); Output writes %d", len(got), err, len(want))
	}
	f := draw("Article 5", true, nil)
	f.SetError(io.ErrUnexpectedEOF)
	if _, err := f.Bytes(); err != io.ErrUnexpectedEOF {
		t.Errorf("Bytes of a document in error: %v", err)
	}
}

// Patches 1 to 3 and 8: documents made at the same time share parsed fonts, and each is
// still the document it would be alone; the caller's font bytes are left as they were.
func TestSharedFontsConcurrent(t *testing.T) {
	before := bytes.Clone(liberationserifregular.TTF)
	texts := []string{"Treaty on Security Guarantees", "Договір про гарантії безпеки", "ʼ₴ — «»"}
	alone := make([][]byte, len(texts))
	for i, s := range texts {
		alone[i] = doc(t, s, true, nil)
	}
	var wg sync.WaitGroup
	for round := 0; round < 4; round++ {
		for i, s := range texts {
			wg.Go(func() {
				if got := doc(t, s, true, nil); !bytes.Equal(got, alone[i]) {
					t.Errorf("%q made concurrently differs from the same document made alone", s)
				}
			})
		}
	}
	wg.Wait()
	if !bytes.Equal(before, liberationserifregular.TTF) {
		t.Error("the font bytes were written to")
	}
	if bytes.Equal(alone[0], alone[1]) {
		t.Error("two different texts gave the same document")
	}
}

var lengthRE = regexp.MustCompile(`/Length (\d+)[^>]*>>\s*stream\r?\n`)

// streams returns the streams of a PDF, each exactly its /Length bytes long.
func streams(pdf []byte) [][]byte {
	var out [][]byte
	for _, m := range lengthRE.FindAllSubmatchIndex(pdf, -1) {
		n, _ := strconv.Atoi(string(pdf[m[2]:m[3]]))
		if m[1]+n <= len(pdf) {
			out = append(out, pdf[m[1]:m[1]+n])
		}
	}
	return out
}

// Patches 4 and 13: streams are deflated as standard zlib streams that the standard library
// reads back to exactly what an uncompressed document holds.
func TestStreamsAreStandardZlib(t *testing.T) {
	text := "Кожна Сторона надає допомогу"
	plain := map[string]bool{}
	for _, s := range streams(doc(t, text, false, nil)) {
		plain[string(s)] = true
	}
	inflated := 0
	for i, s := range streams(doc(t, text, true, nil)) {
		if plain[string(s)] {
			continue // stored as it is in both (a font file, deflated either way)
		}
		r, err := zlib.NewReader(bytes.NewReader(s))
		if err != nil {
			t.Fatalf("stream %d is neither stored nor a zlib stream: %v", i, err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("stream %d: %v", i, err)
		}
		if !plain[string(out)] {
			t.Errorf("stream %d inflates to %d bytes that the uncompressed document does not hold", i, len(out))
		}
		inflated++
	}
	if inflated < 2 {
		t.Errorf("only %d streams were deflated", inflated)
	}
}

// Patch 12: the CIDToGIDMap covers the codes up to the last one used, two bytes each, not all
// 65,536 of them.
func TestCIDToGIDMapEndsAtLastCode(t *testing.T) {
	out := doc(t, "ABC", false, nil)
	refs := regexp.MustCompile(`/CIDToGIDMap (\d+) 0 R`).FindAllSubmatch(out, -1)
	if len(refs) == 0 {
		t.Fatal("no CIDToGIDMap")
	}
	for _, ref := range refs {
		at := bytes.Index(out, []byte("\n"+string(ref[1])+" 0 obj"))
		if at < 0 {
			t.Fatalf("object %s not found", ref[1])
		}
		s := streams(out[at:])[0]
		r, err := zlib.NewReader(bytes.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		m, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		// "Стаття" and digits are the highest codes used, below U+0460.
		if len(m) == 0 || len(m) > 2*0x460 {
			t.Errorf("a CIDToGIDMap of %d bytes, want at most %d", len(m), 2*0x460)
		}
	}
}

// Patch 14: a document may carry no dates; with dates set, it carries them.
func TestOmitDates(t *testing.T) {
	dated := doc(t, "x", true, nil)
	if !bytes.Contains(dated, []byte("/CreationDate (D:20261122000000)")) {
		t.Error("the set creation date is missing")
	}
	undated := doc(t, "x", true, func(f *fpdf.Fpdf) { f.OmitDates(true) })
	if bytes.Contains(undated, []byte("/CreationDate")) || bytes.Contains(undated, []byte("/ModDate")) {
		t.Error("OmitDates(true) still writes a date")
	}
}

// Patch 15: a span of actual text wraps what is drawn inside it in marked content whose
// ActualText is a PDF text string; an unbalanced span is an error.
func TestActualText(t *testing.T) {
	page := func(draw func(*fpdf.Fpdf)) ([]byte, error) {
		f := fpdf.New("P", "mm", "A4", "")
		f.SetCompression(false)
		f.AddUTF8FontFromBytes("serif", "", liberationserifregular.TTF)
		f.AddPage()
		f.SetFont("serif", "", 12)
		draw(f)
		var b bytes.Buffer
		err := f.Output(&b)
		return b.Bytes(), err
	}
	out, err := page(func(f *fpdf.Fpdf) {
		f.BeginActualText(`a (b)\c`)
		f.Text(20, 30, "a-")
		f.EndActualText()
		f.BeginActualText("")
		f.Text(20, 40, "b")
		f.EndActualText()
		f.BeginActualText("військово-морських 𝄞")
		f.Text(20, 50, "військово-")
		f.EndActualText()
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"/Span <</ActualText (a \\(b\\)\\\\c) >> BDC\nBT ",
		") Tj ET\nEMC\n/Span <</ActualText () >> BDC\nBT ",
		// UTF-16BE with a byte order mark; U+1D11E is the surrogate pair D834 DD1E.
		"/Span <</ActualText <FEFF0432045604390441044C043A043E0432043E002D043C043E04400441044C043A04380445" +
			"0020D834DD1E> >> BDC\n",
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := bytes.Count(out, []byte("\nEMC\n")); n != 3 {
		t.Errorf("%d spans closed, want 3", n)
	}
	for name, draw := range map[string]func(*fpdf.Fpdf){
		"left open":   func(f *fpdf.Fpdf) { f.BeginActualText("x") },
		"nested":      func(f *fpdf.Fpdf) { f.BeginActualText("x"); f.BeginActualText("y") },
		"never begun": func(f *fpdf.Fpdf) { f.EndActualText() },
		"across pages": func(f *fpdf.Fpdf) {
			f.BeginActualText("x")
			f.AddPage()
			f.EndActualText()
		},
	} {
		if _, err := page(draw); err == nil {
			t.Errorf("a span %s: no error", name)
		}
	}
}
