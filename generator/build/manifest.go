package build

import (
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// ManifestName is the name of the manifest in each draft's folder.
const ManifestName = "manifest.json"

// Manifest records what went into a draft and what came out, so a reviewer knows exactly which
// clause versions it contains and a rebuild knows whether anything changed.
type Manifest struct {
	Tool      string           `json:"tool"`
	Version   string           `json:"version"`
	Spec      string           `json:"spec"`
	Name      string           `json:"name"`
	Form      generator.Form   `json:"form"`
	Languages []generator.Lang `json:"languages"`
	// SpecLanguages are the spec's languages, of which Languages were asked for.
	SpecLanguages []generator.Lang `json:"spec_languages,omitempty"`
	// Inputs are the hashes of everything the outputs depend on.
	Inputs Inputs `json:"inputs"`
	// Outputs lists every other file of the draft with its hash, and Sizes with its size.
	Outputs map[string]string `json:"outputs"`
	Sizes   map[string]int    `json:"sizes"`
	Clauses []ManifestClause  `json:"clauses"`
	// Review counts the reviewer's findings on the draft.
	Review review.Summary `json:"review"`
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

// maxManifest caps the size of a manifest read back; one lists a few dozen files and clauses.
const maxManifest = 4 << 20

// ReadManifest reads the manifest in dir. It returns nil and no error when dir has none, and
// an error when the file is there but is not a guarantor manifest.
func ReadManifest(dir string) (*Manifest, error) {
	var m Manifest
	return readManifest(dir, &m, &m.Tool)
}

// readManifest decodes the manifest in dir into m, a Manifest or a part of one whose tool is
// at tool, or returns nil if there is none.
func readManifest[T any](dir string, m *T, tool *string) (*T, error) {
	if err := realDir(dir); err != nil {
		return nil, err
	}
	data, err := readOutput(filepath.Join(dir, ManifestName), maxManifest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, m); err != nil || *tool != "guarantor" {
		return nil, generator.Errorf(generator.Position{File: filepath.Join(dir, ManifestName)}, "not a guarantor manifest").
			WithHint("guarantor only replaces or prunes folders it wrote itself; move this folder out of the way")
	}
	return m, nil
}

// intact reports whether every output the manifest lists is in dir with the listed size, and,
// when exact, with the listed hash too (reading every file back is what --check pays for
// certainty; a build trusts sizes).
func (m *Manifest) intact(dir string, exact bool) bool {
	for name, hash := range m.Outputs {
		if !safeName(name) {
			return false
		}
		path := filepath.Join(dir, name)
		st, err := os.Lstat(path)
		if err != nil || !st.Mode().IsRegular() || st.Size() != int64(m.Sizes[name]) {
			return false
		}
		if !exact {
			continue
		}
		data, err := readOutput(path, m.Sizes[name])
		if err != nil || generator.Hash(data) != hash {
			return false
		}
	}
	return true
}

// edited returns the outputs in dir that exist but differ from what the manifest records:
// files edited by hand since they were built, which a build must not overwrite silently.
func (m *Manifest) edited(dir string) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(m.Outputs)) {
		if !safeName(name) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil && generator.Hash(data) != m.Outputs[name] {
			out = append(out, name)
		}
	}
	return out
}

// safeName reports whether name is a plain file name, so a manifest cannot point outside its
// folder.
func safeName(name string) bool {
	return name != "" && name != "." && name != ".." && filepath.Base(name) == name && filepath.IsLocal(name)
}
