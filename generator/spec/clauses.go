package spec

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// clauses binds each entry of the clause list, then checks requires and conflicts.
func (b *binder) clauses() {
	if len(b.sf.Clauses) == 0 {
		b.errs.Addf(b.f.KeyPos("clauses"), "the spec chooses no clauses").
			WithHint("clauses: [{use: defence/art5-style}, ...]; `guarantor clauses` lists the library")
		return
	}
	seen := map[string]generator.Position{}
	for i := range b.sf.Clauses {
		u := b.entry(i, &b.sf.Clauses[i])
		if u == nil {
			continue
		}
		if prev, dup := seen[u.Clause.ID]; dup {
			b.errs.Addf(u.Pos, "clause %q is used twice", u.Clause.ID).WithHint("first used at %s", prev)
			continue
		}
		seen[u.Clause.ID] = u.Pos
		b.in.Uses = append(b.in.Uses, u)
	}
	b.links()
}

func (b *binder) entry(i int, e *entry) *generator.Use {
	pos := b.f.PosOf("clauses", i)
	switch {
	case e.Use != "" && e.Custom != nil:
		b.errs.Addf(pos, "a clause entry has either use or custom, not both")
	case e.Use != "":
		return b.use(i, e, pos)
	case e.Custom != nil:
		if len(e.With) > 0 {
			b.errs.Addf(b.f.KeyPos("clauses", i, "with"), "with applies to library clauses, not custom ones")
		}
		return b.custom(i, e.Custom, pos)
	default:
		b.errs.Addf(pos, "a clause entry needs use: <clause id> or custom: {...}")
	}
	return nil
}

// use binds a library clause and its parameters.
func (b *binder) use(i int, e *entry, pos generator.Position) *generator.Use {
	c := b.Library.Get(e.Use)
	if c == nil {
		err := b.errs.Addf(b.f.PosOf("clauses", i, "use"), "unknown clause %q", e.Use)
		if s := b.Library.Suggest(e.Use); s != "" {
			err.WithHint("did you mean %q?", s)
		} else {
			err.WithHint("`guarantor clauses` lists the library")
		}
		return nil
	}
	u := &generator.Use{Clause: c, Params: map[string]any{}, Pos: pos}
	if !c.AllowedIn(b.in.Form) && b.in.Form.Valid() {
		b.errs.Addf(pos, "clause %q is not allowed in a %s", c.ID, b.in.Form.Name()).
			WithHint("it may appear in: %s", joinForms(c.Forms))
	}
	for _, l := range b.in.Languages {
		if _, ok := c.Body(l, b.in.Form); !ok && c.AllowedIn(b.in.Form) {
			b.errs.Addf(pos, "clause %q has no %s text", c.ID, l).
				WithHint("remove %q from languages, or add a \"-- %s --\" section to %s", l, l, c.Pos.File)
		}
	}
	b.params(i, e.With, u)
	return u
}

// params checks the given values and fills in defaults.
func (b *binder) params(i int, with map[string]any, u *generator.Use) {
	c := u.Clause
	var names []string
	for _, p := range c.Params {
		names = append(names, p.Name)
	}
	for _, name := range slices.Sorted(maps.Keys(with)) {
		p := c.Param(name)
		if p == nil {
			e := b.errs.Addf(b.f.KeyPos("clauses", i, "with", name), "clause %q has no param %q", c.ID, name)
			if s := decode.Suggest(name, names); s != "" {
				e.WithHint("did you mean %q?", s)
			} else if len(names) > 0 {
				e.WithHint("its params: %s", strings.Join(names, ", "))
			} else {
				e.WithHint("it takes no params")
			}
			continue
		}
		v, err := p.Check(with[name])
		if err != nil {
			b.errs.Addf(b.f.PosOf("clauses", i, "with", name), "param %q of %q: %v", name, c.ID, err)
			continue
		}
		u.Params[name] = v
	}
	for _, p := range c.Params {
		if _, given := u.Params[p.Name]; given {
			continue
		}
		if p.Required() {
			b.errs.Addf(u.Pos, "clause %q needs param %q (%s)", c.ID, p.Name, p.Description).
				WithHint("with: {%s: ...}; allowed: %s", p.Name, p.AllowedText())
			continue
		}
		u.Params[p.Name] = p.Default
	}
}

