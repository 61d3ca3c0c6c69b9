package decode

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/goccy/go-yaml/ast"

	"github.com/guarantor-dev/guarantor/generator"
)

// The limits on input files, stated in README.md (Security and limits). Specs, clause files
// and templates come from other people; these keep any of them from taking more than a
// moment or a few megabytes to read.
const (
	// MaxInput caps the size of every input file: spec, clause file, template, vocabulary,
	// parties. The largest file of the repository is 15 KB.
	MaxInput = 1 << 20
	// MaxDepth caps how deep a YAML document may nest (block indentation, "- " items and
	// flow brackets together). A spec nests about 6 deep.
	MaxDepth = 64
	// MaxNodes caps the nodes of a YAML document once its aliases are expanded, so that a
	// few aliases of aliases cannot stand for a billion values.
	MaxNodes = 100_000
)

// ErrTooLarge is an input file over MaxInput.
var ErrTooLarge = errors.New("larger than 1 MiB, the limit on an input file")

// ReadFile reads name from fsys if it is a regular file (not a pipe, a device or a folder)
// of at most MaxInput bytes. Its errors do not name the file: the caller places them.
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := regular(st); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCapped(f)
}

// ReadPath is ReadFile for a path of the operating system. It follows a symbolic link, but
// only to a regular file.
func ReadPath(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(st); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return nil, err
	} else if err := regular(st); err != nil {
		return nil, err
	}
	return readCapped(f)
}

// regular refuses anything but a regular file: a named pipe would block the build forever,
// a device such as /dev/zero would never end.
func regular(st fs.FileInfo) error {
	if !st.Mode().IsRegular() {
		return fmt.Errorf("not a regular file but %s: inputs must be plain files", kind(st.Mode()))
	}
	if st.Size() > MaxInput {
		return ErrTooLarge
	}
	return nil
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// readCapped reads r through a limit, since a file may grow between its stat and its read.
func readCapped(r io.Reader) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, err
	}
	if len(src) > MaxInput {
		return nil, ErrTooLarge
	}
	return src, nil
}

func tooBig(display string) error {
	return generator.Errorf(generator.Position{File: display}, "file is %v", ErrTooLarge).
		WithHint("a spec or clause file is a few kilobytes; split it, or check that this is the file you meant")
}

// checkLimits refuses a document over MaxInput or nested deeper than MaxDepth, before the
// YAML parser (whose memory grows with the nesting) sees it.
func checkLimits(path string, src []byte, line0 int) error {
	if len(src) > MaxInput {
		return tooBig(path)
	}
	if line, col := tooDeep(src); line > 0 {
		return generator.Errorf(generator.Position{File: path, Line: line + line0, Col: col},
			"nested more than %d deep (the limit on YAML nesting)", MaxDepth).
			WithHint("a spec nests a few levels; look for runs of [, { or - ")
	}
	return nil
}

// checkAliases refuses a document whose aliases expand to more than MaxNodes nodes.
func checkAliases(path string, line0 int, root ast.Node) error {
	anchors := map[string]ast.Node{}
	budget := MaxNodes
	var at ast.Node
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		if n == nil || budget < 0 {
			return
		}
		budget--
		at = n
		switch n := n.(type) {
		case *ast.MappingNode:
			for _, v := range n.Values {
				walk(v)
			}
		case *ast.MappingValueNode:
			walk(n.Key)
			walk(n.Value)
		case *ast.SequenceNode:
			for _, v := range n.Values {
				walk(v)
			}
		case *ast.TagNode:
			walk(n.Value)
		case *ast.AnchorNode:
			anchors[tokenValue(n.Name)] = n.Value
			walk(n.Value)
		case *ast.AliasNode:
			walk(anchors[tokenValue(n.Value)])
		}
	}
	walk(root)
	if budget >= 0 {
		return nil
	}
	pos := generator.Position{File: path}
	if tok := at.GetToken(); tok != nil {
		pos.Line, pos.Col = tok.Position.Line+line0, tok.Position.Column
	}
	return generator.Errorf(pos, "aliases expand the document to more than %d values", MaxNodes).
		WithHint("aliases (*name) of anchors (&name) that hold aliases multiply; write the values out")
}

func tokenValue(n ast.Node) string {
	if n == nil || n.GetToken() == nil {
		return ""
	}
	return n.GetToken().Value
}

