//go:build !unix

package build

// noFollow makes opening a symbolic link fail, where the system can; here it cannot, and the
// callers check with Lstat.
const noFollow = 0
