package document

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// ids makes heading ids that keep letters of any script: goldmark's default drops everything
// but ASCII, so a Ukrainian heading would get an empty or numbered id. "Взаємна оборона"
// becomes "взаємна-оборона"; a repeat gets "-1", "-2".
type ids struct {
	used map[string]bool
}

func newIDs() *ids { return &ids{used: map[string]bool{}} }

// Generate returns a fresh id for a heading text.
func (s *ids) Generate(value []byte, _ ast.NodeKind) []byte {
	base := Slug(string(value))
	if base == "" {
		base = "section"
	}
	id := base
	for n := 1; s.used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	s.used[id] = true
	return []byte(id)
}

// Put records an id given explicitly.
func (s *ids) Put(value []byte) { s.used[string(value)] = true }

// Slug lower-cases s and keeps its letters and digits, joining runs of anything else with one
// hyphen.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}
