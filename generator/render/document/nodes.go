package document

import (
	"github.com/yuin/goldmark/ast"
)

// KindSignatures is the kind of a Signatures node.
var KindSignatures = ast.NewNodeKind("Signatures")

// KindSignature is the kind of a Signature node.
var KindSignature = ast.NewNodeKind("Signature")

// Signatures groups the signature blocks at the end of an instrument, one Signature per party.
type Signatures struct {
	ast.BaseBlock
}

// Kind implements ast.Node.
func (n *Signatures) Kind() ast.NodeKind { return KindSignatures }

// Dump implements ast.Node.
func (n *Signatures) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// Signature is one party's signature block: its inline children are the label ("For
// Ukraine:"); the line to sign on is implied.
type Signature struct {
	ast.BaseBlock
}

// Kind implements ast.Node.
func (n *Signature) Kind() ast.NodeKind { return KindSignature }

// Dump implements ast.Node.
func (n *Signature) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
