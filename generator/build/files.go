package build

import (
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
	"github.com/guarantor-dev/guarantor/generator/review"
	"github.com/guarantor-dev/guarantor/generator/review/report"
)

// Files reviews a draft and renders it in the languages and formats of opt, named as they are
// written: "<lang>.md", "<lang>.html", "<lang>.pdf", "parallel.pdf", with Commentary the
// explanatory memorandum "<lang>.commentary.md" (.html, .pdf), and "manifest.json", which
// records the inputs, every other file with its hash, and the count of findings.
func (p *Project) Files(d *generator.Draft, opt Options) (map[string][]byte, *review.Report, error) {
	in := d.Instrument
	rep := p.Review.Review(d)
	rep.Adjust(opt.Severity)
	m := Manifest{Tool: "guarantor", Version: generator.Version, Spec: filepath.ToSlash(in.File),
		Name: in.Name, Form: in.Form, Languages: buildLangs(in, opt.Langs), SpecLanguages: in.Languages,
		Inputs:  p.Inputs(in, opt),
		Outputs: map[string]string{}, Sizes: map[string]int{}, Review: rep.Summary()}
	formats, err := lookupFormats(opt.Formats)
	if err != nil {
		return nil, nil, err
	}
	date, err := pdfDate(in)
	if err != nil {
		return nil, nil, err
	}
	var memo map[string][]byte
	if opt.Commentary {
		if memo, err = p.commentaryFiles(d, rep, m.Languages, formats, render.Options{Date: date}, opt); err != nil {
			return nil, nil, err
		}
	}
	if opt.Annex {
		d = withAnnex(d, rep)
	}
	word := render.WordOptions{Reference: opt.Reference}
	if opt.Comments {
		word.Comments = docx.FindingComments(rep)
	}
	files, err := render.Files(d, m.Languages, formats, render.Options{Date: date, Word: word})
	if err != nil {
		return nil, nil, err
	}
	maps.Copy(files, memo)
	for name, data := range files {
		m.Outputs[name], m.Sizes[name] = generator.Hash(data), len(data)
	}
	for _, a := range d.Articles {
		c := a.Use.Clause
		m.Clauses = append(m.Clauses, ManifestClause{ID: c.ID, Section: a.Section, Number: a.Number,
			Custom: c.Custom, Source: filepath.ToSlash(c.Pos.String()), Hash: c.Hash, Params: a.Use.Params})
	}
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	files[ManifestName] = append(js, '\n')
	return files, rep, nil
}

// withAnnex returns a copy of d whose texts end with the reviewer's notes.
func withAnnex(d *generator.Draft, rep *review.Report) *generator.Draft {
	c := *d
	c.Docs = maps.Clone(d.Docs)
	for l, doc := range c.Docs {
		withNotes := *doc
		withNotes.Review = append(slices.Clip(doc.Review), report.Annex(rep, l))
		c.Docs[l] = &withNotes
	}
	return &c
}
