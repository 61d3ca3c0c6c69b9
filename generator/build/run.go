package build

import (
	"context"
	"runtime"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Status says what a build did with one draft.
type Status string

// The statuses of a draft.
const (
	Built     Status = "built"     // its files were written
	Unchanged Status = "unchanged" // its inputs and files are as the manifest records
	Stale     Status = "stale"     // with Check: its files would change
	Failed    Status = "failed"    // its spec has an error; nothing was written
	Pruned    Status = "pruned"    // its spec is gone: its folder was (with Check: would be) removed
	Kept      Status = "kept"      // its files were edited by hand since they were built: not overwritten
)

// Result is what happened to one draft.
type Result struct {
	Spec   string         `json:"spec"`
	Name   string         `json:"name,omitempty"`
	Dir    string         `json:"dir,omitempty"`
	Status Status         `json:"status"`
	Reason string         `json:"reason,omitempty"` // why a draft was built or is stale
	Edited []string       `json:"edited,omitempty"` // with Kept: the files edited by hand
	Error  string         `json:"error,omitempty"`
	Review review.Summary `json:"review"`

	Err error                 `json:"-"`
	in  *generator.Instrument // nil when the spec did not load
}

// Runner builds many specs into one output folder, concurrently and incrementally.
type Runner struct {
	Project *Project
	Out     string  // the output folder; each draft goes to Out/<name>/
	Options Options // what to write for each draft
	Jobs    int     // drafts built at once; 0: one per core
	Force   bool    // rebuild drafts whose inputs did not change; overwrite outputs edited by hand
	Check   bool    // write nothing; report the drafts that would change
	// Folders are the spec folders being built: the outputs of specs that were in one of them
	// and no longer exist are pruned.
	Folders []string
	// Done, when set, is called after each draft, one call at a time.
	Done func(r *Result, done, total int)
}

// Run builds the specs and prunes the outputs of removed ones. It returns a result per spec, in
// order, then one per pruned folder. A failed spec does not stop the others. The error is for
// the run as a whole: the output folder is locked by another build, or ctx was cancelled (the
// drafts not started then have no result).
func (r *Runner) Run(ctx context.Context, specs []string) ([]*Result, error) {
	r = r.batch()
	if !r.Check {
		unlock, err := lockFolder(r.Out)
		if err != nil {
			return nil, err
		}
		defer unlock()
	}
	results := r.load(specs)
	r.each(ctx, results)
	if err := ctx.Err(); err != nil {
		return finished(results), err
	}
	pruned, err := r.prune(results)
	return append(results, pruned...), err
}

// batch returns a copy of r whose project keeps, for this run only, the clause texts its drafts
// share and the reviewer's reading of them.
func (r *Runner) batch() *Runner {
	p := *r.Project
	p.Kit = p.Kit.WithMemo()
	p.Review = &review.Memo{}
	c := *r
	c.Project = &p
	return &c
}

// load reads every spec concurrently (but for those unchanged by the look of their bytes and
// manifest), then fails all but the first of specs that share a name.
func (r *Runner) load(specs []string) []*Result {
	results := make([]*Result, len(specs))
	r.parallel(len(specs), func(i int) {
		res := &Result{Spec: specs[i]}
		if !r.unchanged(res) {
			res.in, res.Err = r.Project.Instrument(specs[i])
		}
		results[i] = res
	})
	names := map[string]string{}
	for _, res := range results {
		name := res.Name
		if res.in != nil {
			name = res.in.Name
		}
		if name == "" {
			continue
		}
		if prev, dup := names[name]; dup {
			res.Err = generator.Errorf(generator.Position{File: res.Spec}, "spec name %q is also used by %s", name, prev).
				WithHint("give one of them another name: key")
			res.in, res.Status = nil, ""
			continue
		}
		names[name] = res.Spec
	}
	return results
}

// each builds every loaded draft with r.Jobs workers and reports each result to r.Done.
func (r *Runner) each(ctx context.Context, results []*Result) {
	var mu sync.Mutex
	done := 0
	r.parallel(len(results), func(i int) {
		res := results[i]
		if ctx.Err() != nil {
			return
		}
		if res.in != nil {
			r.one(ctx, res)
		}
		if res.Err != nil && ctx.Err() != nil {
			return // stopped half-way by the interruption: no result, like the drafts not started
		}
		if res.Err != nil {
			res.Status, res.Error = Failed, res.Err.Error()
		}
		mu.Lock()
		defer mu.Unlock()
		done++
		if r.Done != nil {
			r.Done(res, done, len(results))
		}
	})
}

// parallel calls f(0) … f(n-1) with at most r.Jobs calls at a time.
func (r *Runner) parallel(n int, f func(i int)) {
	jobs := r.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, n) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// finished drops the results of drafts that were never started.
func finished(results []*Result) []*Result {
	out := results[:0:0]
	for _, res := range results {
		if res.Status != "" {
			out = append(out, res)
		}
	}
	return out
}
