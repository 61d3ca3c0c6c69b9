package tmpl

import (
	"context"
	"fmt"
	"sync"
	"text/template"

	"github.com/guarantor-dev/guarantor/generator"
)

// Env is what a template execution depends on: the language, the form, and how to name another
// clause's article or paragraph.
type Env struct {
	Lang generator.Lang
	Form generator.Form
	// Ref returns the reference to the clause id in the given grammatical case ("" for the
	// default), or an error when the clause is not in the draft.
	Ref func(id, gramCase string) (string, error)
	// Annex returns the reference to an annex a clause of the draft declares ("Annex 2",
	// «додатку 2»), or an error when none declares it.
	Annex func(id, gramCase string) (string, error)
	// Ctx, when set, stops the templates once it is done (a build given Ctrl-C or SIGTERM).
	Ctx context.Context

	once  sync.Once
	guard *guard // the budget of every execution with this Env (one draft, one language)
}

func (e *Env) funcs() template.FuncMap { return funcsOf(func() *Env { return e }) }

// funcsOf returns the draft-dependent functions, each calling the Env that env returns when it
// is called.
func funcsOf(env func() *Env) template.FuncMap {
	return template.FuncMap{
		"ref":     func(id string, gramCase ...string) (string, error) { return env().ref(id, gramCase...) },
		"byform":  func(t, m string, d ...string) string { return env().byform(t, m, d...) },
		"plural":  func(n int, forms ...string) (string, error) { return env().plural(n, forms...) },
		"spell":   func(n int) string { return env().spell(n) },
		"joinand": func(items []string) string { return env().joinAnd(items) },
		"annex":   func(id string, gramCase ...string) (string, error) { return env().annex(id, gramCase...) },
	}
}

// ref names the article or paragraph a clause received: {{ ref "verification/joint-commission" }}
// gives "Article 7" in an English treaty, "статтю 7" in a Ukrainian one; {{ ref "x" "gen" }}
// gives "статті 7".
func (e *Env) ref(id string, gramCase ...string) (string, error) {
	if e.Ref == nil {
		return "", fmt.Errorf("ref %q: no draft to refer into", id)
	}
	c := ""
	if len(gramCase) > 0 {
		c = gramCase[0]
	}
	return e.Ref(id, c)
}

// annex names an annex that a clause of the draft declares: {{ annex "ceasefire-line" }} gives
// "Annex 1", «додаток 1»; {{ annex "ceasefire-line" "loc" }} gives «додатку 1».
func (e *Env) annex(id string, gramCase ...string) (string, error) {
	if e.Annex == nil {
		return "", fmt.Errorf("annex %q: no draft to refer into", id)
	}
	c := ""
	if len(gramCase) > 0 {
		c = gramCase[0]
	}
	return e.Annex(id, c)
}

// byform picks the words for the form: {{ byform "shall provide" "will provide" "intend to
// provide" }}; with two arguments the declaration uses the MoU's words.
func (e *Env) byform(treaty, mou string, declaration ...string) string {
	switch e.Form {
	case generator.Treaty:
		return treaty
	case generator.Declaration:
		if len(declaration) > 0 {
			return declaration[0]
		}
	}
	return mou
}

// plural picks the form of a noun for n: {{ plural 20 "year" "years" }}, or in Ukrainian with
// three forms {{ plural 20 "рік" "роки" "років" }}.
func (e *Env) plural(n int, forms ...string) (string, error) {
	if len(forms) < 2 {
		return "", fmt.Errorf("plural needs at least two forms")
	}
	if e.Lang == generator.Ukrainian {
		return ukrainianPlural(n, forms), nil
	}
	if n == 1 {
		return forms[0], nil
	}
	return forms[len(forms)-1], nil
}

// spell writes a number in words: {{ spell 20 }} gives "twenty" or "двадцять".
func (e *Env) spell(n int) string {
	if e.Lang == generator.Ukrainian {
		return SpellUkrainian(n)
	}
	return SpellEnglish(n)
}

// joinAnd joins a list in prose with the language's conjunction.
func (e *Env) joinAnd(items []string) string {
	if e.Lang == generator.Ukrainian {
		return JoinAnd(items, "і")
	}
	return JoinAnd(items, "and")
}

// Bind returns a copy of t whose draft-dependent functions use e and whose every function
// checks e's budget.
func (e *Env) Bind(t *template.Template) (*template.Template, error) {
	c, err := t.Clone()
	if err != nil {
		return nil, err
	}
	e.budget()
	fm := guardedFuncs(func() *Env { return e }, used(t))
	return c.Funcs(fm), nil
}

// budget returns the budget the executions with e share, made on first use.
func (e *Env) budget() *guard {
	e.once.Do(func() { e.guard = newGuard(e.Ctx) })
	return e.guard
}

// guardedFuncs returns the functions named in names (all when names is nil), each calling the
// Env that env returns at the call and checking its budget.
func guardedFuncs(env func() *Env, names map[string]bool) template.FuncMap {
	budget := func() *guard { return env().budget() }
	fm := template.FuncMap{}
	if names == nil || names[stepName] {
		fm[stepName] = func() (string, error) { return "", budget().check() }
	}
	for _, set := range []template.FuncMap{pure(), funcsOf(env)} {
		for name, fn := range set {
			if names == nil || names[name] {
				fm[name] = guarded(name, fn, budget)
			}
		}
	}
	return fm
}
