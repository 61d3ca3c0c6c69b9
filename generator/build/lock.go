package build

import (
	"fmt"
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
	path = filepath.Join(dir, LockName)
	if st, err := os.Lstat(path); err == nil && !st.Mode().IsRegular() {
		return "", false, fmt.Errorf("%s is not a regular file (a symbolic link?): guarantor creates its lock there itself (remove it)", path)
	}
	return path, created, nil
}
