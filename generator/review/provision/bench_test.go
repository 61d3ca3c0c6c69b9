package provision

import "testing"

// BenchmarkRead reads a five-sentence article (an Art. 5-style guarantee with its Council,
// deadline and exit provisions) in English.
func BenchmarkRead(b *testing.B) {
	text := "The Parties agree that an armed attack against one or more of them shall be considered an attack against them all. " +
		"Consequently, if such an attack occurs, each of them will assist the Party so attacked by taking forthwith such action as it deems necessary, including the use of armed force. " +
		"Any such attack and all measures taken as a result shall be reported at once to the Security Council. " +
		"The Parties will consult within 24 hours, where possible, with the assent of each guarantor. " +
		"After the Treaty has been in force for twenty years, any Party may cease to be a Party one year after its notice of denunciation."
	b.ReportAllocs()
	for b.Loop() {
		Read(lang("en"), text, testRoster)
	}
}
