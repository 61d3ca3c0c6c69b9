package tmpl

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// The limits on template execution. Clause texts, custom texts and form templates come from
// other people (a pull request, a colleague's library), so no template may run, or build, without
// bound. They are stated in README.md (Security and limits).
const (
	// MaxText caps what the templates of one draft may write in one language: the draft's
	// text. The largest example is 95 KB; every renderer takes time in proportion to it.
	MaxText = 256 << 10
	// MaxValue caps the size of a function's arguments taken together, and of its result.
	MaxValue = 1 << 20
	// MaxBuilt caps everything the templates of one draft build in one language: the results
	// of all function calls and all output.
	MaxBuilt = 64 << 20
	// MaxNesting caps how deep if, range, with, define and block may nest.
	MaxNesting = 100
)

// MaxSteps is how many steps (range iterations, template calls, function calls and writes)
// the templates of one draft may take in one language: the budget that stops a runaway
// template, the same on every machine. The largest example takes under 3,000. A variable so
// tests can shorten it.
var MaxSteps int64 = 2_000_000

// TimeBudget is the wall-clock backstop behind MaxSteps: how long the templates of one draft
// may run in one language, on however loaded a machine. A variable so tests can shorten it.
var TimeBudget = 30 * time.Second

// limitError is a template that went over a limit; Locate places it at the action that did.
type limitError struct {
	msg, hint string
}

func (e *limitError) Error() string { return e.msg }

var (
	errTooLarge = &limitError{"the draft's text exceeds 256 KiB in one language (the limit on a draft)",
		"a clause text is a few kilobytes; look for a range that writes the same text many times"}
	errBuilt = &limitError{"the templates of this draft built more than 64 MiB of text in one language",
		"look for a loop that builds ever longer text"}
)

// guard is the budget of one draft in one language: a deadline, the context of the build, and
// the bytes built so far. It is checked at every range iteration, every template call, every
// function call and every write.
type guard struct {
	ctx      context.Context
	deadline time.Time
	steps    int64
	built    int // bytes built by functions and written
	written  int // bytes written
}

func newGuard(ctx context.Context) *guard {
	if ctx == nil {
		ctx = context.Background()
	}
	return &guard{ctx: ctx, deadline: time.Now().Add(TimeBudget)}
}

// check returns the context's error once it is done (Ctrl-C), or a limit error past the deadline.
func (g *guard) check() error {
	if err := g.ctx.Err(); err != nil {
		return err
	}
	if g.steps++; g.steps > MaxSteps {
		return &limitError{fmt.Sprintf("template execution exceeds its budget of %d steps per draft and language", MaxSteps),
			"look for a range over a large number, a template that calls itself, or a loop that builds ever longer text"}
	}
	if time.Now().After(g.deadline) {
		return &limitError{fmt.Sprintf("template execution exceeds its time budget (%v per draft and language)", TimeBudget),
			"look for a range over a large number, or a loop that builds ever longer text"}
	}
	return nil
}

// add counts n more bytes built.
func (g *guard) add(n int) error {
	g.built += n
	if g.built > MaxBuilt {
		return errBuilt
	}
	return nil
}

// isStop reports whether err is the build being stopped rather than a fault of the template.
func isStop(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
