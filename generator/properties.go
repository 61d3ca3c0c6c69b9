package generator

import (
	"fmt"
	"strconv"
	"strings"
)

// Properties are the facts about a clause that the reviewer reads. Library clauses declare them
// in their front matter; custom clauses may declare them in the spec. Values that depend on a
// parameter are written "$name" (e.g. duration_years: $years) and resolved per use.
type Properties struct {
	// Provides names the mechanisms the clause supplies, from Mechanisms.
	Provides []string `yaml:"provides" json:"provides,omitempty"`
	// Response is the strength of the response the clause commits to, from Responses.
	Response string `yaml:"response" json:"response,omitempty"`
	// BindingResponse is true when the response is a duty, not a discretion.
	BindingResponse *bool `yaml:"binding_response" json:"binding_response,omitempty"`
	// ResponseFloor lists the minimum measures each guarantor takes.
	ResponseFloor []string `yaml:"response_floor" json:"response_floor,omitempty"`
	// DeadlineHours is the time within which the response or decision is due.
	DeadlineHours Quantity `yaml:"deadline_hours" json:"deadline_hours,omitempty"`
	// DecisionRule is how the deciding body decides, from DecisionRules.
	DecisionRule string `yaml:"decision_rule" json:"decision_rule,omitempty"`
	// Decider is who decides or acts, from Deciders.
	Decider string `yaml:"decider" json:"decider,omitempty"`
	// AdversaryRole is the role the clause gives the adversary, from AdversaryRoles.
	AdversaryRole string `yaml:"adversary_role" json:"adversary_role,omitempty"`
	// Trigger says how the event that activates the clause is defined, from Triggers.
	Trigger string `yaml:"trigger" json:"trigger,omitempty"`
	// Automatic is true when the clause takes effect without a further decision.
	Automatic *bool `yaml:"automatic" json:"automatic,omitempty"`
	// DurationYears is the fixed term the clause sets.
	DurationYears Quantity `yaml:"duration_years" json:"duration_years,omitempty"`
	// NoticeMonths is the notice period for withdrawal the clause sets.
	NoticeMonths Quantity `yaml:"notice_months" json:"notice_months,omitempty"`
	// Option is the seed-table option the clause belongs to, from Options.
	Option string `yaml:"option" json:"option,omitempty"`
	// Credibility and Feasibility are the seed table's ratings of that option, from Ratings.
	Credibility string `yaml:"credibility" json:"credibility,omitempty"`
	Feasibility string `yaml:"feasibility" json:"feasibility,omitempty"`
	// RequiresEUMembership is true when the clause only protects an EU member state.
	RequiresEUMembership bool `yaml:"requires_eu_membership" json:"requires_eu_membership,omitempty"`
}

// Quantity is a number given literally or as a reference to an int parameter ("$years").
type Quantity struct {
	Value int    `json:"value,omitempty"`
	Param string `json:"param,omitempty"`
}

// Set reports whether the quantity was given.
func (q Quantity) Set() bool { return q.Value != 0 || q.Param != "" }

// Resolve returns the quantity's value, reading a parameter from params when it names one.
func (q Quantity) Resolve(params map[string]any) int {
	if q.Param == "" {
		return q.Value
	}
	if v, ok := params[q.Param].(int); ok {
		return v
	}
	return 0
}

// The vocabularies of the enumerated properties. The loader rejects other values.
var (
	Mechanisms = []string{
		"definition-armed-attack", "mutual-defence", "response-floor", "consultation",
		"military-assistance", "financial-assistance", "sanctions", "snapback", "verification",
		"attribution", "finding-link", "access", "forces", "capability", "nato-accession", "eu-accession",
		"scalable-activation", "duration", "renewal", "denunciation", "survival", "signature",
		"ratification", "provisional-application", "entry-into-force", "reservations",
		"amendment", "review", "dispute-settlement", "registration", "depositary",
		"authentic-texts", "status-statement", "discontinuation", "reaffirmation",
		"security-council-referral", "negative-guarantee", "recital", "accession",
		"relation-to-other-treaties", "annexes", "territorial-application", "confidential-annex",
		"constitutional-proviso", "de-escalation",
	}
	Responses      = []string{"none", "reaffirm", "consult", "discretionary", "floor", "automatic"}
	DecisionRules  = []string{"none", "majority", "qualified-majority", "unanimity", "consensus", "security-council", "unilateral"}
	Deciders       = []string{"none", "each-guarantor", "guarantors", "joint-commission", "independent-body", "security-council", "eu-council", "nato-council", "beneficiary"}
	AdversaryRoles = []string{"none", "guarantor", "verifier", "decision-maker", "approver"}
	Triggers       = []string{"defined", "undefined", "narrow"}
	Options        = []string{"assistance", "snapback", "air-naval", "tripwire", "nato-contingency"}
	Ratings        = []string{"very-low", "low", "low-moderate", "moderate", "moderate-high", "high", "very-high"}
)

// UnmarshalYAML reads a number or a "$param" reference.
func (q *Quantity) UnmarshalYAML(b []byte) error {
	s := strings.Trim(strings.TrimSpace(string(b)), `"'`)
	if strings.HasPrefix(s, "$") {
		q.Param = s[1:]
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("want a whole number or a $param reference, not %q", s)
	}
	q.Value = n
	return nil
}

// MarshalJSON writes a literal as a number and a reference as "$name".
func (q Quantity) MarshalJSON() ([]byte, error) {
	if q.Param != "" {
		return []byte(strconv.Quote("$" + q.Param)), nil
	}
	return []byte(strconv.Itoa(q.Value)), nil
}
