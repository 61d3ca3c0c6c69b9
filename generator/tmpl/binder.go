package tmpl

import (
	"bytes"
	"sync"
	"text/template"

	"github.com/guarantor-dev/guarantor/generator"
)

// Binder runs templates bound to an Env without copying them for every execution: it keeps,
// per template, a pool of copies whose draft-dependent functions call the Env of the moment.
// A Binder belongs to whoever owns the templates (assembly's Kit); it is safe for concurrent
// use.
type Binder struct {
	pools sync.Map // *template.Template -> *sync.Pool of *boundCopy
}

// boundCopy is a copy of a template whose functions call env.
type boundCopy struct {
	t   *template.Template
	env *Env
}

// Execute runs the template t, or the template it defines under name when name is not "",
// with data in env. Errors are placed relative to start, the position of t's first line.
func (b *Binder) Execute(t *template.Template, name string, env *Env, data any, start generator.Position) (string, error) {
	c, err := b.get(t)
	if err != nil {
		return "", err
	}
	defer b.put(t, c)
	c.env = env
	run := c.t
	if name != "" {
		if run = c.t.Lookup(name); run == nil {
			return "", generator.Errorf(start, "template %q is not defined", name)
		}
	}
	var buf bytes.Buffer
	if err := run.Execute(&capped{w: &buf, left: MaxOutput}, data); err != nil {
		return "", Locate(start, err)
	}
	return buf.String(), nil
}

func (b *Binder) get(t *template.Template) (*boundCopy, error) {
	p, _ := b.pools.LoadOrStore(t, &sync.Pool{})
	if c, ok := p.(*sync.Pool).Get().(*boundCopy); ok {
		return c, nil
	}
	clone, err := t.Clone()
	if err != nil {
		return nil, err
	}
	c := &boundCopy{}
	c.t = clone.Funcs(c.funcs())
	return c, nil
}

func (b *Binder) put(t *template.Template, c *boundCopy) {
	c.env = nil
	if p, ok := b.pools.Load(t); ok {
		p.(*sync.Pool).Put(c)
	}
}

// funcs are the draft-dependent functions, calling the copy's Env of the moment.
func (c *boundCopy) funcs() template.FuncMap { return funcsOf(func() *Env { return c.env }) }
