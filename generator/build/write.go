package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render"
)

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

// pdfDate is the build date written into PDFs: SOURCE_DATE_EPOCH when it is set (the convention
// of reproducible builds), in UTC; else none, so that no PDF claims to have been made on the
// date the draft bears (a paraphrase of 1994 is not a file of 1994).
func pdfDate(in *generator.Instrument) (time.Time, error) {
	env := os.Getenv("SOURCE_DATE_EPOCH")
	if env == "" {
		return time.Time{}, nil // no build date: the PDF carries none
	}
	secs, err := strconv.ParseInt(env, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", env)
	}
	return time.Unix(secs, 0).UTC(), nil
}

// WriteAll writes files into dir, each atomically: a temporary file in dir renamed into place.
// The manifest goes last, so a build interrupted half-way leaves the old manifest, and the next
// build sees the draft as out of date. Temporary files that an earlier, killed build left behind
// are removed.
func WriteAll(dir string, files map[string][]byte) error {
	if err := realDir(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	removeTemps(dir)
	names := slices.Sorted(maps.Keys(files))
	names = slices.DeleteFunc(names, func(n string) bool { return n == ManifestName })
	if _, ok := files[ManifestName]; ok {
		names = append(names, ManifestName)
	}
	for _, n := range names {
		path := filepath.Join(dir, n)
		if same(path, files[n]) {
			continue // renaming over a file costs a flush to disk; an identical file needs none
		}
		if err := WriteFile(path, files[n]); err != nil {
			return err
		}
	}
	return nil
}

// same reports whether the file at path holds exactly data. It compares a chunk at a time, so
// that a forced rebuild of unchanged drafts allocates nothing for the files it leaves alone.
func same(path string, data []byte) bool {
	f, err := os.OpenFile(path, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	buf := chunks.Get().(*[]byte)
	defer chunks.Put(buf)
	for len(data) > 0 {
		n, err := io.ReadFull(f, (*buf)[:min(len(*buf), len(data))])
		if err != nil || !bytes.Equal((*buf)[:n], data[:n]) {
			return false
		}
		data = data[n:]
	}
	n, _ := f.Read((*buf)[:1])
	return n == 0 // the file did not grow since Stat
}

// chunks are the buffers same reads into.
var chunks = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// realDir refuses a draft's folder that is a symbolic link or not a folder: a link placed at
// out/<name> would make the build write, and replace files, wherever it points. A folder that
// does not exist yet is fine.
func realDir(dir string) error {
	st, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a symbolic link: guarantor writes only into real folders inside the output folder (remove the link)", dir)
	case !st.IsDir():
		return fmt.Errorf("%s is not a folder: guarantor writes each draft into a folder of that name (move the file away)", dir)
	}
	return nil
}

// readOutput reads a file the build wrote, of at most limit bytes: only a regular file, not a
// link (to /dev/zero, say) or a pipe someone put in its place.
func readOutput(path string, limit int) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err == nil && len(data) > limit {
		err = fmt.Errorf("%s is larger than expected", path)
	}
	return data, err
}

// removeTemps removes the temporary files WriteFile makes (".<name>.tmp<random>") from dir.
func removeTemps(dir string) {
	temps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
	for _, t := range temps {
		os.Remove(t)
	}
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
