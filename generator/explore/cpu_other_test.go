//go:build !unix

package explore

import "time"

// cpuTime is not measured here: the benchmark reports 0 CPU per combination.
func cpuTime() time.Duration { return 0 }
