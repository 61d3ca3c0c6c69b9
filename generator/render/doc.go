// Package render turns an assembled draft into its output files. The formats are data: a table
// of Format values, each with a name (as given to `guarantor build --format`) and a function
// that renders the draft's languages. Markdown is the pivot: package document parses it once
// per language into the goldmark AST that the html and pdf renderers both walk.
package render
