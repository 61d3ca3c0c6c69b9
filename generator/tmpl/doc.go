// Package tmpl is guarantor's template engine: text/template with missingkey=error, templates
// named by their file so errors point at file:line:col, an explicit allowlist of functions (none
// that read the environment, files, the network, the clock or randomness, and no unbounded
// loops), and a cap on output size.
//
// Functions that depend on the draft being rendered (ref, byform, plural, spell) are declared
// at parse time and bound per execution through Env.
package tmpl
