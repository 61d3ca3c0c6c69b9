package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Reference is a house template read from a .docx: its styles (and theme) replace ours, as
// pandoc's reference document does. Our numbering is kept: the articles are numbered by it.
type Reference struct{ r *reference }

type reference struct {
	styles, theme []byte
}

func (r *Reference) get() *reference {
	if r == nil {
		return nil
	}
	return r.r
}

// ReadReference reads a reference document and checks that it defines every style drafts use.
func ReadReference(file string) (*Reference, error) {
	pos := generator.Position{File: file}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, generator.Errorf(pos, "cannot read the reference document: %v", err)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, generator.Errorf(pos, "not a Word document (.docx): %v", err).
			WithHint("--reference-docx takes a .docx file; save a .doc or .dotx as Word Document (.docx)")
	}
	r := &reference{}
	for _, f := range z.File {
		switch f.Name {
		case "word/styles.xml":
			r.styles, err = readPart(f)
		case "word/theme/theme1.xml":
			r.theme, err = readPart(f)
		}
		if err != nil {
			return nil, generator.Errorf(pos, "%s: %v", f.Name, err)
		}
	}
	if r.styles == nil {
		return nil, generator.Errorf(pos, "not a Word document (.docx): it has no word/styles.xml").
			WithHint("--reference-docx takes a .docx file saved by Word or LibreOffice")
	}
	missing, err := stylesMissing(r.styles)
	if err != nil {
		return nil, generator.Errorf(pos, "word/styles.xml: %v", err)
	}
	if len(missing) > 0 {
		return nil, generator.Errorf(pos, "the reference document lacks the style(s) %s", strings.Join(missing, ", ")).
			WithHint("define them (by style id) in the template, or start from a draft guarantor wrote, whose styles it has")
	}
	return &Reference{r}, nil
}

func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, 16<<20))
}

// stylesMissing returns our styles that a styles.xml does not define: "ArticleHeading (Article
// Heading)".
func stylesMissing(data []byte) ([]string, error) {
	var doc struct {
		Styles []struct {
			ID string `xml:"styleId,attr"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("not well-formed: %v", err)
	}
	have := map[string]bool{}
	for _, s := range doc.Styles {
		have[s.ID] = true
	}
	var out []string
	for _, s := range styles {
		if !have[s.id] {
			out = append(out, s.id+" ("+s.name+")")
		}
	}
	return out, nil
}
