package pdf_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/internal/fixture"
)

// layoutPages returns the text of each page of a PDF as pdftotext -layout sets it: a table
// row on one line.
func layoutPages(t *testing.T, data []byte) []string {
	pages := strings.Split(run(t, data, "pdftotext", "-layout", "-enc", "UTF-8"), "\f")
	return pages[:len(pages)-1]
}

// A long table gives its rows in order, each on a line of its own with its cells, and its
// header row again on each page it runs onto; a short table stays on one page.
func TestTableRows(t *testing.T) {
	d := fixture.Draft(t, "notes")
	head := regexp.MustCompile(`(?m)^\s*No\.\s+Site\s+Personnel\s*$`)
	pages := layoutPages(t, render(t, parse(t, d, generator.English)))
	all := strings.Join(pages, "\n")
	at := 0
	for i := 1; i <= 36; i++ {
		row := regexp.MustCompile(fmt.Sprintf(`(?m)^\s*%d\s+\S+ region, site %d\s+%d\s*$`, i, i, 100+i*7))
		loc := row.FindStringIndex(all[at:])
		if loc == nil {
			t.Fatalf("row %d of the table is not on a line of its own after the row before", i)
		}
		at += loc[1]
	}
	spanned := 0
	for n, pg := range pages {
		if !strings.Contains(pg, "region, site") {
			continue
		}
		spanned++
		if !head.MatchString(pg) {
			t.Errorf("page %d has rows of the table but not its header", n+1)
		}
	}
	if spanned < 2 {
		t.Errorf("the long table spans %d page(s); the test needs it to break", spanned)
	}
	if !regexp.MustCompile(`(?m)^\s*the training of crews²\s+40 %\s+2027–2031\s*$`).MatchString(pages[0]) {
		t.Error("the short table is not whole on page 1")
	}
}

// Each footnote is set at the foot of the page of its mark, numbered from 1 in each
// language, and in the parallel edition under its language's column.
func TestFootnotes(t *testing.T) {
	d := fixture.Draft(t, "notes")
	notes := map[generator.Lang][2]string{
		generator.English:   {"¹ The table states minimum contributions.", "² At training grounds outside Ukraine."},
		generator.Ukrainian: {"¹ У таблиці зазначено мінімальні внески.", "² На полігонах за межами України."},
	}
	for l, want := range notes {
		pages := layoutPages(t, render(t, parse(t, d, l)))
		for i, note := range want {
			mark := []string{"¹", "²"}[i]
			for n, pg := range pages {
				first := strings.Index(pg, mark)
				if first < 0 {
					continue
				}
				if k := strings.Index(pg, note); k < first {
					t.Errorf("%s page %d: the mark %s, but its note %q not below it:\n%s", l, n+1, mark, note, pg)
				}
				break
			}
		}
	}
	text := run(t, parallel(t, d), "pdftotext", "-enc", "UTF-8")
	for _, want := range notes {
		for _, note := range want {
			if !strings.Contains(text, note[len("¹ "):]) {
				t.Errorf("parallel.pdf lacks the note %q", note)
			}
		}
	}
}
