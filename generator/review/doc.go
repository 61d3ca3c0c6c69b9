// Package review judges an assembled instrument against the weaknesses that made the 1994
// Budapest Memorandum worthless, and against the structural rules a binding instrument must
// follow.
//
// Rules are values (see Rules): each has a stable ID, a title, a severity, the reason it matters
// with its source, a fix, a check, and the rules whose findings it reads (Requires, run first,
// as go/analysis runs an Analyzer's Requires). Checks read two kinds of evidence. Library
// clauses are judged by the properties their authors declared; custom clauses, which drafters
// write in the spec, by what the provision reader (package provision) makes of each sentence
// in English and Ukrainian: who must act, with what force, to do what, on what condition, by
// when, with which qualifiers and numbers. Review runs every rule over a draft and returns a
// Report: the findings, sorted, with suppressions applied, and a Profile that sums up the
// instrument.
//
// Package report writes reports as text, JSON or SARIF, and as an annex to the draft.
package review
