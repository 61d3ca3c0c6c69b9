package review

import (
	"encoding/json"
	"fmt"
)

// Severity says how much a weakness matters.
type Severity int

// The severities, weakest first, so they compare with < and >=.
const (
	Info    Severity = iota + 1 // hygiene or context
	Warning                     // materially weakens the guarantee
	Error                       // defeats the guarantee
)

// Severities lists the severities, strongest first: the order of text output.
var Severities = []Severity{Error, Warning, Info}

// String returns the severity's name: error, warning or info.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	for _, v := range Severities {
		if v.String() == s {
			return v, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (error, warning, info)", s)
}

// MarshalJSON writes the severity as its name.
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads a severity name.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	v, err := ParseSeverity(name)
	*s = v
	return err
}
