package decode

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/guarantor-dev/guarantor/generator"
)

// File is a parsed YAML document, kept for position lookups.
type File struct {
	Path  string
	Line0 int // lines before the document in its file (front matter starts after "---")
	root  ast.Node
	fixes []keyFix // misspelt keys and the key they were surely meant to be
}

// keyFix is a misspelt key with the one close enough to be meant.
type keyFix struct {
	key *ast.StringNode
	to  string
}

// Parse checks that src is UTF-8 and within the limits on size, nesting and aliases, and
// parses it as one YAML document.
func Parse(path string, src []byte, line0 int) (*File, error) {
	if err := CheckUTF8(path, src, line0); err != nil {
		return nil, err
	}
	if err := checkLimits(path, src, line0); err != nil {
		return nil, err
	}
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		return nil, convert(path, line0, err)
	}
	file := &File{Path: path, Line0: line0}
	if len(f.Docs) > 0 {
		file.root = f.Docs[0].Body
	}
	if err := checkAliases(path, line0, file.root); err != nil {
		return nil, err
	}
	return file, nil
}

// Empty reports whether the document has no content.
func (f *File) Empty() bool {
	if f.root == nil {
		return true
	}
	_, null := f.root.(*ast.NullNode)
	return null
}

// Decode decodes the document into v strictly. It first reports every unknown key in the whole
// document, then decodes.
func (f *File) Decode(v any) error {
	if f.Empty() {
		return generator.Errorf(f.Pos(nil), "empty document")
	}
	var errs generator.ErrorList
	f.fixes = nil
	checkKeys(f, f.root, typeOf(v), &errs)
	if len(errs) > 0 {
		return errs.Err()
	}
	return f.decode(v, true)
}

// DecodeTolerant decodes the document into v as if every misspelt key were the key it suggests
// and other unknown keys were absent, so the caller can go on and find the document's other
// problems. It returns the unknown keys apart from an error that stopped decoding.
func (f *File) DecodeTolerant(v any) (unknown generator.ErrorList, err error) {
	if f.Empty() {
		return nil, generator.Errorf(f.Pos(nil), "empty document")
	}
	f.fixes = nil
	checkKeys(f, f.root, typeOf(v), &unknown)
	for _, fx := range f.fixes {
		fx.key.Value = fx.to
	}
	return unknown, f.decode(v, len(unknown) == 0)
}

// decode runs the YAML decoder, turning a panic inside it (go-yaml has some on malformed input,
// found by fuzzing) into an error at the document's start.
func (f *File) decode(v any, strict bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = generator.Errorf(f.Pos(f.root), "cannot decode this document: %v", r).
				WithHint("check the YAML near this line: tags (!...), indentation and brackets")
		}
	}()
	var opts []yaml.DecodeOption
	if strict {
		opts = append(opts, yaml.Strict())
	}
	if err := yaml.NodeToValue(f.root, v, opts...); err != nil {
		return convert(f.Path, f.Line0, err)
	}
	return nil
}

// Pos returns the position of node, or of the file when node is nil.
func (f *File) Pos(node ast.Node) generator.Position {
	p := generator.Position{File: f.Path}
	if mv := mappingValues(node); len(mv) > 0 {
		node = mv[0].Key // a mapping starts at its first key, not at its first ':'
	}
	if node == nil || node.GetToken() == nil {
		return p
	}
	tok := node.GetToken()
	p.Line, p.Col = tok.Position.Line+f.Line0, tok.Position.Column
	return p
}

// PosOf returns the position of the value at path (mapping keys as strings, sequence indexes
// as ints), or of the deepest node found on the way.
func (f *File) PosOf(path ...any) generator.Position {
	return f.Pos(Lookup(f.root, path...))
}

// KeyPos returns the position of the key that ends path, falling back to its value.
func (f *File) KeyPos(path ...any) generator.Position {
	if len(path) == 0 {
		return f.Pos(f.root)
	}
	parent := Lookup(f.root, path[:len(path)-1]...)
	if key, ok := path[len(path)-1].(string); ok {
		for _, mv := range mappingValues(parent) {
			if mv.Key.String() == key {
				return f.Pos(mv.Key)
			}
		}
	}
	return f.PosOf(path...)
}

// CheckUTF8 reports the first byte sequence of src that is not UTF-8.
func CheckUTF8(path string, src []byte, line0 int) error {
	if utf8.Valid(src) {
		return nil
	}
	for off := 0; off < len(src); {
		r, size := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && size <= 1 {
			line := bytes.Count(src[:off], []byte("\n")) + 1
			col := utf8.RuneCount(src[bytes.LastIndexByte(src[:off], '\n')+1:off]) + 1
			pos := generator.Position{File: path, Line: line + line0, Col: col}
			return generator.Errorf(pos, "file is not valid UTF-8 (byte 0x%02x)", src[off]).
				WithHint("save the file as UTF-8")
		}
		off += size
	}
	return nil
}

// convert turns a go-yaml error into a positioned *generator.Error.
func convert(path string, line0 int, err error) error {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		return generator.Errorf(generator.Position{File: path}, "%v", err)
	}
	pos := generator.Position{File: path}
	if tok := ye.GetToken(); tok != nil {
		pos.Line, pos.Col = tok.Position.Line+line0, tok.Position.Column
	}
	msg := ye.GetMessage()
	var dup *yaml.DuplicateKeyError
	if errors.As(err, &dup) {
		return generator.Errorf(pos, "%s", msg).WithHint("each key may appear once in a mapping")
	}
	return generator.Errorf(pos, "%s", strings.TrimSpace(msg))
}

func mappingValues(n ast.Node) []*ast.MappingValueNode {
	switch n := n.(type) {
	case *ast.MappingNode:
		return n.Values
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{n}
	case *ast.TagNode:
		return mappingValues(n.Value)
	case *ast.AnchorNode:
		return mappingValues(n.Value)
	}
	return nil
}

// Lookup walks from n along path: a string selects a mapping key, an int a sequence item. It
// returns the deepest node reached.
func Lookup(n ast.Node, path ...any) ast.Node {
	for _, step := range path {
		next := child(n, step)
		if next == nil {
			return n
		}
		n = next
	}
	return n
}

func child(n ast.Node, step any) ast.Node {
	switch s := step.(type) {
	case string:
		for _, mv := range mappingValues(n) {
			if mv.Key.String() == s {
				return mv.Value
			}
		}
	case int:
		if seq, ok := n.(*ast.SequenceNode); ok && s >= 0 && s < len(seq.Values) {
			return seq.Values[s]
		}
	default:
		panic(fmt.Sprintf("decode.Lookup: bad path step %T", step))
	}
	return nil
}

// BodyPos returns where the text of the string at path starts: for a block scalar ("|"),
// the line after the indicator.
func (f *File) BodyPos(path ...any) generator.Position {
	n := Lookup(f.root, path...)
	p := f.Pos(n)
	if lit, ok := n.(*ast.LiteralNode); ok && lit.Value != nil {
		p = f.Pos(lit.Value)
	}
	return p
}
