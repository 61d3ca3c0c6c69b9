package tmpl

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"
)

// stepName is the function the parse tree calls at the start of every range iteration and
// every template: text/template has no step limit, and a range over a large number that writes
// nothing calls neither a function nor the writer, so the budget is checked there.
const stepName = "guarantorStep"

// instrument rewrites the parsed templates of t so their execution is bounded: a step at the
// start of each range body and of each template. It refuses templates that call themselves
// (directly or through others), which could otherwise make 2^depth calls, and nesting deeper
// than MaxNesting.
func instrument(t *template.Template) error {
	calls := map[string][]*parse.TemplateNode{}
	trees := map[string]*parse.Tree{}
	for _, x := range t.Templates() {
		if x.Tree == nil || x.Root == nil {
			continue
		}
		w := &walker{tree: x.Tree}
		if err := w.list(x.Root, 0); err != nil {
			return err
		}
		x.Root.Nodes = append([]parse.Node{step(x.Tree, x.Root.Pos)}, x.Root.Nodes...)
		calls[x.Name()], trees[x.Name()] = w.calls, x.Tree
	}
	return recursion(calls, trees)
}

// walker inserts steps into range bodies and collects the template calls of one tree.
type walker struct {
	tree  *parse.Tree
	calls []*parse.TemplateNode
}

func (w *walker) list(l *parse.ListNode, depth int) error {
	if l == nil {
		return nil
	}
	for _, n := range l.Nodes {
		var b *parse.BranchNode
		switch n := n.(type) {
		case *parse.TemplateNode:
			w.calls = append(w.calls, n)
		case *parse.IfNode:
			b = &n.BranchNode
		case *parse.WithNode:
			b = &n.BranchNode
		case *parse.RangeNode:
			b = &n.BranchNode
			if b.List == nil {
				b.List = &parse.ListNode{NodeType: parse.NodeList, Pos: b.Pos}
			}
			b.List.Nodes = append([]parse.Node{step(w.tree, b.Pos)}, b.List.Nodes...)
		}
		if b == nil {
			continue
		}
		if depth >= MaxNesting {
			loc, _ := w.tree.ErrorContext(n)
			return fmt.Errorf("template: %s: if, range and with nested more than %d deep", loc, MaxNesting)
		}
		if err := w.list(b.List, depth+1); err != nil {
			return err
		}
		if err := w.list(b.ElseList, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// step is the action {{ guarantorStep }} at pos: it checks the budget and prints nothing.
func step(tree *parse.Tree, pos parse.Pos) *parse.ActionNode {
	id := parse.NewIdentifier(stepName).SetTree(tree).SetPos(pos)
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{id}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Pipe: pipe}
}

// recursion refuses a cycle in the graph of template calls, at the call that closes it.
func recursion(calls map[string][]*parse.TemplateNode, trees map[string]*parse.Tree) error {
	const (
		unseen = iota
		open
		done
	)
	state := map[string]int{}
	var visit func(name string, path []string) error
	visit = func(name string, path []string) error {
		state[name] = open
		for _, c := range calls[name] {
			switch state[c.Name] {
			case open:
				loc, _ := trees[name].ErrorContext(c)
				cycle := strings.Join(append(path, name, c.Name), ` -> `)
				return fmt.Errorf("template: %s: template %q calls itself (%s): recursive templates are not allowed", loc, c.Name, cycle)
			case unseen:
				if err := visit(c.Name, append(path, name)); err != nil {
					return err
				}
			}
		}
		state[name] = done
		return nil
	}
	for _, name := range slices.Sorted(maps.Keys(calls)) {
		if state[name] == unseen {
			if err := visit(name, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// tooDeep scans the actions of src for if, range, with, define and block nested deeper than
// MaxNesting, before the parser (whose memory grows with the nesting) sees it. It returns the
// 1-based line where the nesting passes the limit, or 0. The scan is approximate (an action
// inside a string counts too), and instrument checks the parse tree exactly.
func tooDeep(src string) int {
	depth := 0
	for i := strings.Index(src, "{{"); i >= 0; {
		rest := strings.TrimLeft(src[i+2:], "- \t\r\n")
		word := rest[:len(rest)-len(strings.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyz"))]
		switch word {
		case "if", "range", "with", "define", "block":
			if depth++; depth > MaxNesting+1 {
				return strings.Count(src[:i], "\n") + 1
			}
		case "end":
			depth = max(0, depth-1)
		}
		next := strings.Index(src[i+2:], "{{")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return 0
}

// used returns the names of the functions the templates of t's set call: the only ones Bind
// needs to replace (a name not in the parse tree is never called).
func used(t *template.Template) map[string]bool {
	names := map[string]bool{stepName: true}
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.IfNode:
			walk(&n.BranchNode)
		case *parse.RangeNode:
			walk(&n.BranchNode)
		case *parse.WithNode:
			walk(&n.BranchNode)
		case *parse.BranchNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n != nil {
				for _, c := range n.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.ChainNode:
			walk(n.Node)
		case *parse.IdentifierNode:
			names[n.Ident] = true
		}
	}
	for _, x := range t.Templates() {
		if x.Tree != nil {
			walk(x.Root)
		}
	}
	return names
}
