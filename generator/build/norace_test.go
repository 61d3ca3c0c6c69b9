//go:build !race

package build_test

const raceShare = 1
