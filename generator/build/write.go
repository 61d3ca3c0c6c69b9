package build

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
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

// Files returns the files of a draft in the requested languages (all when langs is empty),
// named as they are written: "<lang>.md" and "manifest.json".
func Files(d *generator.Draft, templates map[string]string, langs []generator.Lang) (map[string][]byte, error) {
	in := d.Instrument
	files := map[string][]byte{}
	m := Manifest{Tool: "guarantor", Version: generator.Version, Spec: filepath.ToSlash(in.File),
		SpecHash: in.Hash, Name: in.Name, Form: in.Form, Outputs: map[string]string{}, Templates: templates}
	for _, l := range in.Languages {
		if len(langs) > 0 && !slices.Contains(langs, l) {
			continue
		}
		name := string(l) + ".md"
		files[name] = d.Markdown[l]
		m.Outputs[name] = generator.Hash(d.Markdown[l])
		m.Languages = append(m.Languages, l)
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
