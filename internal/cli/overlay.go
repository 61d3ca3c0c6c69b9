package cli

import (
	"errors"
	"io/fs"
	"slices"
)

// overlay is a folder of house files over the built-in ones: a file of top hides the file of
// base with the same name, and a folder lists the files of both.
type overlay struct{ top, base fs.FS }

// Open opens name from top, or from base when top lacks it.
func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return o.base.Open(name)
	}
	return f, err
}

// ReadDir lists the entries of both folders, top's winning, sorted by name.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	top, errTop := fs.ReadDir(o.top, name)
	base, errBase := fs.ReadDir(o.base, name)
	if errTop != nil && errBase != nil {
		return nil, errTop
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, e := range append(top, base...) {
		if !seen[e.Name()] {
			seen[e.Name()] = true
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int {
		switch {
		case a.Name() < b.Name():
			return -1
		case a.Name() > b.Name():
			return 1
		}
		return 0
	})
	return out, nil
}
