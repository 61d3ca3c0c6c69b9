package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// prune removes the folders of drafts whose spec is gone: a spec that was in one of r.Folders
// and no longer exists, or a spec built now under another name. Only folders that hold a
// guarantor manifest are touched, only the files that manifest lists are removed, and the folder
// itself only when nothing else is left in it. With Check nothing is removed.
func (r *Runner) prune(results []*Result) ([]*Result, error) {
	entries, err := os.ReadDir(r.Out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	current, failed, built := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, res := range results {
		spec := canonical(res.Spec)
		if res.Status == Failed {
			failed[spec] = true
			continue
		}
		current[res.Name], built[spec] = true, true
	}
	var out []*Result
	for _, e := range entries {
		if !e.IsDir() || current[e.Name()] {
			continue
		}
		dir := filepath.Join(r.Out, e.Name())
		m, err := ReadManifest(dir)
		if err != nil || m == nil {
			continue
		}
		spec := canonical(filepath.FromSlash(m.Spec))
		if failed[spec] || !(built[spec] || r.gone(spec)) {
			continue
		}
		res := &Result{Spec: m.Spec, Name: e.Name(), Dir: dir, Status: Pruned, Reason: "spec removed or renamed"}
		if !r.Check {
			removeDraft(dir, m)
		}
		out = append(out, res)
	}
	return out, nil
}

// gone reports whether spec was in one of the folders being built and no longer exists.
func (r *Runner) gone(spec string) bool {
	for _, f := range r.Folders {
		if filepath.Dir(spec) == canonical(f) {
			_, err := os.Stat(spec)
			return errors.Is(err, fs.ErrNotExist)
		}
	}
	return false
}

// canonical is the absolute form of a path, so a spec named relatively in one build and
// absolutely in the next is recognised as the same spec.
func canonical(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// removeDraft removes the files a manifest lists, the manifest and leftover temporary files,
// then the folder if it is empty.
func removeDraft(dir string, m *Manifest) {
	for name := range m.Outputs {
		if safeName(name) {
			os.Remove(filepath.Join(dir, name))
		}
	}
	removeTemps(dir)
	os.Remove(filepath.Join(dir, ManifestName))
	os.Remove(dir)
}
