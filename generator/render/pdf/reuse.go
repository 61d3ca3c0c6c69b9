package pdf

import (
	"encoding/binary"
	"math"
	"sync"
)

// Paragraphs recur across the drafts a process builds: the clauses of the library, headings,
// signature blocks, table cells. The lines of a paragraph depend only on its text, the
// settings of its block and the column, so they are kept, keyed by exactly those, and shared
// by every document that sets the same paragraph in the same column. Lines are never changed
// once broken. A PDF does not depend on what was built before it: a kept paragraph has the
// lines it would have had if broken again.

var kept struct {
	sync.RWMutex
	lines map[string][]line
	frags int // in all kept lines, for the budget
}

// keptBudget is the most frags kept, about 40 MB; paragraphs beyond it are broken each time.
const keptBudget = 1 << 19

// reuseLines returns the lines of the paragraph of b, broken once per process.
func reuseLines(b *block, width float64, t theme) []line {
	k := lineKey(b, width, t)
	kept.RLock()
	ls, ok := kept.lines[string(k)]
	kept.RUnlock()
	if ok {
		return ls
	}
	ls = paragraphLines(b, width, t)
	n := 0
	for _, l := range ls {
		n += len(l.frags)
	}
	kept.Lock()
	if kept.frags+n <= keptBudget {
		if kept.lines == nil {
			kept.lines = map[string][]line{}
		}
		kept.lines[string(k)] = ls
		kept.frags += n
	}
	kept.Unlock()
	return ls
}

// lineKey encodes everything paragraphLines reads: the runs and the settings of the block,
// the width of the column and the leading of the theme.
func lineKey(b *block, width float64, t theme) []byte {
	k := make([]byte, 0, 128)
	for _, v := range []float64{width, t.leading, b.size, b.indent, b.first, b.labelAt} {
		k = binary.LittleEndian.AppendUint64(k, math.Float64bits(v))
	}
	k = append(k, byte(b.align), flag(b.rules), flag(b.cell))
	k = binary.AppendUvarint(k, uint64(b.color))
	k = appendString(k, string(b.lang))
	k = appendString(k, b.label)
	for _, r := range b.runs {
		k = appendString(k, r.text)
		k = append(k, byte(r.style))
		k = binary.AppendUvarint(k, uint64(r.link))
		k = binary.AppendUvarint(k, uint64(r.note))
	}
	return k
}

func appendString(k []byte, s string) []byte {
	return append(binary.AppendUvarint(k, uint64(len(s))), s...)
}

func flag(b bool) byte {
	if b {
		return 1
	}
	return 0
}
