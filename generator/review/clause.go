package review

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review/provision"
)

// clause is what the rules know about one placed clause: its declared properties and, for a
// custom clause, what its text says.
type clause struct {
	art      *generator.Article
	id       string
	custom   bool
	section  generator.Section
	props    generator.Properties
	params   map[string]any
	provides map[string]bool
	sents    []sentence             // custom clauses only
	provs    []*provision.Provision // what each sentence says; custom clauses only
	response level
	because  string         // the phrase or property that set response
	said     string         // the words of custom text that set response, as the reader found them
	numWords map[int]string // the words of each term, lock-in or notice a custom clause sets, by value in years or months
	years    []int          // durations the clause sets: its terms, else the years before a party may leave
	terms    []int          // terms in years a custom clause sets
	lockIns  []int          // years a custom clause keeps parties in before they may leave
	months   []int          // notice periods the clause sets
	seen     *detections    // what detectors found in the text; custom clauses only
}

func newClause(a *generator.Article, langs []generator.Lang, ps provision.Roster) *clause {
	c := a.Use.Clause
	cl := &clause{art: a, id: c.ID, custom: c.Custom, section: a.Section, props: c.Properties,
		params: a.Use.Params, provides: map[string]bool{}}
	for _, p := range c.Properties.Provides {
		cl.provides[p] = true
	}
	cl.response = levelOf(cl.provides, c.Properties.Response, c.Properties.Automatic)
	if cl.response != lvNone {
		cl.because = "response: " + cl.response.String()
	}
	if y := c.Properties.DurationYears.Resolve(a.Use.Params); y > 0 {
		cl.years = append(cl.years, y)
	}
	if m := c.Properties.NoticeMonths.Resolve(a.Use.Params); m > 0 {
		cl.months = append(cl.months, m)
	}
	if cl.custom {
		cl.seen = newDetections()
		for _, l := range langs {
			provs := provision.Read(l, a.Text[l], ps)
			cl.provs = append(cl.provs, provs...)
			for _, p := range provs {
				cl.sents = append(cl.sents, sentence{Lang: p.Lang, Text: p.Text})
			}
		}
		cl.readText()
	}
	return cl
}

// readText infers the response and the mechanisms of a custom clause from its text. What the
// drafter declared in properties stays; the text can only add.
func (c *clause) readText() {
	textLevel, because := lvNone, ""
	for i, s := range c.sents {
		if c.section == generator.Operative {
			if l, why := provisionLevel(c.provs[i]); l > textLevel {
				textLevel, because = l, why
			}
		}
		c.inferProvides(s)
		c.readNumbers(c.provs[i])
	}
	if len(c.terms) > 0 {
		c.years = append(c.years, c.terms...)
	} else {
		c.years = append(c.years, c.lockIns...)
	}
	if c.props.Response == "" && textLevel != lvNone {
		c.response, c.because, c.said = textLevel, "“"+because+"”", because
	}
}

// inferProvides records the mechanisms a sentence of custom text supplies.
func (c *clause) inferProvides(s sentence) {
	for name, p := range map[string]phrases{
		"verification": verificationText, "definition-armed-attack": definitionText, "status-statement": statusText,
		"entry-into-force": entryIntoForceText, "ratification": ratificationText, "provisional-application": provisionalText,
		"registration": registrationText, "authentic-texts": authenticText, "capability": capabilityText,
		"nato-accession": natoText, "denunciation": exitText, "renewal": renewalText,
	} {
		if p.in(s) {
			c.provides[name] = true
		}
	}
	if sanctionsText.in(s) && c.section == generator.Operative {
		c.provides["sanctions"] = true
	}
}

// first returns the first sentence of the clause a detector matches, with the phrase; nil if
// none does.
func (c *clause) first(p phrases) (*sentence, string) {
	if len(c.sents) == 0 {
		return nil, ""
	}
	i, ph := c.seen.lookup(c.seen.first, p, func() (int, string) {
		for i := range c.sents {
			if ph, _ := p.find(c.sents[i]); ph != "" {
				return i, ph
			}
		}
		return -1, ""
	})
	if i < 0 {
		return nil, ""
	}
	return &c.sents[i], ph
}

// positive reports whether the clause adds a new duty to act for the protected state.
func (c *clause) positive() bool {
	if b := c.props.BindingResponse; b != nil && !*b {
		return false // a right to act, not a duty
	}
	if c.sanctions() && c.props.Automatic != nil && !*c.props.Automatic && !c.provides["snapback"] {
		return false // a promise to consider sanctions again
	}
	if c.response >= lvDiscretionary {
		return true
	}
	for _, p := range []string{"military-assistance", "financial-assistance", "forces", "sanctions", "snapback",
		"mutual-defence", "response-floor", "nato-accession", "capability"} {
		if c.provides[p] && !c.custom {
			return true
		}
	}
	return false
}

func indexOf(s, sub string) int { return strings.Index(s, sub) }

// sanctions reports whether the clause is about sanctions rather than defence.
func (c *clause) sanctions() bool { return c.provides["sanctions"] || c.provides["snapback"] }

// rank orders clauses as the guarantee's centre of gravity: defence responses first, by
// strength, then sanctions.
func (c *clause) rank() int {
	if c.sanctions() {
		return int(c.response)
	}
	return 10 + int(c.response)
}
