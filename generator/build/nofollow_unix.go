//go:build unix

package build

import "syscall"

// noFollow makes opening a symbolic link fail, and opening a named pipe return at once
// rather than wait for a writer.
const noFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
