package review

import (
	"io"
	"strings"
)

// Format is an output format for reports: formats are data, the command line reads this table.
type Format struct {
	Name  string
	Doc   string
	Write func(w io.Writer, reports []*Report, opt Options) error
}

// Options tune a format.
type Options struct {
	// Color adds ANSI colours to text output (the CLI sets it only on a terminal).
	Color bool
	// Failed holds the errors of the specs that could not be reviewed; SARIF reports them as
	// an unsuccessful invocation, so code scanning does not mistake them for a clean run.
	Failed []error
	// Width is the width text output is wrapped to (DefaultWidth when 0).
	Width int
	// Verbose repeats each rule's why and fix under every finding of it, not only the first.
	Verbose bool
}

// Formats lists the output formats.
var Formats = []*Format{
	{Name: "text", Doc: "readable in a terminal, grouped by severity", Write: writeText},
	{Name: "short", Doc: "one line per finding: file:line:col: severity: rule: message", Write: writeShort},
	{Name: "json", Doc: "a stable schema (docs/rules.md, JSON output)", Write: writeJSON},
	{Name: "sarif", Doc: "SARIF 2.1.0, for code scanning in CI", Write: writeSARIF},
}

// LookupFormat finds a format by name; nil if there is none.
func LookupFormat(name string) *Format {
	for _, f := range Formats {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// FormatNames lists the format names, for help and errors.
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}
