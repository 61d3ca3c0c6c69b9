package pdf

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// The glyph check finds a character the font cannot show among ASCII (a control character)
// as among the rest, once per character, and passes text it can show.
func TestCheckGlyphsASCII(t *testing.T) {
	doc := &document.Document{Lang: generator.English, Instrument: &generator.Instrument{File: "x.yaml"}}
	for _, st := range []style{regular, bold, italic, bold | italic} {
		ok := []*block{{runs: []run{{text: "Article 5 — «Стаття» (a) 1,000 € ~ |x|", style: st}}}}
		if err := checkGlyphs(ok, doc, "Page 1 of 2"); err != nil {
			t.Errorf("style %v: %v", st, err)
		}
		bad := []*block{{runs: []run{{text: "bell\a and bell\a, 中", style: st}}}}
		err := checkGlyphs(bad, doc, "")
		if err == nil || strings.Count(err.Error(), "U+0007") != 1 || !strings.Contains(err.Error(), "U+4E2D") {
			t.Errorf("style %v: %v", st, err)
		}
	}
}
