package build

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render"
)

// Manifest records what went into a draft, so a reviewer knows exactly which clause versions
// it contains.
type Manifest struct {
	Tool      string            `json:"tool"`
	Version   string            `json:"version"`
	Spec      string            `json:"spec"`
	SpecHash  string            `json:"spec_hash"`
	Name      string            `json:"name"`
	Form      generator.Form    `json:"form"`
	Languages []generator.Lang  `json:"languages"`
	Outputs   map[string]string `json:"outputs"`
	Clauses   []ManifestClause  `json:"clauses"`
	Templates map[string]string `json:"templates"`
}

// ManifestClause is one clause of a draft with its content hash.
type ManifestClause struct {
	ID      string            `json:"id"`
	Section generator.Section `json:"section"`
	Number  int               `json:"number,omitempty"`
	Custom  bool              `json:"custom,omitempty"`
	Source  string            `json:"source"`
	Hash    string            `json:"hash"`
	Params  map[string]any    `json:"params,omitempty"`
}

// Files returns the files of a draft in the requested languages (all when langs is empty) and
// formats (see render.Formats; only "md" when none is given), named as they are written:
// "<lang>.md", "<lang>.html", "<lang>.pdf", "parallel.pdf", and "manifest.json", which lists
// every other file with its hash.
func Files(d *generator.Draft, templates map[string]string, langs []generator.Lang, formats ...string) (map[string][]byte, error) {
	in := d.Instrument
	m := Manifest{Tool: "guarantor", Version: generator.Version, Spec: filepath.ToSlash(in.File),
		SpecHash: in.Hash, Name: in.Name, Form: in.Form, Outputs: map[string]string{}, Templates: templates}
	for _, l := range in.Languages {
		if len(langs) == 0 || slices.Contains(langs, l) {
			m.Languages = append(m.Languages, l)
		}
	}
	fs, err := lookupFormats(formats)
	if err != nil {
		return nil, err
	}
	date, err := pdfDate(in)
	if err != nil {
		return nil, err
	}
	files, err := render.Files(d, m.Languages, fs, render.Options{Date: date})
	if err != nil {
		return nil, err
	}
	for name, data := range files {
		m.Outputs[name] = generator.Hash(data)
	}
	for _, a := range d.Articles {
		c := a.Use.Clause
		m.Clauses = append(m.Clauses, ManifestClause{ID: c.ID, Section: a.Section, Number: a.Number,
			Custom: c.Custom, Source: filepath.ToSlash(c.Pos.String()), Hash: c.Hash, Params: a.Use.Params})
	}
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	files["manifest.json"] = append(js, '\n')
	return files, nil
}

func lookupFormats(names []string) ([]render.Format, error) {
	if len(names) == 0 {
		names = []string{"md"}
	}
	var out []render.Format
	for _, n := range names {
		f, ok := render.Lookup(n)
		if !ok {
			return nil, fmt.Errorf("unknown format %q (%s)", n, render.Names())
		}
		out = append(out, f)
	}
	return out, nil
}

// pdfDate is the date written into PDFs: SOURCE_DATE_EPOCH when it is set (the convention of
// reproducible builds), else the instrument's date; in UTC either way.
func pdfDate(in *generator.Instrument) (time.Time, error) {
	env := os.Getenv("SOURCE_DATE_EPOCH")
	if env == "" {
		return in.Date.UTC(), nil
	}
	secs, err := strconv.ParseInt(env, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", env)
	}
	return time.Unix(secs, 0).UTC(), nil
}

// WriteAll writes files into dir, each atomically: a temporary file in dir renamed into place.
func WriteAll(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := WriteFile(filepath.Join(dir, n), files[n]); err != nil {
			return err
		}
	}
	return nil
}

// WriteFile replaces path with data atomically.
func WriteFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
