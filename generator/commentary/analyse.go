package commentary

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/assemble"
	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Analysis is the language-independent substance of a memorandum: the draft, its review, and
// for each clause of an article the alternatives with what choosing each would change.
type Analysis struct {
	Draft   *generator.Draft
	Report  *review.Report
	Choices map[*generator.Use][]*Choice
}

// Choice is an alternative and what choosing it would change.
type Choice struct {
	*Swap
	Err     string         // the first line of the error that kept the swap from being assembled
	Report  *review.Report // the review of the instrument with the swap made; nil when blocked
	New     []*review.Rule // rules with findings after the swap and none before, by id
	Removed []*review.Rule // rules with findings before the swap and none after, by id
	Profile []Change       // the aspects of the profile the swap changes
}

// Change is one aspect of the profile before and after a swap.
type Change struct {
	Aspect   Aspect
	From, To string
}

// Options are what an analysis needs beyond the draft.
type Options struct {
	Library *library.Library
	Kit     *assemble.Kit
	// Severity overrides rule severities (0 turns a rule off), as the build's review does.
	Severity map[string]review.Severity
	// Jobs is how many swaps are assembled and reviewed at once; 0: one per core.
	Jobs int
	// Limit is how many alternatives of one article are assessed (each costs an assembly and a
	// review, about 9 ms for the coalition treaty); the others are listed as not assessed.
	// 0: DefaultLimit.
	Limit int
}

// DefaultLimit is the number of alternatives of one article assessed by default. The library
// offers at most two per article today; the cap keeps a large house library from multiplying
// the cost of a build.
const DefaultLimit = 6

// Analyse reviews what each alternative of each article would change in d, whose review (with
// opt.Severity applied) is rep. The swaps are assembled in all the draft's languages, so a
// divergence between an alternative's two texts shows as a finding.
func Analyse(d *generator.Draft, rep *review.Report, opt Options) *Analysis {
	a := &Analysis{Draft: d, Report: rep, Choices: map[*generator.Use][]*Choice{}}
	var all []*Choice
	limit := opt.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	for _, art := range d.Articles {
		if art.Number == 0 {
			continue
		}
		assessed := 0
		for _, s := range Swaps(d.Instrument, opt.Library, art.Use) {
			c := &Choice{Swap: s}
			a.Choices[art.Use] = append(a.Choices[art.Use], c)
			switch {
			case s.Instrument == nil:
			case assessed == limit:
				s.block(Blocker{"limit", fmt.Sprint(limit)}, "only the first %d alternatives are assessed", limit)
			default:
				assessed++
				all = append(all, c)
			}
		}
	}
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	next := make(chan *Choice)
	var wg sync.WaitGroup
	for range min(jobs, len(all)) {
		wg.Go(func() {
			for c := range next {
				c.evaluate(rep, opt)
			}
		})
	}
	for _, c := range all {
		next <- c
	}
	close(next)
	wg.Wait()
	return a
}

// evaluate assembles and reviews the swap and compares its review with the draft's.
func (c *Choice) evaluate(base *review.Report, opt Options) {
	d, err := opt.Kit.Assemble(c.Instrument)
	if err != nil {
		c.Err = strings.SplitN(err.Error(), "\n", 2)[0]
		c.Block, c.Blocked = Blocker{"assemble", c.Err}, "it cannot be assembled: "+c.Err
		return
	}
	c.Report = review.Review(d)
	c.Report.Adjust(opt.Severity)
	before, after := rules(base), rules(c.Report)
	c.New, c.Removed = minus(after, before), minus(before, after)
	c.Profile = changes(base.Profile, c.Report.Profile)
}

// rules returns the rules with unsuppressed findings in a report, by id, each once.
func rules(r *review.Report) []*review.Rule {
	var out []*review.Rule
	for _, f := range r.Findings {
		if !f.Suppressed && !slices.Contains(out, f.Rule) {
			out = append(out, f.Rule)
		}
	}
	slices.SortFunc(out, func(a, b *review.Rule) int { return compare(a.ID, b.ID) })
	return out
}

func minus(a, b []*review.Rule) []*review.Rule {
	var out []*review.Rule
	for _, r := range a {
		if !slices.Contains(b, r) {
			out = append(out, r)
		}
	}
	return out
}
