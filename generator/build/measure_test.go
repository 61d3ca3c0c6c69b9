package build_test

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestMeasure(t *testing.T) {
	p := loadFrom(t, "../../clauses")
	n, _ := strconv.Atoi(os.Getenv("N"))
	for name, text := range map[string]string{
		"links":   strings.Repeat("[a](", n),
		"linkssp": strings.Repeat("[a](", n) + " x",
		"nested":  strings.Repeat("[", n) + "a" + strings.Repeat("]", n),
		"quote":   strings.Repeat("> ", n) + "a",
		"list":    strings.Repeat("- ", n) + "a",
		"ilist": func() string { var b strings.Builder; for i := range n / 10 { b.WriteString(strings.Repeat("  ", i) + "- a\n") }; return b.String() }(),
		"emph":    strings.Repeat("*a **a ", n),
		"ticks":   strings.Repeat("`", n) + "a",
		"lt":      strings.Repeat("<a ", n),
		"img":     strings.Repeat("![a](", n),
		"brack":   strings.Repeat("[a]", n),
		"fnref":   strings.Repeat("[^a]", n),
		"ent":     strings.Repeat("&#", n),
		"plain":   strings.Repeat("The Parties shall consult each other without delay on any matter. ", n/10) + "\n\n",
		"paras":   strings.Repeat("The Parties shall consult each other without delay on any matter.\n\n", n/10),
		"emph2":   strings.Repeat("*a* ", n),
	} {
		if os.Getenv("ONLY") != "" && os.Getenv("ONLY") != name { continue }
		start := time.Now()
		err := throughAll(p, text)
		e := ""
		if err != nil { e = err.Error(); if len(e) > 100 { e = e[:100] } }
		t.Logf("%-8s %v %s", name, time.Since(start), e)
	}
}
