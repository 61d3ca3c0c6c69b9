package tmpl

import (
	"bytes"
	"runtime"
	"sync"
	"text/template"
	"weak"

	"github.com/guarantor-dev/guarantor/generator"
)

// Binder runs templates bound to an Env without copying them for every execution: it keeps,
// per template, a pool of copies whose draft-dependent functions call the Env of the moment.
// A Binder belongs to whoever owns the templates (assembly's Kit); it is safe for concurrent
// use. It does not keep a template alive: the pool of a template nobody holds any more (a
// custom text the workbench has re-parsed since) goes with it.
type Binder struct {
	pools sync.Map // weak.Pointer[template.Template] -> *sync.Pool of *boundCopy
}

// boundCopy is a copy of a template whose functions call env.
type boundCopy struct {
	t   *template.Template
	env *Env
}

// Execute runs the template of body (body.Tmpl, parsed from body.Src), or the template it
// defines under name when name is not "", with data in env. Errors are placed in the file
// body.Pos names.
func (b *Binder) Execute(body generator.Body, name string, env *Env, data any) (string, error) {
	t, start := body.Tmpl, body.Pos
	p := b.pool(t)
	c, err := get(p, t)
	if err != nil {
		return "", err
	}
	defer put(p, c)
	c.env = env
	env.budget() // the budget of the draft, shared by all its executions
	run := c.t
	if name != "" {
		if run = c.t.Lookup(name); run == nil {
			return "", generator.Errorf(start, "template %q is not defined", name)
		}
	}
	var buf bytes.Buffer
	if err := run.Execute(&capped{w: &buf, g: env.guard}, data); err != nil {
		return "", locate(start, err, body.Src, data)
	}
	return buf.String(), nil
}

// get takes a copy of t from its pool, or makes one.
func get(p *sync.Pool, t *template.Template) (*boundCopy, error) {
	if c, ok := p.Get().(*boundCopy); ok {
		return c, nil
	}
	clone, err := t.Clone()
	if err != nil {
		return nil, err
	}
	c := &boundCopy{}
	c.t = clone.Funcs(c.funcs(t))
	return c, nil
}

// put gives a copy back to its pool.
func put(p *sync.Pool, c *boundCopy) {
	c.env = nil
	p.Put(c)
}

// pool returns the pool of t's copies, making it on first use; it is dropped once t is
// collected.
func (b *Binder) pool(t *template.Template) *sync.Pool {
	k := weak.Make(t)
	if p, ok := b.pools.Load(k); ok {
		return p.(*sync.Pool)
	}
	p, loaded := b.pools.LoadOrStore(k, &sync.Pool{})
	if !loaded {
		runtime.AddCleanup(t, func(k weak.Pointer[template.Template]) { b.pools.Delete(k) }, k)
	}
	return p.(*sync.Pool)
}

// size returns the number of templates with a pool.
func (b *Binder) size() int {
	n := 0
	b.pools.Range(func(any, any) bool { n++; return true })
	return n
}

// funcs are the functions t calls, guarded, each calling the copy's Env of the moment and
// checking its budget: every call checks that draft's budget.
func (c *boundCopy) funcs(t *template.Template) template.FuncMap {
	return guardedFuncs(func() *Env { return c.env }, used(t))
}
