// Package build loads a project (clause library, templates, parties), builds instrument specs
// into drafts and writes them with their manifest. Every file is written atomically, and a spec
// with an error writes nothing.
package build
