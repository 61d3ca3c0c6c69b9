// Package commentary writes the explanatory memorandum of a draft, as a legal adviser writes
// one for a minister: per article, what it does with the parameters chosen, the provisions it
// rests on, the alternatives the clause library offers for it and what choosing each would
// change, then the reviewer's open points. The differences are computed, not estimated: each
// alternative is swapped into a copy of the instrument, which is assembled and reviewed, and
// its findings and profile are compared with the draft's. The memorandum is a *generator.Doc,
// so the ordinary renderers typeset it.
package commentary
