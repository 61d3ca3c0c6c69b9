package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// parts unzips a package and checks every XML part is well-formed.
func parts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: not well-formed: %v", f.Name, err)
			}
		}
		out[f.Name] = string(b)
	}
	return out
}

// text returns the words of a part: its w:t and w:delText contents, paragraphs as new lines.
func text(part string) string {
	part = regexp.MustCompile(`</w:p>`).ReplaceAllString(part, "\n")
	part = regexp.MustCompile(`<w:tab/>`).ReplaceAllString(part, " ")
	var b strings.Builder
	for _, m := range regexp.MustCompile(`<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>|\n`).FindAllStringSubmatch(part, -1) {
		if m[0] == "\n" {
			b.WriteString("\n")
			continue
		}
		b.WriteString(m[1])
	}
	s := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'").Replace(b.String())
	return s
}

func TestTreatyParts(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	doc := d.Docs[generator.English]
	data, err := docx.Render(doc, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := parts(t, data)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/numbering.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml"} {
		if _, ok := p[name]; !ok {
			t.Errorf("no part %s", name)
		}
	}
	body := p["word/document.xml"]
	for _, want := range []string{
		`<w:pStyle w:val="ArticleHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`,
		`<w:pStyle w:val="NumberedParagraph"/><w:numPr><w:ilvl w:val="1"/>`,
		`<w:pStyle w:val="Recital"/>`, `<w:pStyle w:val="Testimonium"/>`, `<w:pStyle w:val="Signature"/>`,
		`<w:pgSz w:w="11906" w:h="16838"/>`, `<w:lang w:val="en-GB"/>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(p["word/numbering.xml"], `<w:lvlText w:val="Article %1"/>`) {
		t.Errorf("numbering.xml: articles are not numbered by the list:\n%s", p["word/numbering.xml"])
	}
	if h := text(p["word/header1.xml"]); !strings.Contains(h, doc.Marking.Stamp) || !strings.Contains(h, doc.Title) {
		t.Error("the header lacks the marking or the title")
	}
	for _, f := range []string{"PAGE", "NUMPAGES"} {
		if !strings.Contains(p["word/footer1.xml"], "> "+f+" <") {
			t.Errorf("the footer lacks the %s field", f)
		}
	}
	if !strings.Contains(p["docProps/core.xml"], "<dc:language>en-GB</dc:language>") ||
		!strings.Contains(p["docProps/core.xml"], "<dc:title>"+esc(doc.Title)+"</dc:title>") {
		t.Errorf("core.xml: %s", p["docProps/core.xml"])
	}
}

// Every reference is a REF field to a bookmark that exists on an article heading.
func TestReferencesAreFields(t *testing.T) {
	for _, l := range generator.Langs {
		doc := fixture.Draft(t, "treaty").Docs[l]
		last := doc.Parts[len(doc.Parts)-1] // a reference forward, to the last article
		doc.Parts[0].Body = append(doc.Parts[0].Body, &generator.Paragraph{Text: generator.Inline{{Text: "See "}, {Ref: last, Text: last.Label}}})
		data, err := docx.Render(doc, docx.Options{})
		if err != nil {
			t.Fatal(err)
		}
		body := parts(t, data)["word/document.xml"]
		fields := regexp.MustCompile(`REF (_Ref_\w+) \\r \\t \\h`).FindAllStringSubmatch(body, -1)
		want := refs(doc)
		if want == 0 {
			t.Fatal("the fixture has no cross-reference")
		}
		if len(fields) != want {
			t.Errorf("%s: %d REF fields, want %d", l, len(fields), want)
		}
		for _, r := range fields {
			if !strings.Contains(body, `w:name="`+r[1]+`"`) {
				t.Errorf("%s: REF to %s, which no bookmark has", l, r[1])
			}
		}
	}
}

func TestFootnotes(t *testing.T) {
	doc := fixture.Draft(t, "notes").Docs[generator.English]
	data, err := docx.Render(doc, docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := parts(t, data)
	refs := strings.Count(p["word/document.xml"], "<w:footnoteReference ")
	if refs != len(doc.Notes) || refs == 0 {
		t.Errorf("%d footnote references, want %d", refs, len(doc.Notes))
	}
	notes := text(p["word/footnotes.xml"])
	for _, n := range doc.Notes {
		if w := docx.PlainText(doc.Lang, n.Text[0].Text); !strings.Contains(notes, strings.TrimSpace(w)) {
			t.Errorf("footnotes.xml lacks %q", w)
		}
	}
	if !strings.Contains(p["word/document.xml"], `<w:tblHeader/>`) {
		t.Error("the table's header row does not repeat")
	}
}

// The document holds the words of every paragraph of the model.
func TestSameWords(t *testing.T) {
	for _, name := range []string{"treaty", "declaration", "notes"} {
		for _, l := range generator.Langs {
			doc := fixture.Draft(t, name).Docs[l]
			data, err := docx.Render(doc, docx.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(strings.Fields(text(parts(t, data)["word/document.xml"])), " ")
			for _, p := range doc.Parts {
				for _, b := range p.Body {
					para, ok := b.(*generator.Paragraph)
					if !ok {
						continue
					}
					for _, sp := range para.Text {
						if sp.Ref == nil && sp.Note == nil {
							w := strings.Join(strings.Fields(docx.PlainText(l, sp.Text)), " ")
							if !strings.Contains(got, w) {
								t.Errorf("%s %s: the document lacks %q", name, l, w)
							}
						}
					}
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	a, err := docx.Parallel(d.Docs[generator.English], d.Docs[generator.Ukrainian], docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := docx.Parallel(d.Docs[generator.English], d.Docs[generator.Ukrainian], docx.Options{})
	if !bytes.Equal(a, b) {
		t.Error("two renderings differ")
	}
	p := parts(t, a)["word/document.xml"]
	if !strings.Contains(p, `<w:gridCol w:w="4819"/><w:gridCol w:w="4819"/>`) {
		t.Error("the parallel edition is not a table of two columns")
	}
	if strings.Count(p, `w:lang w:val="uk-UA"`) == 0 || strings.Count(p, `w:lang w:val="en-GB"`) == 0 {
		t.Error("the parallel edition does not mark the language of each run")
	}
}

func TestComments(t *testing.T) {
	doc := fixture.Draft(t, "treaty").Docs[generator.English]
	clause := doc.Parts[1].Use.Clause.ID
	cs := []*docx.Comment{{Clause: clause, Author: "r", Initials: "R", Paragraphs: []string{"G204", "why"}},
		{Clause: "", Author: "r", Paragraphs: []string{"whole"}}, {Clause: "no/such", Author: "r", Paragraphs: []string{"lost?"}}}
	data, err := docx.Render(doc, docx.Options{Comments: cs})
	if err != nil {
		t.Fatal(err)
	}
	p := parts(t, data)
	if n := strings.Count(p["word/comments.xml"], "<w:comment "); n != 3 {
		t.Errorf("%d comments, want 3", n)
	}
	body := p["word/document.xml"]
	for i := range 3 {
		id := `w:id="` + string(rune('0'+i)) + `"`
		if !strings.Contains(body, `<w:commentRangeStart `+id) || !strings.Contains(body, `<w:commentReference `+id) {
			t.Errorf("comment %d has no range or reference", i)
		}
	}
	heading := strings.Index(body, doc.Parts[1].Heading)
	if start := strings.LastIndex(body[:heading], "<w:commentRangeStart"); start < strings.LastIndex(body[:heading], "<w:p>") {
		t.Error("the comment is not on the article of its clause")
	}
	if !strings.Contains(p["[Content_Types].xml"], "comments+xml") || !strings.Contains(p["word/_rels/document.xml.rels"], "comments.xml") {
		t.Error("comments.xml is not related")
	}
}

func TestReference(t *testing.T) {
	dir := t.TempDir()
	notDocx := filepath.Join(dir, "house.dotx")
	os.WriteFile(notDocx, []byte("plain text"), 0o644)
	if _, err := docx.ReadReference(notDocx); err == nil || !strings.Contains(err.Error(), "not a Word document") {
		t.Errorf("a file that is not a .docx: %v", err)
	}
	doc := fixture.Draft(t, "treaty").Docs[generator.English]
	ours, _ := docx.Render(doc, docx.Options{})
	good := filepath.Join(dir, "good.docx")
	os.WriteFile(good, ours, 0o644)
	ref, err := docx.ReadReference(good)
	if err != nil {
		t.Fatal(err)
	}
	// A house template lacking the article heading style.
	styles := parts(t, ours)["word/styles.xml"]
	styles = strings.Replace(styles, `w:styleId="ArticleHeading"`, `w:styleId="Heading2"`, 1)
	styles = strings.Replace(styles, `<w:rFonts w:ascii="Times New Roman"`, `<w:rFonts w:ascii="Arial"`, 1)
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/styles.xml")
	w.Write([]byte(styles))
	z.Close()
	bad := filepath.Join(dir, "bad.docx")
	os.WriteFile(bad, buf.Bytes(), 0o644)
	if _, err := docx.ReadReference(bad); err == nil || !strings.Contains(err.Error(), "ArticleHeading") {
		t.Errorf("a template without ArticleHeading: %v", err)
	}
	// A template with every style: its styles.xml replaces ours.
	styles = strings.Replace(styles, `w:styleId="Heading2"`, `w:styleId="ArticleHeading"`, 1)
	buf.Reset()
	z = zip.NewWriter(&buf)
	w, _ = z.Create("word/styles.xml")
	w.Write([]byte(styles))
	z.Close()
	os.WriteFile(good, buf.Bytes(), 0o644)
	if ref, err = docx.ReadReference(good); err != nil {
		t.Fatal(err)
	}
	data, _ := docx.Render(doc, docx.Options{Reference: ref})
	if !strings.Contains(parts(t, data)["word/styles.xml"], `w:ascii="Arial"`) {
		t.Error("the reference document's styles were not taken")
	}
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// refs counts the cross-references of a text, wherever they are.
func refs(doc *generator.Doc) int {
	n := 0
	count := func(in generator.Inline) {
		for _, sp := range in {
			if sp.Ref != nil {
				n++
			}
		}
	}
	for _, m := range append(append([]*generator.Matter{}, doc.Front...), doc.Back...) {
		count(m.Text)
	}
	for _, nt := range doc.Notes {
		count(nt.Text)
	}
	for _, p := range doc.Parts {
		for _, b := range p.Body {
			switch b := b.(type) {
			case *generator.Paragraph:
				count(b.Text)
				for _, pt := range b.Points {
					count(pt.Text)
				}
			case *generator.Table:
				for _, r := range append([][]generator.Inline{b.Head}, b.Rows...) {
					for _, c := range r {
						count(c)
					}
				}
			}
		}
	}
	return n
}
