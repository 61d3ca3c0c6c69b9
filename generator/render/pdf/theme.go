package pdf

// theme holds the sizes of a layout: font sizes in points, lengths in millimetres.
type theme struct {
	body, small, title float64 // font sizes
	leading            float64 // line height as a multiple of the font size
	step               float64 // indent of each level of numbering
	para               float64 // space between paragraphs
}

// single is the theme of a one-language edition, parallel that of the side-by-side one.
var (
	single   = theme{body: 12, small: 9, title: 15, leading: 1.3, step: 8, para: 2.6}
	parallel = theme{body: 10, small: 8, title: 12, leading: 1.28, step: 6, para: 2}
)

const ptMM = 25.4 / 72 // millimetres per point

// lineHeight is the leading of text of the given size, in millimetres.
func (t theme) lineHeight(size float64) float64 { return size * t.leading * ptMM }

// colours, as 0xRRGGBB.
const (
	black    = 0x111111
	grey     = 0x555555
	draftRed = 0x9b1c1c
)
