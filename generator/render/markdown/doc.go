// Package markdown writes the typed model of a draft as Markdown: the text a drafter reads in a
// diff, and the format of record for byte-for-byte reproducible builds.
package markdown
