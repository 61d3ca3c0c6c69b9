package build

import (
	"os"
	"path/filepath"
)

// LockName is the lock file a build holds in its output folder.
const LockName = ".guarantor.lock"

// lockPath creates dir if needed and returns the path of its lock file, and whether dir was
// created now (then the build removes it again if it writes nothing into it).
func lockPath(dir string) (path string, created bool, err error) {
	_, statErr := os.Stat(dir)
	created = os.IsNotExist(statErr)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", false, err
	}
	return filepath.Join(dir, LockName), created, nil
}
