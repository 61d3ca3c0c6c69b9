// Package review judges an assembled instrument against the weaknesses that made the 1994
// Budapest Memorandum worthless, and against the structural rules a binding instrument must
// follow.
//
// Rules are values (see Rules): each has a stable ID, a title, a severity, the reason it matters
// with its source, a fix, and a check. Checks read two kinds of evidence. Library clauses are
// judged by the properties their authors declared; custom clauses, which drafters write in the
// spec, are judged by their rendered text, through phrase detectors in English and Ukrainian
// . Review runs every rule over a draft and returns a Report: the findings, sorted,
// with suppressions applied, and a Profile that sums up the instrument.
//
// Formatters write reports as text (for a terminal), JSON (a stable schema, see JSONSchema) or
// SARIF 2.1.0 (for code-scanning tools in CI).
package review
