//go:build race

package build_test

// raceShare is the share of the slow sequential tests' samples run under the race detector,
// which makes template execution many times slower and finds nothing in code that runs on one
// goroutine.
const raceShare = 3
