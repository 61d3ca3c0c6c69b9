//go:build !(linux || darwin)

package cli

import "os"

// terminalWidth is unknown on this system.
func terminalWidth(*os.File) int { return 0 }
