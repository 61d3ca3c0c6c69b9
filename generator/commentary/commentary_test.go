package commentary_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/commentary"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// TestMemorandumTreaty reads the memorandum of the coalition treaty: a part per article with
// its sources, alternatives whose effect was computed (will-consider in place of the snapback
// adds G406 and makes the snapback vetoable), and the open points, in both languages.
func TestMemorandumTreaty(t *testing.T) {
	d := draft(t, "coalition-treaty-20y.yaml")
	a := analyse(t, d)
	snap := useOf(t, d, "sanctions/snapback")
	c := choiceOf(t, a, snap, "sanctions/will-consider")
	if got := ids(c.New); !slices.Equal(got, []string{"G406"}) {
		t.Errorf("will-consider for snapback adds %v, want [G406]", got)
	}
	if len(c.Profile) == 0 || c.Profile[0].Aspect != commentary.Snapback || c.Profile[0].To != "vetoable" {
		t.Errorf("profile changes %+v, want snapback automatic → vetoable", c.Profile)
	}
	want := map[generator.Lang][]string{
		generator.English: {"**EXPLANATORY MEMORANDUM** — 22 November 2026 — not part of the instrument",
			"## Article 6 — Suspension and automatic reimposition of sanctions", "**Sources.**",
			"– UN Security Council resolution 2231 (2015), paras 11-12",
			"`sanctions/will-consider`, *Possible reimposition of sanctions*",
			"adds G406 Snapback that is not self-executing (warning)",
			"sanctions snapback: automatic → needs a new decision (vetoable)",
			"Each guarantor takes such action as it deems necessary",
			"`hours` = 24", "The guarantors consult within 24 hours.",
			"It cannot be swapped in alone: `sanctions/snapback` requires the clause it would replace.",
			"## Conclusion — The reviewer’s open points", "**G204 Discretionary response with no floor** (info; Article 2)"},
		generator.Ukrainian: {"**ПОЯСНЮВАЛЬНА ЗАПИСКА** — 22 листопада 2026 року — не є частиною документа",
			"## Стаття 6. Зупинення та автоматичне відновлення санкцій", "**Джерела.**",
			"`sanctions/will-consider`, *Можливе відновлення санкцій*",
			"додається G406 Snapback that is not self-executing (попередження)",
			"відновлення санкцій: автоматичне → потребує нового рішення",
			"Гаранти проводять консультації не пізніше ніж через 24 години.",
			"## Висновки. Відкриті питання рецензента", "(довідкове; стаття 2)"},
	}
	for l, phrases := range want {
		doc, err := a.Doc(l)
		if err != nil {
			t.Fatal(err)
		}
		if got, src := len(doc.Parts), len(d.Docs[l].Parts); got != src+1 {
			t.Errorf("%s: %d parts, want one per article (%d) and the open points", l, got, src)
		}
		for i, p := range d.Docs[l].Parts {
			if doc.Parts[i].ID != p.ID || !hasSources(doc.Parts[i], len(p.Use.Clause.Sources)) {
				t.Errorf("%s: part %d (%s) does not comment %s with its %d sources", l, i, doc.Parts[i].ID, p.ID, len(p.Use.Clause.Sources))
			}
		}
		md := string(markdown.Render(doc))
		for _, s := range phrases {
			if !strings.Contains(md, s) {
				t.Errorf("%s memorandum lacks %q", l, s)
			}
		}
	}
}

// TestMemorandumDeterministic builds the memorandum twice: the same bytes.
func TestMemorandumDeterministic(t *testing.T) {
	d := draft(t, "layered-treaty.yaml")
	for _, l := range d.Instrument.Languages {
		one, _ := analyse(t, d).Doc(l)
		two, _ := analyse(t, d).Doc(l)
		if a, b := markdown.Render(one), markdown.Render(two); !bytes.Equal(a, b) {
			t.Errorf("%s: two memoranda differ", l)
		}
	}
}

// TestMemorandumDeclaration comments a declaration, whose paragraphs have no headings in the
// text: the memorandum names them "Paragraph N" with the clause's title.
func TestMemorandumDeclaration(t *testing.T) {
	d := draft(t, "political-declaration.yaml")
	doc, err := analyse(t, d).Doc(generator.English)
	if err != nil {
		t.Fatal(err)
	}
	md := string(markdown.Render(doc))
	for _, s := range []string{"## Paragraph 1 — ", "paragraph by paragraph", "a political declaration dated"} {
		if !strings.Contains(md, s) {
			t.Errorf("declaration memorandum lacks %q", s)
		}
	}
}

func hasSources(p *generator.Part, n int) bool {
	for _, b := range p.Body {
		if para, ok := b.(*generator.Paragraph); ok && len(para.Text) == 1 &&
			(strings.HasPrefix(para.Text[0].Text, "**Sources.**") || strings.HasPrefix(para.Text[0].Text, "**Джерела.**")) {
			return len(para.Points) == n
		}
	}
	return false
}

// Beyond the limit, alternatives are listed as not assessed, and cost nothing.
func TestMemorandumLimit(t *testing.T) {
	p := load(t)
	d := draft(t, "coalition-treaty-20y.yaml")
	a := commentary.Analyse(d, review.Review(d), commentary.Options{Library: p.Library, Kit: p.Kit, Limit: 1})
	cs := a.Choices[useOf(t, d, "defence/art5-style")]
	if len(cs) != 2 || cs[0].Report == nil || cs[1].Report != nil || cs[1].Block.Kind != "limit" {
		t.Fatalf("with a limit of 1, want the first of two alternatives assessed and the second not: %+v", cs)
	}
	doc, _ := a.Doc(generator.English)
	if md := string(markdown.Render(doc)); !strings.Contains(md, "it was not assessed: the alternatives of an article are assessed up to a limit of 1.") {
		t.Error("the memorandum does not say the second alternative was not assessed")
	}
}
