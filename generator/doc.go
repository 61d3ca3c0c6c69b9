// Package generator is the domain root of guarantor: the types that flow through the drafting
// pipeline (Clause, Instrument, Draft), the Position every input error carries, and the error
// list that reports all problems of a file at once.
//
// Subpackages do the work: library loads clauses, spec loads instrument specs, assemble turns an
// instrument into Markdown drafts, build writes them. They import this package; it imports none
// of them.
package generator

// Version is the tool version recorded in every manifest.
const Version = "0.1.0"
