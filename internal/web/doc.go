// Package web is the reviewer's workbench (guarantor serve): a local web application over the
// spec files of one folder. A reviewer picks a spec, changes its form, parties, clauses and
// parameters in a form and sees the draft, the findings and the profile follow within a
// fraction of a second; quick fixes apply a rule's remedy in one click; Save writes the spec
// back atomically, keeping the file's comments and key order, and refuses to overwrite a file
// that changed on disk since it was loaded.
//
// The server renders HTML with html/template and updates parts of the page with htmx (vendored
// under static/, 0BSD); it makes no external request. It listens on 127.0.0.1 by default,
// accepts only requests whose Host names the loopback interface, refuses writes from another
// origin or without the session's token, reads and writes only *.yaml files directly inside
// its folder, and caps request bodies.
package web