// tooDeep scans src line by line for nesting deeper than MaxDepth and returns the 1-based
// line and column where it passes it, or 0, 0. It counts the open levels of block indentation,
// the "- " and "? " that open items on a line, and open flow brackets, skipping block scalars
// (| and >, where a clause's Markdown lives), quoted strings and comments. It is linear and
// approximate: the parser checks the document exactly, but only after this bounds its cost.
func tooDeep(src []byte) (line, col int) {
	var s scan
	for i, l := range bytes.Split(src, []byte("\n")) {
		if c := s.line(l); c > 0 {
			return i + 1, c
		}
	}
	return 0, 0
}

// scan is the state of tooDeep between lines.
type scan struct {
	indents []int // the indentation of each open block level
	flow    int   // open flow brackets
	quote   byte  // the quote of a flow string that goes on to the next line
	inBlock bool  // inside a block scalar (| or >)
	block   int   // the indentation of the block scalar's parent line
}

// line scans one line and returns the 1-based column where the nesting passes MaxDepth, or 0.
func (s *scan) line(l []byte) int {
	indent := len(l) - len(bytes.TrimLeft(l, " "))
	rest := bytes.TrimSpace(l)
	if s.inBlock {
		if len(rest) == 0 || indent > s.block {
			return 0
		}
		s.inBlock = false
	}
	if s.flow > 0 || s.quote != 0 {
		return s.flowScan(l, indent, len(s.indents))
	}
	if len(rest) == 0 || rest[0] == '#' {
		return 0
	}
	for len(s.indents) > 0 && s.indents[len(s.indents)-1] > indent {
		s.indents = s.indents[:len(s.indents)-1]
	}
	if len(s.indents) == 0 || s.indents[len(s.indents)-1] < indent {
		s.indents = append(s.indents, indent)
	}
	depth, i := len(s.indents), indent
	if depth > MaxDepth {
		return indent + 1
	}
	for i < len(l) && (l[i] == '-' || l[i] == '?') && (i+1 == len(l) || l[i+1] == ' ') {
		if depth++; depth > MaxDepth {
			return i + 1
		}
		for i++; i < len(l) && l[i] == ' '; i++ {
		}
	}
	return s.value(l, i, indent, depth)
}

// value scans the rest of a block line from i: a key, then a value that may open a flow
// collection or a block scalar.
func (s *scan) value(l []byte, i, indent, depth int) int {
	start := true // at the start of a value
	for ; i < len(l); i++ {
		c := l[i]
		switch {
		case c == ' ':
			continue
		case start && (c == '[' || c == '{'):
			return s.flowScan(l, i, depth)
		case start && (c == '|' || c == '>'):
			s.inBlock, s.block = true, indent
			return 0
		case start && (c == '"' || c == '\''):
			i = s.skip(l, i+1, c)
		case start && (c == '&' || c == '!'):
			for i < len(l) && l[i] != ' ' {
				i++
			}
			continue
		case c == '#' && (i == 0 || l[i-1] == ' '):
			return 0
		case c == ':' && (i+1 == len(l) || l[i+1] == ' '):
			start = true
			continue
		}
		start = false
	}
	return 0
}

// skip skips the rest of a string quoted with q from l[i] and returns the index of its
// closing quote, or len(l) with s.quote set when it goes on to the next line.
func (s *scan) skip(l []byte, i int, q byte) int {
	s.quote = 0
	for ; i < len(l); i++ {
		switch {
		case q == '"' && l[i] == '\\':
			i++
		case l[i] == q && q == '\'' && i+1 < len(l) && l[i+1] == '\'':
			i++
		case l[i] == q:
			return i
		}
	}
	s.quote = q
	return len(l)
}

// flowScan scans flow content from l[i], counting brackets on top of depth.
func (s *scan) flowScan(l []byte, i, depth int) int {
	if s.quote != 0 {
		if i = s.skip(l, 0, s.quote); s.quote != 0 {
			return 0
		}
		i++
	}
	for ; i < len(l); i++ {
		switch c := l[i]; {
		case c == '[' || c == '{':
			if s.flow++; depth+s.flow > MaxDepth {
				return i + 1
			}
		case c == ']' || c == '}':
			s.flow = max(0, s.flow-1)
		case (c == '"' || c == '\'') && (i == 0 || bytes.IndexByte([]byte(" [{,:"), l[i-1]) >= 0):
			i = s.skip(l, i+1, c)
		case c == '#' && (i == 0 || l[i-1] == ' '):
			return 0
		}
	}
	return 0
}