// custom turns a drafter's own clause into a Clause allowed in every form.
func (b *binder) custom(i int, d *customDef, pos generator.Position) *generator.Use {
	at := []any{"clauses", i, "custom"}
	c := &generator.Clause{ID: d.ID, Category: "custom", Section: generator.Section(d.Section),
		Forms: generator.Forms, Properties: d.Properties, Custom: true, Pos: pos,
		Texts: map[generator.Lang]*generator.Text{}, Title: map[generator.Lang]string{}}
	if d.ID == "" {
		b.errs.Addf(pos, "custom clause needs an id").WithHint("id: custom/short-name")
	} else if b.Library.Get(d.ID) != nil {
		b.errs.Addf(b.f.PosOf(append(at, "id")...), "custom id %q is already a library clause", d.ID).
			WithHint("use it with `use: %s`, or choose another id", d.ID)
	}
	if !c.Section.Valid() {
		b.errs.Addf(b.f.KeyPos(append(at, "section")...), "custom clause section %q is not one of preamble, operative, final", d.Section)
	} else if c.Section == generator.Final && b.in.Form == generator.Declaration {
		b.errs.Addf(pos, "a declaration has no final clauses").WithHint("section: operative")
	}
	for l, s := range d.Title {
		c.Title[generator.Lang(l)] = strings.TrimSpace(s)
	}
	if c.Section != generator.Preamble {
		b.covers("title", slices.Sorted(maps.Keys(d.Title)), at...)
	}
	b.covers("text", slices.Sorted(maps.Keys(d.Text)), at...)
	for _, l := range slices.Sorted(maps.Keys(d.Text)) {
		body := generator.Body{Src: strings.TrimRight(d.Text[l], "\n"), Pos: b.f.TextPos(append(at, "text", l)...)}
		t, err := tmpl.Parse(body)
		if err != nil {
			b.errs.Merge(err)
			continue
		}
		body.Tmpl = t
		c.Texts[generator.Lang(l)] = &generator.Text{Body: body}
	}
	c.Hash = generator.Hash([]byte(fmt.Sprintf("%v|%v|%v|%v|%+v", d.ID, d.Section, d.Title, d.Text, d.Properties)))
	return &generator.Use{Clause: c, Params: map[string]any{}, Pos: pos}
}

// links checks that every required clause is used and no two used clauses conflict. A
// conflict is reported once, at the later of the two entries, whichever clause declares it.
func (b *binder) links() {
	index := map[string]int{}
	for i, u := range b.in.Uses {
		index[u.Clause.ID] = i
	}
	reported := map[[2]int]bool{}
	for i, u := range b.in.Uses {
		for _, r := range u.Clause.Requires {
			if _, ok := index[r]; !ok {
				b.errs.Addf(u.Pos, "clause %q requires %q, which the spec does not use", u.Clause.ID, r).
					WithHint("add `- use: %s`", r)
			}
		}
		for _, c := range u.Clause.Conflicts {
			j, ok := index[c]
			if !ok {
				continue
			}
			pair := [2]int{min(i, j), max(i, j)}
			if reported[pair] {
				continue
			}
			reported[pair] = true
			early, late := b.in.Uses[pair[0]], b.in.Uses[pair[1]]
			b.errs.Addf(late.Pos, "clause %q conflicts with %q", late.Clause.ID, early.Clause.ID).
				WithHint("%q is used at %s; keep one of them", early.Clause.ID, early.Pos)
		}
	}
}

// suppressions copies the suppress list; the reviewer judges missing reasons.
func (b *binder) suppressions() {
	for i, s := range b.sf.Suppress {
		b.in.Suppress = append(b.in.Suppress, generator.Suppression{
			Rule: s.Rule, Reason: strings.TrimSpace(s.Reason), Pos: b.f.PosOf("suppress", i)})
	}
}

func joinForms(forms []generator.Form) string {
	s := make([]string, len(forms))
	for i, f := range forms {
		s[i] = string(f)
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}
