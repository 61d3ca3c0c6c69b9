package docx

import (
	"archive/zip"
	"bytes"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// pkg is a Word package being assembled: the parts every document has, and the optional ones.
type pkg struct {
	lang     generator.Lang // the document's default language
	title    string
	header   string // the running head: marking, then the short title at the right
	footer   [2]string
	date     time.Time
	document []byte
	lists    []*listing
	langs    []generator.Lang // the language of each list
	notes    *notes
	comments []byte // comments.xml; nil when there are none
	ref      *reference
}

// file is one part of the package.
type file struct {
	name, contentType string
	data              []byte
}

const ctMain = "application/vnd.openxmlformats-officedocument.wordprocessingml."

// zipTime is the modification time of every part: fixed, so the bytes do not depend on when
// the package was written.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// bytes writes the package as a zip, parts in a fixed order.
func (p *pkg) bytes() ([]byte, error) {
	files := p.files()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: zipTime}
		w, err := z.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// files returns the parts: content types and relationships first, as Word writes them.
func (p *pkg) files() []file {
	styles := stylesPart(p.lang)
	var theme []byte
	if p.ref != nil {
		styles, theme = p.ref.styles, p.ref.theme
	}
	word := []file{
		{"word/document.xml", ctMain + "document.main+xml", p.document},
		{"word/styles.xml", ctMain + "styles+xml", styles},
		{"word/numbering.xml", ctMain + "numbering+xml", numbering(p.lists, p.langs)},
		{"word/settings.xml", ctMain + "settings+xml", settingsPart(p.lang)},
		{"word/footnotes.xml", ctMain + "footnotes+xml", p.notes.part()},
		{"word/header1.xml", ctMain + "header+xml", headerPart(p.lang, p.header)},
		{"word/footer1.xml", ctMain + "footer+xml", footerPart(p.lang, p.footer)},
	}
	if p.comments != nil {
		word = append(word, file{"word/comments.xml", ctMain + "comments+xml", p.comments})
	}
	if theme != nil {
		word = append(word, file{"word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", theme})
	}
	out := []file{
		{"[Content_Types].xml", "", contentTypes(word)},
		{"_rels/.rels", "", packageRels()},
		{"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", coreProps(p.title, p.lang, p.date)},
		{"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", appProps()},
		{"word/_rels/document.xml.rels", "", documentRels(word[1:])},
	}
	return append(out, word...)
}
