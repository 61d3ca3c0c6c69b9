package review

import (
	"sort"

	"github.com/guarantor-dev/guarantor/generator"
)

// Finding is one weakness found in an instrument.
type Finding struct {
	Rule     *Rule
	Severity Severity
	// Clause is the id of the clause that triggers the finding; empty for the instrument as a
	// whole.
	Clause string
	// Pos is where to look in the spec: the clause entry (or the phrase inside a custom
	// clause's text), or the key of the spec the finding is about.
	Pos generator.Position
	// ClauseFile is the library file of the clause, when it comes from the library.
	ClauseFile string
	// Message says what is wrong, in one sentence.
	Message string
	// Related points at other places that take part in the finding.
	Related []Related
	// Suppressed is true when a suppression in the spec silences the finding; Reason is its
	// reason and SuppressedAt where it is.
	Suppressed   bool
	Reason       string
	SuppressedAt generator.Position
}

// Related is another place that takes part in a finding, with what it contributes.
type Related struct {
	Pos     generator.Position
	Message string
}

// sortFindings orders findings by severity (strongest first), then by position, rule and
// message, so output is the same on every run.
func sortFindings(fs []*Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.Rule.ID != b.Rule.ID {
			return a.Rule.ID < b.Rule.ID
		}
		return a.Message < b.Message
	})
}
