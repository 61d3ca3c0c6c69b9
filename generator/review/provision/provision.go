package provision

import "github.com/guarantor-dev/guarantor/generator"

// Actor is who a provision's subject is.
type Actor string

// The actors the reader knows.
const (
	NoActor     Actor = ""
	Parties     Actor = "parties"          // the parties or participants together
	EachParty   Actor = "each-party"       // each of them, either of them, any of them
	Guarantors  Actor = "guarantors"       // the guarantors, the other parties, a named guarantor
	Beneficiary Actor = "beneficiary"      // the protected state
	Adversary   Actor = "adversary"        // the state the guarantee deters
	Council     Actor = "security-council" // the UN Security Council
	OSCE        Actor = "osce"             // the OSCE and its councils, which decide by consensus
	Body        Actor = "body"             // a commission, mission, organ, group or council
	Instrument  Actor = "instrument"       // this treaty, arrangement or guarantee itself
)

// Acts reports whether the actor is one of those who give the guarantee.
func (a Actor) Acts() bool { return a == Parties || a == EachParty || a == Guarantors }

// Modality is the force of a provision.
type Modality string

// The modalities, from strongest to weakest.
const (
	NoModality  Modality = ""
	Duty        Modality = "duty"         // shall, must, undertake to; a Ukrainian present tense
	Commitment  Modality = "commitment"   // will, would, are committed to
	Statement   Modality = "statement"    // a present-tense statement: recognises, establishes
	Intention   Modality = "intention"    // intend to, are resolved to, plan to
	BestEfforts Modality = "best-efforts" // endeavour, strive, seek to
	Right       Modality = "right"        // may, reserves the right, is entitled
	Prohibition Modality = "prohibition"  // shall not, may not
)

// Binding reports whether the modality obliges the actor to act.
func (m Modality) Binding() bool { return m == Duty || m == Commitment || m == Statement }

// Action is the class of what a provision makes its actor do.
type Action string

// The action classes.
const (
	NoAction  Action = ""
	Assist    Action = "assist"    // aid, assistance, defence, use of force, action to meet an attack
	Support   Action = "support"   // provide, supply, deliver, finance, train, deploy
	Sanction  Action = "sanction"  // impose or re-impose measures, costs, sanctions
	Consult   Action = "consult"   // consult, meet, convene, hold talks
	Decide    Action = "decide"    // decide, determine, settle the steps, vote
	Refer     Action = "refer"     // ask the Security Council to act
	Reaffirm  Action = "reaffirm"  // reaffirm, respect, recognise, honour
	Refrain   Action = "refrain"   // refrain, abstain, not use force
	Report    Action = "report"    // report, inform, notify
	Monitor   Action = "monitor"   // monitor, observe, gather facts
	Verify    Action = "verify"    // verify, inspect, investigate
	Attribute Action = "attribute" // establish who is responsible
	Capacity  Action = "capacity"  // keep up and develop forces and capabilities
	Establish Action = "establish" // set up a body
	Define    Action = "define"    // is deemed, is considered, includes, means
	Review    Action = "review"    // review the instrument
	Terminate Action = "terminate" // denounce, withdraw, cease to be a party, end
	Final     Action = "final"     // ratify, enter into force, come into effect, apply provisionally
	Other     Action = "other"     // a verb the reader does not class
)

// Responds reports whether the action is a response that acts for the protected state.
func (a Action) Responds() bool { return a == Assist || a == Support || a == Sanction }

// Provision is what one sentence says.
type Provision struct {
	Lang generator.Lang
	Text string // the sentence, normalised (see Normalise)

	Actor    Actor
	Modality Modality
	Action   Action
	// Words are the phrases each reading rests on, by what they show: "actor", "modal",
	// "action", and the names of the qualifiers below.
	Words map[string]string
	// Passive is true when the main verb is passive ("shall be provided", "має бути надано"),
	// so the subject is what is done, not who does it.
	Passive bool

	Trigger     string // the condition that activates the provision: "if such an attack occurs"
	Deadline    *Deadline
	Discretion  string // the phrase that leaves the response to each actor's judgement
	Budget      string // a budget or appropriations reservation
	Efforts     string // a best-efforts softener: "where possible"
	Floor       string // a minimum the response cannot go below, or "all the means in its power"
	Automatic   string // takes effect without a further decision
	SelfDefence string // cites self-defence or Article 51
	Unilateral  string // a right to act alone
	CarveOut    string // territory the provision leaves out
	Decision    Decision
	Council     CouncilRole // what the Security Council does in the provision
	Numbers     []Number
}

// Deadline is a time limit a provision sets.
type Deadline struct {
	Words string // as written: "within 24 hours", "without delay"
	Hours int    // 0 when the deadline has no number
	Firm  bool   // a number, not softened by "where possible"
}

// Decision is how a decision the provision needs is taken.
type Decision struct {
	Rule     string // "unanimity", "majority", or "" when the provision says nothing
	Words    string
	Reversed bool // unanimity is needed to stop a measure, not to take it ("unless they decide")
}

// CouncilRole is what the Security Council does in a provision.
type CouncilRole string

// The Council's roles.
const (
	NoCouncil   CouncilRole = ""
	Referred    CouncilRole = "referred"   // the actors ask the Council to act: the remedy is the Council
	Authorises  CouncilRole = "authorises" // the actors' response waits for the Council's decision
	Informed    CouncilRole = "informed"   // measures are reported to it, or end when it has acted
	Mentioned   CouncilRole = "mentioned"  // named, with no bearing on the response
	CouncilActs CouncilRole = "acts"       // the Council itself is the subject
)

// Function is what a number in a provision measures.
type Function string

// The functions of numbers.
const (
	Term         Function = "term"     // how long the instrument stays in force
	LockIn       Function = "lock-in"  // how long before a party may leave
	Notice       Function = "notice"   // the delay before an exit takes effect
	ReviewDate   Function = "review"   // when the instrument is reviewed
	DeadlineTime Function = "deadline" // the time to act or consult
	Renewal      Function = "renewal"  // the period of each renewal
	Mandate      Function = "mandate"  // the period of a body's mandate
	Unknown      Function = "unknown"
)

// Number is a number in a provision, with its unit and its function.
type Number struct {
	Value    int
	Unit     string // "year", "month", "week", "day", "hour"
	Function Function
	Words    string
}

// Months returns the number in months (years times 12); 0 for shorter units.
func (n Number) Months() int {
	switch n.Unit {
	case "year":
		return 12 * n.Value
	case "month":
		return n.Value
	}
	return 0
}
