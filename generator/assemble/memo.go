package assemble

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// memo remembers, across the drafts one Kit assembles (see WithMemo), the text each clause
// template and each piece of a form template gave, with the references the execution made, so
// that a later draft in which the template reads the same data (language, form, parameters,
// and the parties, scope or dates only if it reads them) replays the references instead of
// executing the template again; and the block structure of each text, so that it is parsed
// once.
type memo struct {
	texts   sync.Map // textKey -> *memoText
	plans   sync.Map // text, its markers renumbered -> *plan
	readers sync.Map // readsKey -> reads
	mu      sync.Mutex
	scopes  map[string]int // the data a text reads, as text -> a short number for it
}

// textKey is everything a clause text depends on besides its references: the template, the
// clause's parameters and the part of the draft's data the template reads (see scope).
type textKey struct {
	clause string // "" for a piece of the form template
	tmpl   *template.Template
	name   string // the piece of the form template
	scope  int    // the number of the data read
	params string // the clause's parameters, or the data given to a piece
}

// reads is what a template reads of its data (see tmpl.Reads).
type reads struct {
	names []string
	all   bool
}

type readsKey struct {
	tmpl *template.Template
	name string
}

// memoText is a text as the template gave it, tidied, with the calls it made.
type memoText struct {
	text  string
	calls []call
}

// call is a {{ ref }} or {{ annex }} of a text and what it returned: a reference marker, or
// the words naming an annex.
type call struct {
	annex        bool
	id, gramCase string
	result       string
}

// WithMemo returns a copy of k that remembers the clause texts of the drafts it assembles and
// reuses them in later drafts where the template reads the same data: the explorer's many
// combinations of one base, a build's drafts that share clauses. The drafts are the same as
// without it. The memo grows with every distinct clause text, so it is for a batch of drafts
// (one build run, one exploration), not for a long-lived server.
func (k *Kit) WithMemo() *Kit {
	c := *k
	c.memo = &memo{scopes: map[string]int{}}
	return &c
}

