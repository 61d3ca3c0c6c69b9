package web

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
)

// specName is what a spec's file name may look like: no separator, no leading dot, *.yaml.
var specName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*\.yaml$`)

// ErrConflict reports that a spec changed on disk since the workbench loaded it.
var ErrConflict = errors.New("the file changed on disk since it was loaded")

// folder is the folder of specs the workbench serves; it reads and writes only *.yaml files
// directly inside it.
type folder struct {
	dir string     // absolute, symlinks resolved
	mu  sync.Mutex // one write at a time, so the hash check and the rename are one step
}

func newFolder(dir string) (*folder, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("%s: no such folder", dir)
	}
	st, err := os.Stat(real)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s: not a folder", dir)
	}
	return &folder{dir: real}, nil
}

// list returns the names of the specs in the folder, sorted.
func (f *folder) list() ([]string, error) {
	entries, err := os.ReadDir(f.dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if _, err := f.path(e.Name()); err == nil {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

// path returns the file of the spec called name, refusing names that are not plain *.yaml
// names and symlinks that lead out of the folder or to anything but a regular file.
func (f *folder) path(name string) (string, error) {
	if !specName.MatchString(name) || strings.Contains(name, "..") {
		return "", fmt.Errorf("%q is not a spec name (letters, digits, '.', '_', '-', ending in .yaml)", name)
	}
	p := filepath.Join(f.dir, name)
	st, err := os.Lstat(p)
	if err != nil {
		return "", fmt.Errorf("no spec %q in this folder", name)
	}
	if st.Mode()&os.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(p)
		if err != nil || filepath.Dir(real) != f.dir {
			return "", fmt.Errorf("%q is a link that leads out of the folder", name)
		}
		if st, err = os.Stat(real); err != nil {
			return "", err
		}
	}
	if !st.Mode().IsRegular() {
		return "", fmt.Errorf("%q is not a regular file", name)
	}
	return p, nil
}

// read returns the content of the spec called name.
func (f *folder) read(name string) ([]byte, error) {
	p, err := f.path(name)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(p)
}

// write replaces the spec called name with data, atomically (a temporary file in the folder,
// then a rename), unless its content no longer has the hash base.
func (f *folder) write(name, base string, data []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.path(name)
	if err != nil {
		return err
	}
	cur, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if generator.Hash(cur) != base {
		return ErrConflict
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real // replace the file the link points at, not the link
	}
	tmp, err := os.CreateTemp(f.dir, ".guarantor-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if st, err := os.Stat(p); err == nil {
		_ = os.Chmod(tmp.Name(), st.Mode().Perm())
	}
	return os.Rename(tmp.Name(), p)
}
