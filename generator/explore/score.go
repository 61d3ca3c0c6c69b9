package explore

import (
	"slices"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Score is a combination's place on the seed table's ordinal scales (0 very-low … 6
// very-high), with the reasons, and what the reviewer found.
type Score struct {
	Credibility int            `json:"credibility"`
	Feasibility int            `json:"feasibility"`
	Errors      int            `json:"errors"`
	Warnings    int            `json:"warnings"`
	Profile     review.Profile `json:"profile"`
	Reasons     []string       `json:"reasons"`
}

// Rating names a point of the scale.
func Rating(n int) string { return generator.Ratings[clamp(n)] }

func clamp(n int) int { return max(0, min(len(generator.Ratings)-1, n)) }

func rank(r string) int { return slices.Index(generator.Ratings, r) }

// score applies the model of docs/explore.md to a reviewed combination.
func score(rep *review.Report, in *generator.Instrument) Score {
	pr := rep.Profile
	s := Score{Profile: pr, Errors: rep.Count(review.Error), Warnings: rep.Count(review.Warning) - rep.Count(review.Error)}
	cred, feas := 0, len(generator.Ratings)-1 // no option: nothing credible, nothing to pay
	for _, o := range pr.Options {
		cred = max(cred, rank(o.Credibility))
		if f := rank(o.Feasibility); f >= 0 {
			feas = min(feas, f)
		}
	}
	why := func(r string) { s.Reasons = append(s.Reasons, r) }
	if pr.Response == "floor" || pr.Response == "automatic" {
		cred = min(cred+1, len(generator.Ratings)-1) // a bonus cannot lift past the top of the scale
		why("response floor or automatic response: credibility +1")
	}
	switch in.Form {
	case generator.MoU:
		cred--
		why("memorandum: credibility -1 (no legal obligation)")
	case generator.Declaration:
		cred -= 2
		why("declaration: credibility -2")
	case generator.Treaty:
		feas--
		why("treaty: feasibility -1 (parliaments ratify)")
	}
	if pr.Verification != "independent" && pr.Verification != "joint" {
		cred--
		why("no verification the guarantors can rely on (none, or one the adversary or a consensus can stop): credibility -1")
	}
	if pr.DurationYears > 0 && pr.DurationYears < 20 {
		cred--
		why("term under 20 years: credibility -1")
	}
	switch {
	case s.Errors >= 3:
		cred -= 2
		why("three or more reviewer errors: credibility -2")
	case s.Errors > 0:
		cred--
		why("a reviewer error: credibility -1")
	}
	s.Credibility, s.Feasibility = clamp(cred), clamp(feas)
	return s
}

// Frontier returns the indexes of the results no other result beats on both scales (at least
// as good on both, better on one), sorted by credibility.
func Frontier(rs []*Result) []int {
	var out []int
	for i, a := range rs {
		dominated := false
		for _, b := range rs {
			if b.Score.Credibility >= a.Score.Credibility && b.Score.Feasibility >= a.Score.Feasibility &&
				(b.Score.Credibility > a.Score.Credibility || b.Score.Feasibility > a.Score.Feasibility) {
				dominated = true
				break
			}
		}
		if !dominated {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(x, y int) int { return rs[x].Score.Credibility - rs[y].Score.Credibility })
	return out
}
