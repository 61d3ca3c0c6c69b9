package review

import "strings"

// level is the strength of the response a clause commits to, weakest first.
type level int

const (
	lvNone          level = iota
	lvReaffirm            // restates existing law
	lvReferral            // refers the matter to another body (the Security Council)
	lvConsult             // talks
	lvDiscretionary       // acts, choosing whether and how
	lvFloor               // acts, with minimum measures
	lvAutomatic           // takes effect without a further decision
)

var levelNames = []string{"none", "reaffirm", "referral", "consult", "discretionary", "floor", "automatic"}

func (l level) String() string { return levelNames[l] }

// parseLevel maps a Properties.Response value to a level.
func parseLevel(s string) level {
	for i, n := range levelNames {
		if n == s {
			return level(i)
		}
	}
	return lvNone
}

// levelOf reads the level of a library clause from its declared properties.
func levelOf(provides map[string]bool, response string, automatic *bool) level {
	if l := parseLevel(response); l != lvNone {
		return l
	}
	switch {
	case automatic != nil && *automatic:
		return lvAutomatic
	case provides["response-floor"]:
		return lvFloor
	case provides["mutual-defence"]:
		return lvDiscretionary
	case provides["consultation"]:
		return lvConsult
	case provides["security-council-referral"]:
		return lvReferral
	case provides["reaffirmation"], provides["negative-guarantee"]:
		return lvReaffirm
	}
	return lvNone
}

// classify returns the level one sentence of custom text commits to, and the phrase that
// decided it.
func classify(s sentence) (level, string) {
	if sc, _ := securityCouncilText.find(s); sc != "" {
		if ref, _ := referralText.find(s); ref != "" && !independentText.in(s) {
			return lvReferral, sc
		}
	}
	pos, pat := positiveText.find(s)
	re, rat := reaffirmText.find(stripRespectOf(s))
	switch {
	case rat >= 0 && (pat < 0 || rat < pat):
		return lvReaffirm, re
	case pat >= 0:
		if a, _ := automaticText.find(s); a != "" {
			return lvAutomatic, a
		}
		if d, _ := discretionText.find(s); d != "" {
			return lvDiscretionary, d
		}
		if f, _ := floorText.find(s); f != "" {
			return lvFloor, f
		}
		return lvDiscretionary, pos
	}
	if a, _ := automaticText.find(s); a != "" && measuresText.in(s) {
		return lvAutomatic, a
	}
	if c, _ := consultText.find(s); c != "" {
		return lvConsult, c
	}
	return lvNone, ""
}

// stripRespectOf hides "in respect of" and "with respect to", which are not reaffirmations.
// One pass per phrase: a text that repeats it 20,000 times costs no more than its length.
func stripRespectOf(s sentence) sentence {
	for _, p := range []string{"in respect of", "with respect to", "in respect to"} {
		s.Text = strings.ReplaceAll(s.Text, p, "   ")
	}
	return s
}
