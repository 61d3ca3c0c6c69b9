// Package akn writes a draft as Akoma Ntoso 3.0 XML (OASIS LegalDocML), the exchange format of
// legal informatics systems: a treaty as an act, a memorandum or declaration as a doc, one
// expression per language, with FRBR metadata, the parties as TLC references, an eId on every
// article, paragraph and point, cross-references as <ref href>, and footnotes as
// <authorialNote>.
package akn
