package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// reporter prints what a build does: a line per draft that changed, failed or is stale, a
// progress bar on a terminal, and a summary line (or a JSON summary).
type reporter struct {
	b        *buildOptions
	progress *progress
}

func newReporter(b *buildOptions, total int) *reporter {
	r := &reporter{b: b}
	if !b.quiet && !b.json && terminal(b.stderr) {
		r.progress = newProgress(b.stderr, total)
	}
	return r
}

// done reports one draft as soon as it is finished.
func (r *reporter) done(res *build.Result, done, total int) {
	if res.Status == build.Failed {
		r.progress.clear()
		fmt.Fprintln(r.b.stderr, res.Err)
	} else if line := r.line(res); line != "" {
		r.progress.clear()
		fmt.Fprintln(r.b.stdout, line)
	}
	r.progress.update(done)
}

// line is the text line for a draft, or "" when the draft is not worth a line.
func (r *reporter) line(res *build.Result) string {
	if r.b.quiet || r.b.json || (res.Status == build.Unchanged && !r.b.verbose) {
		return ""
	}
	findings := "review: " + countText(res.Review)
	switch res.Status {
	case build.Stale:
		return fmt.Sprintf("stale      %s (%s; %s)", res.Dir, res.Reason, res.Spec)
	case build.Pruned:
		if r.b.check {
			return fmt.Sprintf("prune      %s (%s is gone)", res.Dir, res.Spec)
		}
		return fmt.Sprintf("pruned     %s (%s is gone)", res.Dir, res.Spec)
	}
	return fmt.Sprintf("%-10s %s -> %s (%s)", res.Status, res.Spec, res.Dir, findings)
}

// finish clears the progress bar and prints the summary.
func (r *reporter) finish(results []*build.Result, elapsed time.Duration, runErr error) {
	r.progress.clear()
	for _, res := range results {
		if res.Status == build.Pruned {
			if line := r.line(res); line != "" {
				fmt.Fprintln(r.b.stdout, line)
			}
		}
	}
	s := summarize(results, elapsed, r.b.check, runErr != nil)
	if r.b.json {
		enc := json.NewEncoder(r.b.stdout)
		enc.SetIndent("", "  ")
		enc.Encode(struct {
			Summary summary         `json:"summary"`
			Drafts  []*build.Result `json:"drafts"`
		}{s, results})
		return
	}
	fmt.Fprintln(r.b.stdout, s)
}

// summary counts what a build did.
type summary struct {
	Drafts      int            `json:"drafts"`
	Built       int            `json:"built"`
	Unchanged   int            `json:"unchanged"`
	Stale       int            `json:"stale"`
	Failed      int            `json:"failed"`
	Pruned      int            `json:"pruned"`
	Findings    review.Summary `json:"findings"`
	ElapsedMS   float64        `json:"elapsed_ms"`
	Check       bool           `json:"check"`
	Interrupted bool           `json:"interrupted"`
}

func summarize(results []*build.Result, elapsed time.Duration, check, interrupted bool) summary {
	s := summary{ElapsedMS: float64(elapsed.Microseconds()) / 1000, Check: check, Interrupted: interrupted}
	for _, res := range results {
		switch res.Status {
		case build.Built:
			s.Built++
		case build.Unchanged:
			s.Unchanged++
		case build.Stale:
			s.Stale++
		case build.Failed:
			s.Failed++
		case build.Pruned:
			s.Pruned++
			continue
		}
		s.Drafts++
		s.Findings.Error += res.Review.Error
		s.Findings.Warning += res.Review.Warning
		s.Findings.Info += res.Review.Info
		s.Findings.Suppressed += res.Review.Suppressed
	}
	return s
}

// String is the summary line.
func (s summary) String() string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 || what == "failed" {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	if s.Check {
		add(s.Drafts-s.Stale-s.Failed, "up to date")
		add(s.Stale, "stale")
		add(s.Pruned, "to prune")
	} else {
		add(s.Built, "built")
		add(s.Unchanged, "unchanged")
		add(s.Pruned, "pruned")
	}
	add(s.Failed, "failed")
	verb := ""
	if s.Interrupted {
		verb = "interrupted; "
	}
	return fmt.Sprintf("%s%d %s: %s; findings: %s; %.2fs", verb, s.Drafts, plural(s.Drafts, "draft"),
		strings.Join(parts, ", "), countText(s.Findings), s.ElapsedMS/1000)
}

func countText(c review.Summary) string {
	text := c.Counts()
	if c.Suppressed > 0 {
		text += fmt.Sprintf(", %d suppressed", c.Suppressed)
	}
	return text
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// verdict turns the results into the build's error: failed specs (exit 2), stale drafts with
// --check or findings at --fail-on (exit 1).
func verdict(results []*build.Result, check bool, threshold int) error {
	s := summarize(results, 0, check, false)
	var failed []string
	for _, res := range results {
		if res.Status == build.Failed {
			failed = append(failed, res.Spec)
		}
	}
	switch {
	case s.Failed > 0:
		return fmt.Errorf("%d of %d specs failed: %s", s.Failed, s.Drafts, strings.Join(failed, ", "))
	case check && s.Stale+s.Pruned > 0:
		return &StaleError{Count: s.Stale + s.Pruned}
	}
	n := 0
	for _, res := range results {
		n += atLeast(res.Review, review.Severity(threshold))
	}
	if threshold > 0 && n > 0 {
		return &FindingsError{Count: n}
	}
	return nil
}

// atLeast counts the findings of c at or above min.
func atLeast(c review.Summary, min review.Severity) int {
	n := 0
	for sev, count := range map[review.Severity]int{review.Error: c.Error, review.Warning: c.Warning, review.Info: c.Info} {
		if sev >= min {
			n += count
		}
	}
	return n
}
