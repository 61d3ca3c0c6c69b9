package tmpl

import (
	"slices"
	"text/template"
	"text/template/parse"
)

// Reads returns the names of the fields of its data that the template t can read: the first
// name of each field chain read where dot is the data (".Beneficiary.Gen" reads Beneficiary)
// and of each "$.Name". It returns all = true when the template can read the data as a whole:
// dot or "$" passed on as a value, or another template called. The names are sorted; they may
// include fields the template never reaches (in a branch not taken), never miss one it reads.
//
// A template's text depends only on these fields, its functions' arguments and the Env.
func Reads(t *template.Template) (names []string, all bool) {
	if t == nil || t.Tree == nil || t.Root == nil {
		return nil, true
	}
	r := &reader{seen: map[string]bool{}}
	r.list(t.Root, true)
	if r.all {
		return nil, true
	}
	for name := range r.seen {
		names = append(names, name)
	}
	slices.Sort(names)
	return names, false
}

// reader collects the fields a tree reads; root says whether dot is the template's data.
type reader struct {
	seen map[string]bool
	all  bool
}

func (r *reader) list(l *parse.ListNode, root bool) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		r.node(n, root)
	}
}

func (r *reader) node(n parse.Node, root bool) {
	switch n := n.(type) {
	case *parse.ActionNode:
		r.pipe(n.Pipe, root)
	case *parse.IfNode:
		r.branch(&n.BranchNode, root, root)
	case *parse.RangeNode:
		r.branch(&n.BranchNode, root, false) // the body's dot is an element
	case *parse.WithNode:
		r.branch(&n.BranchNode, root, false) // the body's dot is the value
	case *parse.TemplateNode:
		r.all = true // the called template reads what it is given, by its own names
	}
}

// branch reads the condition with the outer dot, the body with dot as body says, and the else
// branch with the outer dot.
func (r *reader) branch(b *parse.BranchNode, root, body bool) {
	r.pipe(b.Pipe, root)
	r.list(b.List, body)
	r.list(b.ElseList, root)
}

func (r *reader) pipe(p *parse.PipeNode, root bool) {
	if p == nil {
		return
	}
	for _, c := range p.Cmds {
		for _, a := range c.Args {
			r.arg(a, root)
		}
	}
}

func (r *reader) arg(n parse.Node, root bool) {
	switch n := n.(type) {
	case *parse.FieldNode:
		if root {
			r.seen[n.Ident[0]] = true
		}
	case *parse.DotNode:
		if root {
			r.all = true
		}
	case *parse.VariableNode:
		// $ is the data wherever it is read; other variables hold values already read.
		if n.Ident[0] == "$" {
			if len(n.Ident) == 1 {
				r.all = true
			} else {
				r.seen[n.Ident[1]] = true
			}
		}
	case *parse.ChainNode:
		r.arg(n.Node, root)
	case *parse.PipeNode:
		r.pipe(n, root)
	}
}