// draftKey is what the form's data holds besides the vocabulary (fixed by the language and
// form), as text: the parties, languages, scope, date, place and the like.
func draftKey(data map[string]any, vocab map[string]string) string {
	keys := make([]string, 0, 16)
	for k := range data {
		if _, ok := vocab[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var b []byte
	for _, k := range keys {
		b = appendKey(appendString(b, k), data[k])
	}
	return string(b)
}

// reads returns what the template t, or its piece name, reads of its data, worked out once.
func (m *memo) reads(t *template.Template, name string) reads {
	k := readsKey{t, name}
	if r, ok := m.readers.Load(k); ok {
		return r.(reads)
	}
	if name != "" {
		t = t.Lookup(name)
	}
	var r reads
	r.names, r.all = tmpl.Reads(t)
	m.readers.Store(k, r)
	return r
}

// scope returns the number of the part of data, the form's data, that r reads, so that each
// text's key is short to hash. The language and the form are always part of it: the functions
// read them from the Env, and they fix the vocabulary.
func (m *memo) scope(r reads, data map[string]any, vocab map[string]string) int {
	var key string
	if r.all {
		key = "all" + draftKey(data, vocab)
	} else {
		b := make([]byte, 0, 128)
		for _, name := range append([]string{"Lang", "Form"}, r.names...) {
			if _, ok := vocab[name]; ok {
				continue
			}
			b = appendString(b, name)
			if v, ok := data[name]; ok {
				b = appendKey(b, v)
			} else {
				b = append(b, '-') // absent: an error with missingkey=error
			}
		}
		key = string(b)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	n, ok := m.scopes[key]
	if !ok {
		n = len(m.scopes) + 1
		m.scopes[key] = n
	}
	return n
}

// valueKey returns v as text for a memo key: two values give the same text only if they are
// equal.
func valueKey(v any) string { return string(appendKey(make([]byte, 0, 64), v)) }

// appendKey appends v to b unambiguously: strings with their length, maps in key order, and
// what it does not know with its Go syntax.
func appendKey(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, 'n')
	case string:
		return appendString(b, v)
	case int:
		return append(strconv.AppendInt(append(b, 'i'), int64(v), 10), ';')
	case bool:
		return strconv.AppendBool(append(b, 'b'), v)
	case generator.Name:
		return appendName(b, v)
	case []string:
		b = strconv.AppendInt(append(b, 'S'), int64(len(v)), 10)
		for _, x := range v {
			b = appendString(b, x)
		}
		return b
	case []generator.Name:
		b = strconv.AppendInt(append(b, 'L'), int64(len(v)), 10)
		for _, x := range v {
			b = appendName(b, x)
		}
		return b
	case map[string]any:
		var few [8]string
		keys := few[:0]
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = strconv.AppendInt(append(b, 'M'), int64(len(keys)), 10)
		for _, k := range keys {
			b = appendKey(appendString(b, k), v[k])
		}
		return b
	}
	return appendString(append(b, 'x'), fmt.Sprintf("%#v", v))
}

func appendName(b []byte, n generator.Name) []byte {
	b = append(b, 'N')
	for _, s := range [...]string{n.Nom, n.Gen, n.Dat, n.Acc, n.Ins, n.Loc} {
		b = appendString(b, s)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = strconv.AppendInt(append(b, 's'), int64(len(s)), 10)
	return append(append(b, ':'), s...)
}

// text executes a clause's template, or the named piece of a form template, and tidies its
// text, or replays a remembered text.
func (k *Kit) text(body generator.Body, name string, env *tmpl.Env, data func() any, key textKey) (string, error) {
	if k.memo == nil {
		return k.execText(body, name, env, data())
	}
	if m, ok := k.memo.texts.Load(key); ok {
		if s, ok := m.(*memoText).replay(env); ok {
			return s, nil
		}
	}
	calls, restore := record(env)
	text, err := k.execText(body, name, env, data())
	restore()
	if err == nil {
		k.memo.texts.Store(key, &memoText{text: text, calls: *calls})
	}
	return text, err
}

// execText executes a template, checks and tidies its text.
func (k *Kit) execText(body generator.Body, name string, env *tmpl.Env, data any) (string, error) {
	text, err := k.bind.Execute(body, name, env, data)
	if err == nil {
		err = checkText(text, body.Pos)
	}
	if err != nil {
		return "", err
	}
	return tidy(text), nil
}

// replay makes the text's calls again in env, in the order the template made them, and returns
// the text with the new reference markers. It fails when a call fails or an annex now has
// other words: the template must run again (to give its error, or other words).
//
// Swapping markers commutes with tidy: a marker is private-use characters around digits, which
// no rule of tidy looks at.
func (m *memoText) replay(env *tmpl.Env) (string, bool) {
	if env.Ref == nil || env.Annex == nil {
		return "", false
	}
	var pairs []string
	for _, c := range m.calls {
		if c.annex {
			if s, err := env.Annex(c.id, c.gramCase); err != nil || s != c.result {
				return "", false
			}
			continue
		}
		s, err := env.Ref(c.id, c.gramCase)
		if err != nil {
			return "", false
		}
		if s != c.result {
			pairs = append(pairs, c.result, s)
		}
	}
	if len(pairs) == 0 {
		return m.text, true
	}
	return strings.NewReplacer(pairs...).Replace(m.text), true
}

// record makes env record the calls of the templates it runs, until restore is called. The
// env keeps its budget: the template runs as it would without the memo.
func record(env *tmpl.Env) (calls *[]call, restore func()) {
	calls = &[]call{}
	ref, annex := env.Ref, env.Annex
	wrap := func(isAnnex bool, fn func(id, c string) (string, error)) func(id, c string) (string, error) {
		if fn == nil {
			return nil
		}
		return func(id, c string) (string, error) {
			s, err := fn(id, c)
			if err == nil {
				*calls = append(*calls, call{annex: isAnnex, id: id, gramCase: c, result: s})
			}
			return s, err
		}
	}
	env.Ref, env.Annex = wrap(false, ref), wrap(true, annex)
	return calls, func() { env.Ref, env.Annex = ref, annex }
}

// plan returns the plan of a text and the shift to add to its reference markers. With a memo,
// the markers of the text are numbered from 0 before it is looked up, so that a text whose
// references come later in another draft is read once: the shift puts them back.
func (b *builder) plan(s string) (*plan, int) {
	if b.memo == nil {
		return readPlan(s), 0
	}
	s, shift := renumber(s)
	if pl, ok := b.memo.plans.Load(s); ok {
		return pl.(*plan), shift
	}
	pl := readPlan(s)
	b.memo.plans.Store(s, pl)
	return pl, shift
}

// renumber returns s with its reference markers numbered from 0 (the lowest becomes 0) and
// what it took off each.
func renumber(s string) (string, int) {
	low := -1
	eachMarker(s, func(_, _, k int) {
		if low < 0 || k < low {
			low = k
		}
	})
	if low <= 0 {
		return s, 0
	}
	var b strings.Builder
	last := 0
	eachMarker(s, func(from, to, k int) {
		b.WriteString(s[last:from])
		b.WriteString(strconv.Itoa(k - low))
		last = to
	})
	b.WriteString(s[last:])
	return b.String(), low
}

// eachMarker calls fn with the start and end of the number of each reference marker of s, and
// the number.
func eachMarker(s string, fn func(from, to, k int)) {
	open := len(string(refOpen))
	for at := 0; ; {
		i := strings.IndexRune(s[at:], refOpen)
		if i < 0 {
			return
		}
		from := at + i + open
		j := strings.IndexRune(s[from:], refClose)
		if j < 0 {
			return
		}
		k, err := strconv.Atoi(s[from : from+j])
		if err == nil && k >= 0 {
			fn(from, from+j, k)
		}
		at = from + j
	}
}
