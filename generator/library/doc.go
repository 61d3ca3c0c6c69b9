// Package library loads and validates the clause library: one clause per Markdown file under
// clauses/<category>/, with YAML front matter and a text per language.
//
//	---
//	id: consultation/within-hours
//	title: {en: Consultations, uk: Консультації}
//	...
//	---
//	-- en --
//	The {{ .Parties }} {{ .Shall }} consult ...
//	-- uk --
//	...
//	-- uk mou --
//	(an override of the Ukrainian text for memoranda)
//
// Every problem of every file is reported, each with its file:line:col.
package library
