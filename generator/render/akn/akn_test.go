package akn_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/akn"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// files renders every example and test spec in every language, by name ("treaty.en.akn.xml").
func files(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	drafts := fixture.Examples(t)
	for _, name := range []string{"treaty", "declaration", "notes"} {
		drafts = append(drafts, fixture.Draft(t, name))
	}
	for _, d := range drafts {
		for _, l := range d.Instrument.Languages {
			data, err := akn.Render(d.Docs[l])
			if err != nil {
				t.Fatal(err)
			}
			out[d.Instrument.Name+"."+string(l)+".akn.xml"] = data
		}
	}
	return out
}

// Every file is valid against the OASIS schema, checked in one call of xmllint (compiling the
// schema is most of the time). .ci/run installs xmllint; without it the test fails in CI and
// skips elsewhere.
func TestSchema(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint is not installed (apt-get install libxml2-utils)")
		}
		t.Skip("xmllint is not installed (apt-get install libxml2-utils)")
	}
	dir := t.TempDir()
	args := []string{"--noout", "--schema", filepath.Join("testdata", "schema", "akomantoso30.xsd")}
	for name, data := range files(t) {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	out, err := exec.Command("xmllint", args...).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// Every reference points at an element that exists (the schema does not check that), every
// article, paragraph and point has an eId, and eIds are unique.
func TestReferences(t *testing.T) {
	for name, data := range files(t) {
		ids, hrefs := map[string]bool{}, []string{}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			el, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			id := ""
			for _, a := range el.Attr {
				switch a.Name.Local {
				case "eId":
					id = a.Value
					if ids[id] {
						t.Errorf("%s: eId %s twice", name, id)
					}
					ids[id] = true
				case "href", "refersTo":
					if strings.HasPrefix(a.Value, "#") {
						hrefs = append(hrefs, a.Value[1:])
					}
				}
			}
			switch el.Name.Local {
			case "article", "paragraph", "point":
				if id == "" {
					t.Errorf("%s: a <%s> without eId", name, el.Name.Local)
				}
			}
		}
		for _, h := range hrefs {
			if !ids[h] {
				t.Errorf("%s: #%s points at nothing", name, h)
			}
		}
	}
}

func TestShape(t *testing.T) {
	treaty := fixture.Draft(t, "treaty")
	data, _ := akn.Render(treaty.Docs[generator.Ukrainian])
	s := string(data)
	for _, want := range []string{`<act name="treaty">`, `<FRBRlanguage language="ukr"/>`, `<preamble>`, `<recitals `,
		`<article eId="art_1"><num>Стаття 1</num>`, `<conclusions>`, `<signature><party refersTo="#party_ua"`, `<ref href="#art_`} {
		if !strings.Contains(s, want) {
			t.Errorf("the Ukrainian treaty lacks %s", want)
		}
	}
	decl := fixture.Draft(t, "declaration")
	data, _ = akn.Render(decl.Docs[generator.English])
	if !strings.Contains(string(data), `<doc name="politicalDeclaration">`) || !strings.Contains(string(data), `<mainBody>`) {
		t.Error("a declaration is not a doc with a mainBody")
	}
	notes := fixture.Draft(t, "notes")
	data, _ = akn.Render(notes.Docs[generator.English])
	if n := strings.Count(string(data), "<authorialNote "); n != len(notes.Docs[generator.English].Notes) || n == 0 {
		t.Errorf("%d authorial notes, want %d", n, len(notes.Docs[generator.English].Notes))
	}
}
