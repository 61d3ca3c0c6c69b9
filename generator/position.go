package generator

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Position is a place in an input file. Line and Col are 1-based; zero means unknown.
type Position struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// String formats p as file:line:col, leaving out what is unknown.
func (p Position) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error is a problem in an input file that the user can act on.
type Error struct {
	Pos  Position
	Msg  string
	Hint string
}

// Errorf returns an Error at pos.
func Errorf(pos Position, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// WithHint sets the hint and returns e.
func (e *Error) WithHint(format string, args ...any) *Error {
	e.Hint = fmt.Sprintf(format, args...)
	return e
}

func (e *Error) Error() string {
	s := e.Pos.String() + ": " + e.Msg
	if e.Hint != "" {
		s += "\n\thint: " + e.Hint
	}
	return s
}

// ErrorList collects the problems found in one or more files.
type ErrorList []*Error

// Add appends e if it is not nil.
func (l *ErrorList) Add(e *Error) {
	if e != nil {
		*l = append(*l, e)
	}
}

// Addf appends an Error at pos.
func (l *ErrorList) Addf(pos Position, format string, args ...any) *Error {
	e := Errorf(pos, format, args...)
	*l = append(*l, e)
	return e
}

// Merge appends the problems in err: an ErrorList, an *Error, or any other error (kept as a
// message without a position).
func (l *ErrorList) Merge(err error) {
	var list ErrorList
	var one *Error
	switch {
	case err == nil:
	case errors.As(err, &list):
		*l = append(*l, list...)
	case errors.As(err, &one):
		*l = append(*l, one)
	default:
		*l = append(*l, &Error{Msg: err.Error()})
	}
}

// Err returns the list sorted by position without repeats (the same problem found twice, say
// by two renderings of one text), or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	seen := make(map[Error]bool, len(l))
	out := l[:0]
	for _, e := range l {
		if !seen[*e] {
			seen[*e] = true
			out = append(out, e)
		}
	}
	return out
}

// Error prints one problem per line.
func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}
