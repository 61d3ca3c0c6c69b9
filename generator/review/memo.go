package review

import (
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
)

// A Memo keeps what the reviewer reads from texts that recur across the drafts of one project:
// a clause with the same parameters has the same texts in every draft that uses it. It is safe
// for concurrent use. Whoever builds many drafts owns one (build.Project does); the zero Memo
// is ready, and a nil *Memo keeps nothing.
type Memo struct {
	mu       sync.Mutex
	diverges map[string]string
}

// memoLimit bounds the texts a Memo keeps; past it, texts are read each time.
const memoLimit = 4096

// Review runs every rule over an assembled draft, as Review does, reusing what m keeps.
func (m *Memo) Review(d *generator.Draft) *Report {
	return review(d, m)
}

// diverge is Diverges, kept per pair of texts.
func (m *Memo) diverge(a *generator.Article, langs []generator.Lang) string {
	if m == nil {
		return Diverges(a, langs)
	}
	var k strings.Builder
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
