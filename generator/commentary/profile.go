package commentary

import (
	"fmt"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// Aspect is an aspect of a review's profile that a swap may change.
type Aspect string

// The aspects of a profile, in the order the memorandum lists them.
const (
	Response     Aspect = "response"
	Verification Aspect = "verification"
	Duration     Aspect = "duration"
	Exit         Aspect = "exit"
	Snapback     Aspect = "snapback"
)

// changes lists the aspects in which two profiles differ, with their values (in the review's
// English vocabulary; the memorandum words them per language).
func changes(a, b review.Profile) []Change {
	var out []Change
	add := func(x Aspect, from, to string) {
		if from != to {
			out = append(out, Change{x, from, to})
		}
	}
	add(Response, a.Response, b.Response)
	add(Verification, a.Verification, b.Verification)
	add(Duration, duration(a), duration(b))
	add(Exit, exit(a), exit(b))
	add(Snapback, a.Snapback, b.Snapback)
	return out
}

// duration is "none", "20" or "20+" (renewable): the memorandum words it.
func duration(p review.Profile) string {
	switch {
	case p.DurationYears == 0:
		return "none"
	case p.Renewal:
		return fmt.Sprintf("%d+", p.DurationYears)
	}
	return fmt.Sprint(p.DurationYears)
}

// exit is "none", "denunciation" or "denunciation/12" (months of notice).
func exit(p review.Profile) string {
	if p.NoticeMonths == 0 {
		return p.Exit
	}
	return fmt.Sprintf("%s/%d", p.Exit, p.NoticeMonths)
}
