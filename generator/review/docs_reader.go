package review

// readerDoc explains what the provision reader understands and where it stops.
const readerDoc = `
## The provision reader

Custom clauses are read sentence by sentence, in every language of the instrument, by
` + "`generator/review/provision`" + `. For each sentence it records:

| What | How it is read | Examples it understands |
|---|---|---|
| actor | the subject before the main verb, not an actor named in a condition ("if Ukraine is attacked by ..."), after a preposition ("measures against the Russian Federation") or inside a reaffirmed commitment; a pronoun takes the subject of the sentence before; in Ukrainian only a nominative counts | the parties, each party, the guarantors (or a guarantor named in the spec), the beneficiary, the adversary, the Security Council, the OSCE, a commission, mission, organ or group, the instrument itself |
| modality | the first modal verb; in Ukrainian the present tense states a duty and the synthetic future a commitment | shall, must, undertake to (duty); will, would (commitment); intend to (intention); endeavour, seek to (best efforts); may, reserves the right (right); shall not (prohibition) |
| action | the first verb after the modal, skipping a phrase set off by commas; "confirm their commitment to X" is read as X | assist, support (lend, afford, furnish, deploy), impose measures, consult (meet, convene, hold a meeting), decide (settle the steps, consider), refer to the Council, reaffirm or respect, refrain, report, monitor, verify, attribute, define, review, terminate, ratify or enter into force |
| qualifiers | families of wordings, not one spelling | discretion ("as it deems necessary", "as its constitution requires", "whatever measures each considers appropriate", "на власний розсуд"), budget ("within the limits of annual budget laws", "за наявності коштів"), best efforts ("where possible"), a floor ("at least", "all the means in its power"), automatic effect, self-defence or Article 51, a unilateral right ("may act alone if joint action fails"), a carve-out ("other than areas whose status is disputed", "territories under its administrative control") |
| Security Council | what the Council does in the sentence | referred to (the remedy is the Council: a veto), authorising (the response waits for it: a veto), informed (measures reported to it, or ending once it has acted: no veto) |
| decision rule | unanimity in its variants and whether it is reversed | "with the assent of each guarantor", consensus, "both governments agree"; "unless they decide by consensus" (unanimity stops, not starts); majority, two thirds |
| deadline | a number of hours or days, firm unless softened | "within 24 hours" (firm); "where possible within 24 hours", "immediately", "without delay" (not a deadline) |
| numbers | each number with its function, from the words around it | term ("remain in force for 25 years"), lock-in ("after it has been in force for twenty years, any Party may withdraw"), notice ("one year after its notice of denunciation"), review date, renewal period, mandate, deadline |

Rules read these provisions: the Security Council is a veto remedy only when the guarantors'
response depends on it; costs imposed on the adversary give it no role; citing Article 51 before a
duty to assist is not a reaffirmation; a geographic definition of the attack is a definition; a
review date or the delay before a denunciation takes effect is not the term.

Where it stops: the reader reads one sentence at a time (a duty split over two sentences is read
as two), it does not parse nested clauses beyond the subject-verb-object of the main clause, and it
knows the parties named in the spec and the usual names of bodies, not every body a drafter may
create. A binding response whose subject it cannot find is reported (G208) instead of guessed.
Library clauses are judged by their declared properties; the reader's tests check that it reads
the library's own texts consistently with them.

The reader is measured on a labelled corpus of paraphrased real instruments
(` + "`generator/review/testdata/corpus`" + `, 25 specs in English and Ukrainian, six of them written
after the reader was tuned): ` + "`go test ./generator/review -run TestCorpus -v`" + ` prints precision and
recall.
`
