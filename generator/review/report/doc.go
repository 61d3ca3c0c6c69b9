// Package report writes reviews: as text for a terminal, as JSON (a stable schema, see
// JSONSchemaVersion and docs/rules.md) or SARIF 2.1.0 for code-scanning tools in CI (Formats),
// and as the reviewer's notes annexed to a draft (Annex).
package report
