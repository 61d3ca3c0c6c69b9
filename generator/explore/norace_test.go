//go:build !race

package explore

const raceStride = 1
