package review

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/guarantor-dev/guarantor/generator"
)

// Memo lets the reviews of many related drafts (a build's drafts, the explorer's combinations
// of one base) share what the reviewer read in texts they have in common: the words of the form
// template, the custom clauses, and the divergence check of each clause's texts. A review with
// a memo gives the same report as one without. Safe for concurrent use; the zero Memo is ready.
// It grows with every distinct text (the divergence checks up to memoLimit), so it is for a
// batch of drafts: a build, an exploration.
type Memo struct {
	frames  sync.Map // frameKey -> *frameText
	customs sync.Map // customKey -> *clause, without its article

	mu       sync.Mutex
	diverges map[string]string // the texts of a clause, by language -> Diverges
}

// memoLimit bounds the divergence checks a Memo keeps; past it, texts are checked each time.
const memoLimit = 4096

type frameKey struct {
	lang generator.Lang
	text string
}

// customKey is everything newClause reads of a custom clause.
type customKey struct {
	clause  *generator.Clause
	section generator.Section
	params  string
	texts   string // the clause's text in each language of the draft
	parties string // the names the reader looks for
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{} }

// Review is Review sharing what is read with the other reviews of the memo.
func (m *Memo) Review(d *generator.Draft) *Report { return review(d, m) }

// frameText is the sentences of one language of the form template's words, and which detectors
// they satisfy, found once.
type frameText struct {
	sents []sentence
	mu    sync.Mutex
	said  map[unsafe.Pointer]bool // by detector (each is a package variable)
}

// says reports whether a sentence of the frame matches the detector.
func (f *frameText) says(ph phrases) bool {
	id := reflect.ValueOf(ph).UnsafePointer()
	f.mu.Lock()
	defer f.mu.Unlock()
	if said, ok := f.said[id]; ok {
		return said
	}
	said := false
	for _, s := range f.sents {
		if ph.in(s) {
			said = true
			break
		}
	}
	f.said[id] = said
	return said
}

// frameOf returns the frame of a language's text, from the memo when there is one.
func (p *pass) frameOf(l generator.Lang, text string) *frameText {
	if p.memo == nil {
		return &frameText{sents: sentences(l, text), said: map[unsafe.Pointer]bool{}}
	}
	key := frameKey{l, text}
	if f, ok := p.memo.frames.Load(key); ok {
		return f.(*frameText)
	}
	f, _ := p.memo.frames.LoadOrStore(key, &frameText{sents: sentences(l, text), said: map[unsafe.Pointer]bool{}})
	return f.(*frameText)
}

// customClause returns newClause's reading of a custom clause, from the memo when there is
// one: a copy that shares the read facts, which no rule changes.
func (p *pass) customClause(a *generator.Article, langs []generator.Lang, parties string, read func() *clause) *clause {
	if p.memo == nil {
		return read()
	}
	var texts strings.Builder
	for _, l := range langs {
		fmt.Fprintf(&texts, "%s:%d:%s", l, len(a.Text[l]), a.Text[l])
	}
	key := customKey{clause: a.Use.Clause, section: a.Section, params: fmt.Sprintf("%#v", a.Use.Params),
		texts: texts.String(), parties: parties}
	if c, ok := p.memo.customs.Load(key); ok {
		cl := *c.(*clause)
		cl.art, cl.params = a, a.Use.Params
		return &cl
	}
	cl := read()
	p.memo.customs.Store(key, cl)
	cp := *cl
	return &cp
}

// partiesKey is the names of the parties the reader looks for, as text.
func partiesKey(in *generator.Instrument) string {
	var b strings.Builder
	for _, party := range append(in.Parties(), in.Adversary) {
		if party != nil {
			b.WriteString(party.Code + "\x00" + nameKey(party) + "\x01")
		} else {
			b.WriteString("\x02")
		}
	}
	return b.String()
}

// detections remembers what detectors found in a custom clause's text; the copies of a clause a
// memo hands out share it, so each detector reads the text once per batch.
type detections struct {
	mu    sync.Mutex
	first map[unsafe.Pointer]found
	plain map[unsafe.Pointer]found
}

// found is a detector's first match: the sentence (-1 for none) and the phrase. It keeps the
// detector, so that the map's address, the key, is not reused while the entry lives.
type found struct {
	ph     phrases
	at     int
	phrase string
}

func newDetections() *detections {
	return &detections{first: map[unsafe.Pointer]found{}, plain: map[unsafe.Pointer]found{}}
}

// lookup returns the detector's remembered match in table, or finds it with find.
func (d *detections) lookup(table map[unsafe.Pointer]found, ph phrases, find func() (int, string)) (int, string) {
	id := reflect.ValueOf(ph).UnsafePointer()
	d.mu.Lock()
	f, ok := table[id]
	d.mu.Unlock()
	if ok {
		return f.at, f.phrase
	}
	at, phrase := find()
	d.mu.Lock()
	table[id] = found{ph: ph, at: at, phrase: phrase}
	d.mu.Unlock()
	return at, phrase
}

// diverge is Diverges, kept per pair of texts.
func (m *Memo) diverge(a *generator.Article, langs []generator.Lang) string {
	if m == nil {
		return Diverges(a, langs)
	}
	var k strings.Builder
	n := 0
	for _, l := range langs {
		n += len(l) + len(a.Text[l]) + 2
	}
	k.Grow(n)
	for _, l := range langs {
		k.WriteString(string(l))
		k.WriteByte(0)
		k.WriteString(a.Text[l])
		k.WriteByte(0)
	}
	key := k.String()
	m.mu.Lock()
	why, ok := m.diverges[key]
	m.mu.Unlock()
	if ok {
		return why
	}
	why = Diverges(a, langs)
	m.mu.Lock()
	if m.diverges == nil {
		m.diverges = map[string]string{}
	}
	if len(m.diverges) < memoLimit {
		m.diverges[key] = why
	}
	m.mu.Unlock()
	return why
}
