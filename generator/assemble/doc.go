// Package assemble turns a bound instrument into a draft: it places the chosen clauses in the
// preamble, operative and final sections, numbers the articles (treaty) or paragraphs (MoU,
// declaration), renders each clause's text with the form's vocabulary and the instrument's
// parties, resolves cross-references, and fills the form's template in each language.
package assemble
