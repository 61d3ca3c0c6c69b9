package pdf

import (
	"sync"

	gofpdf "codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font/sfnt"
)

// style is a combination of bold and italic.
type style uint8

const (
	regular style = 0
	bold    style = 1 << iota
	italic
)

// family is the name the fonts are registered under in each PDF.
const family = "LiberationSerif"

// fontName is the name errors use for the typeface.
const fontName = "Liberation Serif"

func (s style) String() string {
	switch s {
	case bold:
		return "B"
	case italic:
		return "I"
	case bold | italic:
		return "BI"
	}
	return ""
}

func (s style) ttf() []byte {
	switch s {
	case bold:
		return liberationserifbold.TTF
	case italic:
		return liberationserifitalic.TTF
	case bold | italic:
		return liberationserifbolditalic.TTF
	}
	return liberationserifregular.TTF
}

var styles = []style{regular, bold, italic, bold | italic}

// addFonts registers the four faces of Liberation Serif with f.
func addFonts(f *gofpdf.Fpdf) {
	for _, s := range styles {
		f.AddUTF8FontFromBytes(family, s.String(), s.ttf())
	}
}

var (
	coverOnce sync.Once
	covers    map[style]*sfnt.Font
	coverErr  error
)

// hasGlyph reports whether the face for s has a glyph for r.
func hasGlyph(s style, r rune, buf *sfnt.Buffer) (bool, error) {
	coverOnce.Do(func() {
		covers = map[style]*sfnt.Font{}
		for _, st := range styles {
			f, err := sfnt.Parse(st.ttf())
			if err != nil {
				coverErr = err
				return
			}
			covers[st] = f
		}
	})
	if coverErr != nil {
		return false, coverErr
	}
	i, err := covers[s].GlyphIndex(buf, r)
	return err == nil && i != 0, nil
}
