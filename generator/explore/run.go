package explore

import (
	"runtime"
	"strings"
	"sync"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/assemble"
	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Result is a combination with its score, or the error that kept it from being assembled.
type Result struct {
	Combo    *Combo `json:"combo"`
	Score    Score  `json:"score"`
	Err      string `json:"error,omitempty"`
	Frontier bool   `json:"frontier"`
}

// Run enumerates the combinations on base, assembles and reviews each (in English only: the
// reviewer's judgement does not depend on the language), and scores them, one worker per core.
func Run(base *generator.Instrument, lib *library.Library, kit *assemble.Kit) []*Result {
	return RunCombos(base, lib, kit, Enumerate(base, lib))
}

// RunCombos is Run over the given combinations. The combinations share most of their clauses:
// the kit remembers each clause text across them (assemble.Kit.WithMemo).
func RunCombos(base *generator.Instrument, lib *library.Library, kit *assemble.Kit, combos []*Combo) []*Result {
	kit = kit.WithMemo()
	memo := review.NewMemo()
	out := make([]*Result, len(combos))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				out[i] = evaluate(base, lib, kit, memo.Review, combos[i])
			}
		})
	}
	for i := range combos {
		next <- i
	}
	close(next)
	wg.Wait()
	var ok []*Result
	for _, r := range out {
		if r.Err == "" {
			ok = append(ok, r)
		}
	}
	for _, i := range Frontier(ok) {
		ok[i].Frontier = true
	}
	return out
}

func evaluate(base *generator.Instrument, lib *library.Library, kit *assemble.Kit, rev func(*generator.Draft) *review.Report, c *Combo) *Result {
	in := Instrument(base, lib, c)
	in.Languages = []generator.Lang{generator.English}
	in.Prevails = ""
	r := &Result{Combo: c}
	d, err := kit.Assemble(in)
	if err != nil {
		r.Err = strings.SplitN(err.Error(), "\n", 2)[0]
		return r
	}
	r.Score = score(rev(d), in)
	return r
}

// Instrument returns the base instrument changed as the combination says.
func Instrument(base *generator.Instrument, lib *library.Library, c *Combo) *generator.Instrument {
	in := *base
	in.Form, in.Scope = c.Form, c.Scope
	in.Uses = nil
	for _, id := range c.Clauses {
		u := useOf(base, lib, id)
		if u == nil {
			continue
		}
		if id == "duration/fixed-term" && c.Years > 0 {
			u.Params["years"] = c.Years
		}
		in.Uses = append(in.Uses, u)
	}
	return &in
}

// useOf returns the base's use of a clause (a copy, its parameters kept) or a new use with the
// defaults.
func useOf(base *generator.Instrument, lib *library.Library, id string) *generator.Use {
	for _, u := range base.Uses {
		if u.Clause.ID == id {
			params := map[string]any{}
			for k, v := range u.Params {
				params[k] = v
			}
			return &generator.Use{Clause: u.Clause, Params: params, Pos: u.Pos}
		}
	}
	cl := lib.Get(id)
	if cl == nil {
		return nil
	}
	params := map[string]any{}
	for _, p := range cl.Params {
		params[p.Name] = p.Default
	}
	return &generator.Use{Clause: cl, Params: params, Pos: base.Uses[0].Pos}
}
