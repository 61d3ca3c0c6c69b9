// Package spec loads instrument specs (drafts/*.yaml) and binds them to the clause library and
// the parties catalogue, reporting every problem of a spec at once with its file:line:col.
package spec
