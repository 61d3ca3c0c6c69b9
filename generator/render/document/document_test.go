package document_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

func parse(t *testing.T, d *generator.Draft, l generator.Lang) *document.Document {
	t.Helper()
	doc, err := document.New(d, l)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// outline summarises a document: its marking, title, roles, entries, links and signatures.
func outline(doc *document.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "stamp=%s date=%s title=%s\n", doc.Marking.Stamp, doc.Marking.Date, doc.Title)
	for _, p := range doc.Parts {
		for _, n := range p.Nodes {
			fmt.Fprintf(&b, "%d %s %s %s\n", p.Kind, n.Kind(), document.Role(n), clip(document.Plain(n, doc.Source)))
		}
	}
	for _, e := range doc.Articles {
		fmt.Fprintf(&b, "entry %s %q %q\n", e.ID, e.Label, e.Heading)
	}
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			fmt.Fprintf(&b, "link %s %q\n", l.Destination, strings.ReplaceAll(document.Plain(l, doc.Source), "\u00a0", " "))
		}
		return ast.WalkContinue, nil
	})
	return strings.ReplaceAll(b.String(), "\u00a0", " ") // no-break spaces: see TestTypeset
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60])
	}
	return s
}

func TestTreatyStructure(t *testing.T) {
	d := fixture.Draft(t, "treaty")
	got := outline(parse(t, d, generator.English))
	for _, want := range []string{
		"stamp=DRAFT date=22 November 2026 title=Test Treaty on “Guarantees”",
		"0 Paragraph parties Ukraine and the French Republic",
		"0 Paragraph recital Reaffirming the sovereignty of",
		"0 Paragraph formula Have agreed as follows:",
		"1 Heading  Article 3 — Assistance",
		"2 Paragraph testimonium IN WITNESS WHEREOF",
		"2 Signature  For the French Republic:",
		`entry art-3 "Article 3" "Assistance"`,
		`link #art-1 "Article 1"`, `link #art-2 "Article 2"`,
		"(b) the training of Ukraine’s ",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "link #art-51") || strings.Count(got, "link ") != 2 {
		t.Errorf("only the two references made with ref are links:\n%s", got)
	}
	uk := outline(parse(t, d, generator.Ukrainian))
	for _, want := range []string{"stamp=ПРОЄКТ", `entry art-2 "Стаття 2" "Взаємна оборона"`,
		`link #art-1 "статті 1"`, "«Допомога»", "обовʼязково", "title=Тестовий договір про «гарантії»"} {
		if !strings.Contains(uk, want) {
			t.Errorf("missing %q in\n%s", want, uk)
		}
	}
}

func TestDeclarationStructure(t *testing.T) {
	doc := parse(t, fixture.Draft(t, "declaration"), generator.Ukrainian)
	got := outline(doc)
	for _, want := range []string{`entry art-1 "1." "Підтримка"`, `entry art-2 "2." "Консультації"`,
		"1 ListItem  Учасники мають намір підтримувати", "2 Paragraph testimonium Ухвалено"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if id, _ := doc.Articles[1].Node.AttributeString("id"); string(id.([]byte)) != "art-2" {
		t.Errorf("list item id = %s", id)
	}
}

// Every example parses in both languages into parts that pair up one to one.
func TestExamplesAlign(t *testing.T) {
	for _, d := range fixture.Examples(t) {
		en, uk := parse(t, d, generator.English), parse(t, d, generator.Ukrainian)
		if len(en.Parts) != len(uk.Parts) {
			t.Errorf("%s: %d parts in English, %d in Ukrainian", d.Instrument.Name, len(en.Parts), len(uk.Parts))
			continue
		}
		for i := range en.Parts {
			if en.Parts[i].Kind != uk.Parts[i].Kind || en.Parts[i].Number != uk.Parts[i].Number {
				t.Errorf("%s: part %d differs: %+v / %+v", d.Instrument.Name, i, en.Parts[i], uk.Parts[i])
			}
		}
		if n := len(d.Docs[generator.English].Parts); len(en.Articles) != n {
			t.Errorf("%s: %d entries for %d parts", d.Instrument.Name, len(en.Articles), n)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Взаємна оборона":         "взаємна-оборона",
		"Article 3 — Assistance":  "article-3-assistance",
		"Обовʼязки Сторін (2026)": "обовʼязки-сторін-2026",
		"  !!":                    "",
	} {
		if got := document.Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// Footnotes are numbered from 1 in each language and kept out of the parts; an article that
// ends with a table still ends where its text does.
func TestNotesStructure(t *testing.T) {
	d := fixture.Draft(t, "notes")
	en, uk := parse(t, d, generator.English), parse(t, d, generator.Ukrainian)
	got := outline(en)
	for _, want := range []string{"1 Table  ContributionSharePeriod", "1 Table  No.SitePersonnel",
		"2 Paragraph testimonium IN WITNESS WHEREOF"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "FootnoteList") || len(en.Parts) != len(uk.Parts) {
		t.Errorf("the footnotes are a part, or the parts differ (%d, %d):\n%s", len(en.Parts), len(uk.Parts), got)
	}
	for _, doc := range []*document.Document{en, uk} {
		if len(doc.Notes) != 2 || doc.Note(1) == nil || doc.Note(2) == nil || doc.Note(3) != nil {
			t.Errorf("%s: notes %d, want 1 and 2", doc.Lang, len(doc.Notes))
		}
	}
	if n := document.Plain(en.Note(2), en.Source); n != "At training grounds outside Ukraine." {
		t.Errorf("note 2 = %q", n)
	}
}
