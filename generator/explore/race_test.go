//go:build race

package explore

// raceStride thins the samples of the slow equivalence tests under the race detector, which
// makes template execution some fourteen times slower: it looks for unsynchronised access,
// which a few dozen drafts on two workers exercise as well as a hundred.
const raceStride = 3
