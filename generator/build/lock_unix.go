//go:build unix

package build

import (
	"fmt"
	"os"
	"syscall"
)

// lockFolder creates dir and takes an exclusive lock on it for this process, so two builds
// cannot write into the same folder at once. The operating system drops the lock when the
// process ends, however it ends. When the build wrote nothing into a folder it created, unlock
// removes the folder again.
func lockFolder(dir string) (unlock func(), err error) {
	path, created, err := lockPath(dir)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|noFollow, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: another guarantor build is writing to this folder; wait for it to finish, or build into another folder with -o", dir)
	}
	return func() {
		if created && onlyLock(dir) {
			os.Remove(path)
			os.Remove(dir)
		}
		f.Close()
	}, nil
}

// onlyLock reports whether the lock file is all there is in dir.
func onlyLock(dir string) bool {
	entries, err := os.ReadDir(dir)
	return err == nil && len(entries) == 1 && entries[0].Name() == LockName
}
