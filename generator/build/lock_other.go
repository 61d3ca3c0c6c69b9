//go:build !unix

package build

import (
	"errors"
	"fmt"
	"os"
)

// lockFolder creates dir and the lock file in it, failing when the file exists: another build
// holds it, or a killed build left it behind.
func lockFolder(dir string) (unlock func(), err error) {
	path, created, err := lockPath(dir)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("%s: another guarantor build is writing to this folder (if none is, delete %s)", dir, path)
	}
	if err != nil {
		return nil, err
	}
	f.Close()
	return func() {
		os.Remove(path)
		if created {
			os.Remove(dir)
		}
	}, nil
}
