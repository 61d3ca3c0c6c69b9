// Package decode reads the YAML of clause front matter and instrument specs strictly: every
// unknown or misspelt key is reported at once with its file:line:col and a did-you-mean hint,
// type errors keep their position, and positions of any value can be looked up afterwards.
package decode
