package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// reporter prints what a build does: a line per draft that changed, failed or is stale, a
// progress bar on a terminal, and a summary line (or a JSON summary).
type reporter struct {
	b        *buildOptions
	project  *build.Project // for the findings of --json
	progress *progress
	// Drafts finish in any order; their lines are printed in the order of the specs, each as
	// soon as every draft before it has finished.
	order   map[string]int // spec -> its place
	waiting map[int]*build.Result
	next    int
}

func newReporter(b *buildOptions, specs []string) *reporter {
	total := len(specs)
	r := &reporter{b: b, order: map[string]int{}, waiting: map[int]*build.Result{}}
	for i, s := range specs {
		if _, dup := r.order[s]; !dup {
			r.order[s] = i
		}
	}
	if !b.quiet && !b.json && terminal(b.stderr) {
		r.progress = newProgress(b.stderr, total)
	}
	return r
}

// done reports a finished draft, and every one after it that was waiting for it.
func (r *reporter) done(res *build.Result, done, total int) {
	i, ok := r.order[res.Spec]
	if !ok || i < r.next {
		r.print(res)
	} else {
		r.waiting[i] = res
	}
	for {
		res, ok := r.waiting[r.next]
		if !ok {
			break
		}
		delete(r.waiting, r.next)
		r.print(res)
		r.next++
	}
	r.progress.update(done)
}

// flush prints the lines still waiting (of drafts after one that never ran), in order.
func (r *reporter) flush() {
	for _, i := range slices.Sorted(maps.Keys(r.waiting)) {
		r.print(r.waiting[i])
	}
	clear(r.waiting)
}

// print writes a draft's line, or its errors.
func (r *reporter) print(res *build.Result) {
	if res.Status == build.Failed {
		r.progress.clear()
		fmt.Fprintln(r.b.stderr, res.Err)
	} else if line := r.line(res); line != "" {
		r.progress.clear()
		fmt.Fprintln(r.b.stdout, line)
	}
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
	case build.Kept:
		return fmt.Sprintf("kept       %s (edited by hand: %s; --force overwrites)", res.Dir, strings.Join(res.Edited, ", "))
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
	r.flush()
	r.progress.clear()
	for _, res := range results {
		if res.Status == build.Pruned {
			if line := r.line(res); line != "" {
				fmt.Fprintln(r.b.stdout, line)
			}
		}
	}
	interrupted := errors.Is(runErr, context.Canceled)
	if runErr != nil && !interrupted && len(results) == 0 {
		return // the build did not start (the folder is locked or cannot be made): the error says why
	}
	s := summarize(results, elapsed, r.b.check, interrupted)
	if r.b.json {
		enc := json.NewEncoder(r.b.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(struct {
			Summary summary      `json:"summary"`
			Drafts  []jsonResult `json:"drafts"`
		}{s, r.withFindings(results)})
		return
	}
	fmt.Fprintln(r.b.stdout, s)
}

// jsonResult is a draft's result with its findings, in the JSON schema of review --format json.
type jsonResult struct {
	*build.Result
	Findings []review.JSONFinding `json:"findings"`
}

// withFindings reviews each draft that was built, is unchanged or stale, for its findings (a
// manifest keeps only their counts).
func (r *reporter) withFindings(results []*build.Result) []jsonResult {
	out := make([]jsonResult, len(results))
	for i, res := range results {
		out[i] = jsonResult{Result: res, Findings: []review.JSONFinding{}}
		if res.Status == build.Failed || res.Status == build.Pruned || r.project == nil {
			continue
		}
		d, err := r.project.Draft(res.Spec)
		if err != nil {
			continue
		}
		if rep := review.NewJSONOutput([]*review.Report{review.Review(d)}).Reports; len(rep) == 1 {
			out[i].Findings = rep[0].Findings
		}
	}
	return out
}

// summary counts what a build did.
type summary struct {
	Drafts      int            `json:"drafts"`
	Built       int            `json:"built"`
	Unchanged   int            `json:"unchanged"`
	Stale       int            `json:"stale"`
	Failed      int            `json:"failed"`
	Pruned      int            `json:"pruned"`
	Kept        int            `json:"kept"`
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
			s.Drafts++
			continue // not reviewed: its findings are unknown
		case build.Kept:
			s.Kept++
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
	add(s.Kept, "kept (edited by hand)")
	add(s.Failed, "failed")
	verb := ""
	if s.Interrupted {
		verb = "interrupted; "
	}
	findings := "findings: " + countText(s.Findings)
	switch reviewed := s.Drafts - s.Failed; {
	case reviewed == 0:
		findings = "nothing reviewed"
	case s.Failed > 0:
		findings = fmt.Sprintf("findings of the %d reviewed: %s", reviewed, countText(s.Findings))
	}
	return fmt.Sprintf("%s%d %s: %s; %s; %.2fs", verb, s.Drafts, plural(s.Drafts, "draft"),
		strings.Join(parts, ", "), findings, s.ElapsedMS/1000)
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
	case s.Kept > 0:
		return fmt.Errorf("%d draft(s) kept: their files were edited by hand since they were built; move the edits into the spec, or --force to overwrite them", s.Kept)
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
