package pdf

import (
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	gofpdf "github.com/guarantor-dev/guarantor/third_party/fpdf"
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

// face is the index of s in styles.
func (s style) face() int { return int(s >> 1) }

// addFont registers the face of Liberation Serif for s with f.
func addFont(f *gofpdf.Fpdf, s style) {
	f.AddUTF8FontFromBytes(family, s.String(), s.ttf())
}
