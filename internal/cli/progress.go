package cli

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressDelay is how long a build runs before it shows a progress bar: quick builds print
// nothing but their lines.
const progressDelay = 300 * time.Millisecond

// progress draws a one-line progress bar on a terminal. A nil *progress draws nothing.
type progress struct {
	w     io.Writer
	total int
	start time.Time
	shown bool
	done  int
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, start: time.Now()}
}

// update records that done drafts are finished and redraws the bar.
func (p *progress) update(done int) {
	if p == nil {
		return
	}
	p.done = done
	elapsed := time.Since(p.start)
	if elapsed < progressDelay || p.total == 0 {
		return
	}
	const width = 30
	filled := width * done / p.total
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d drafts %.1fs", strings.Repeat("#", filled),
		strings.Repeat(".", width-filled), done, p.total, elapsed.Seconds())
	p.shown = true
}

// clear erases the bar, so a line can be printed; the next update draws it again.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.shown = false
}
