package commentary

import (
	"fmt"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Memorandum returns a draft whose texts are the memorandum in each of langs (all the draft's when
// empty), for the renderers: render.Files typesets it as it typesets an instrument.
func (a *Analysis) Memorandum(langs []generator.Lang) (*generator.Draft, error) {
	if len(langs) == 0 {
		langs = a.Draft.Instrument.Languages
	}
	out := &generator.Draft{Instrument: a.Draft.Instrument, Docs: map[generator.Lang]*generator.Doc{}}
	for _, l := range langs {
		doc, err := a.Doc(l)
		if err != nil {
			return nil, err
		}
		out.Docs[l] = doc
	}
	return out, nil
}

// Doc returns the memorandum in language l: the title block marked as a memorandum outside the
// instrument, an introduction with the draft's profile, a part per article or paragraph of the
// draft, and the reviewer's open points.
func (a *Analysis) Doc(l generator.Lang) (*generator.Doc, error) {
	src, ok := a.Draft.Docs[l]
	if !ok {
		return nil, fmt.Errorf("the draft has no %s text", l)
	}
	in, w := a.Draft.Instrument, wordsFor(l)
	doc := &generator.Doc{Lang: l, Instrument: in, Layout: generator.Headed,
		Marking: generator.Marking{Stamp: w.stamp, Date: src.Marking.Date, Note: w.note},
		Title:   fmt.Sprintf(w.title, in.Title[l]), ShortTitle: w.short}
	unit := w.byParagraph
	if in.Form == generator.Treaty {
		unit = w.byArticle
	}
	doc.Front = []*generator.Matter{
		front(fmt.Sprintf(w.intro, in.Title[l], w.forms[in.Form], src.Marking.Date, unit)),
		front(fmt.Sprintf(w.asBuilt, capital(profileText(l, a.Report.Profile)), counts(l, a.Report.Summary()))),
		front(fmt.Sprintf(w.ratingsSource, "guarantor "+generator.Version)),
	}
	for _, p := range src.Parts {
		doc.Parts = append(doc.Parts, a.part(l, src, p))
	}
	doc.Parts = append(doc.Parts, a.openPoints(l, src))
	return doc, nil
}

func front(s string) *generator.Matter { return &generator.Matter{Text: text(s)} }

func text(s string) generator.Inline { return generator.Inline{{Text: s}} }

func para(s string) *generator.Paragraph { return &generator.Paragraph{Text: text(s)} }

// lead is a paragraph that opens with a bold lead-in: "**Sources.** ...".
func lead(head, s string) *generator.Paragraph {
	return para(strings.TrimSpace("**" + head + ".** " + s))
}

// part comments one article or paragraph of the draft.
func (a *Analysis) part(l generator.Lang, src *generator.Doc, p *generator.Part) *generator.Part {
	w := wordsFor(l)
	out := &generator.Part{ID: p.ID, Number: p.Number, Label: label(l, src, p), Heading: p.Heading, Section: p.Section, Use: p.Use}
	if p.Use == nil {
		out.Body = []generator.Block{lead(w.does, w.formAdds)}
		return out
	}
	c := p.Use.Clause
	if out.Heading == "" {
		out.Heading = c.Title[l]
	}
	does := strings.Join(effect(l, p.Use), " ")
	if s := escape(c.Summary); s != "" {
		if l == generator.Ukrainian {
			does = strings.TrimSpace(does + " " + fmt.Sprintf(w.summary, "*"+s+"*"))
		} else {
			does = strings.TrimSpace(s + " " + does)
		}
	}
	out.Body = append(out.Body, lead(w.does, does))
	if ps := params(l, p.Use); ps != "" {
		out.Body = append(out.Body, lead(w.params, ps+"."))
	}
	out.Body = append(out.Body, a.sources(l, c), a.alternatives(l, p.Use))
	out.Body = append(out.Body, lead(w.onArticle, a.findingsOn(l, c.ID)+"."))
	return out
}

// label is the part's label in the memorandum: the draft's, or "Paragraph 3" for a
// declaration's "3.".
func label(l generator.Lang, src *generator.Doc, p *generator.Part) string {
	if src.Layout == generator.Listed || strings.HasSuffix(p.Label, ".") {
		return fmt.Sprintf(wordsFor(l).paragraph, p.Number)
	}
	return p.Label
}

func (a *Analysis) sources(l generator.Lang, c *generator.Clause) *generator.Paragraph {
	w := wordsFor(l)
	if len(c.Sources) == 0 {
		return lead(w.sources, w.noSources)
	}
	p := lead(w.sources, "")
	for _, s := range c.Sources {
		p.Points = append(p.Points, &generator.Point{Label: "–", Text: text(escape(s))})
	}
	return p
}

// findingsOn lists the rules with unsuppressed findings on a clause: "G203 No deadline for
// consultations (warning)", or "none".
func (a *Analysis) findingsOn(l generator.Lang, id string) string {
	var out []string
	for _, r := range rules(a.Report) {
		if sev, ok := severityOn(a.Report, r, id); ok {
			out = append(out, ruleText(l, r, sev))
		}
	}
	if len(out) == 0 {
		return capital(wordsFor(l).noFindings)
	}
	return strings.Join(out, "; ")
}

// severityOn returns the strongest severity of the unsuppressed findings of r on the clause
// id ("" for any clause), and whether there is one.
func severityOn(rep *review.Report, r *review.Rule, id string) (review.Severity, bool) {
	var sev review.Severity
	found := false
	for _, f := range rep.Findings {
		if f.Rule == r && !f.Suppressed && (id == "" || f.Clause == id) {
			sev, found = max(sev, f.Severity), true
		}
	}
	return sev, found
}

func ruleText(l generator.Lang, r *review.Rule, sev review.Severity) string {
	return fmt.Sprintf("%s %s (%s)", r.ID, escape(r.Title), wordsFor(l).severity[sev.String()])
}

// counts says a summary of findings in the language.
func counts(l generator.Lang, s review.Summary) string {
	if l == generator.Ukrainian {
		return fmt.Sprintf("помилки: %d; попередження: %d; довідкові: %d", s.Error, s.Warning, s.Info)
	}
	return s.Counts()
}
