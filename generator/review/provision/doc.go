// Package provision reads what each sentence of an instrument says, in English and Ukrainian,
// the way a treaty lawyer does: who must act (a party, the guarantors, each guarantor, the
// beneficiary, the adversary, a body such as the Security Council or a commission), with what
// force (a binding duty, a commitment, an intention, a right, a prohibition), to do what (assist,
// support, consult, decide, reaffirm, refer to the Council, verify, impose measures, review,
// denounce ...), on what condition, by when (a firm deadline or a "where possible" one), with
// which qualifiers (discretion, constitutional processes, budget reservations, best efforts),
// decided how (unanimity in its variants, majority), with which carve-outs and unilateral
// rights, and what every number in it measures (the term, a lock-in before exit, the notice
// before denunciation takes effect, a review date, a deadline, a renewal period, a mandate).
//
// The reader works on phrase families, not single spellings: each family lists the ways the
// languages say one thing, and the reader places what it finds in the sentence (the subject
// before the modal verb, the action after it), so a rule can ask who does what rather than
// whether a word occurs. Where it cannot tell who must act it says so (Provision.Actor is
// NoActor) instead of guessing.
package provision
