package review

import (
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

// classify reads what a sentence commits to, in English and Ukrainian.
func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		lang generator.Lang
		text string
		want level
	}{
		{"en", "The Parties reaffirm their commitment to respect the independence of Ukraine.", lvReaffirm},
		{"en", "They reaffirm their commitment to seek immediate Security Council action to assist Ukraine.", lvReferral},
		{"en", "Measures taken shall be reported to the Security Council and shall not depend on any decision of the Security Council.", lvNone},
		{"en", "The Participants will consult whenever a question arises.", lvConsult},
		{"en", "Each Party shall take such action as it deems necessary, including the use of armed force.", lvDiscretionary},
		{"en", "Each Party shall provide at least two air defence batteries within 72 hours.", lvFloor},
		{"en", "The suspended measures shall apply again automatically.", lvAutomatic},
		{"en", "Payments in respect of the commission shall be made yearly.", lvNone},
		{"uk", "Сторони підтверджують свої зобовʼязання поважати незалежність України.", lvReaffirm},
		{"uk", "Учасники домагатимуться негайних дій Ради Безпеки ООН.", lvReferral},
		{"uk", "Учасники проводитимуть консультації в разі виникнення ситуації.", lvConsult},
		{"uk", "Кожна Сторона надає Україні допомогу, яку вона визнає необхідною, включно з військами.", lvDiscretionary},
	} {
		s := sentences(tc.lang, tc.text)
		got := lvNone
		for _, x := range s {
			if l, _ := classify(x); l > got {
				got = l
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: %s, want %s", tc.lang, tc.text, got, tc.want)
		}
	}
}

// The adversary is found in any case or alias, and not given a role when it is the attacker
// or the text denies it one.
func TestAdversaryRoles(t *testing.T) {
	ru := &generator.Party{Code: "RU", Aliases: []string{"Russia", "Росія"}, Names: generator.Names{
		"en": {Nom: "the Russian Federation"},
		"uk": generator.Name{Nom: "Російська Федерація", Gen: "Російської Федерації"}.Filled()}}
	m := matchParty(ru)
	for _, tc := range []struct {
		lang generator.Lang
		text string
		want string
	}{
		{"en", "The guarantors, including the Russian Federation, shall act.", "guarantor"},
		{"en", "A commission composed of representatives of Ukraine and Russia shall verify the ceasefire.", "verifier"},
		{"en", "Findings take effect with the consent of the Russian Federation.", "approver"},
		{"en", "In the event of an armed attack by the Russian Federation, the guarantors shall act.", ""},
		{"en", "The Russian Federation shall have no seat in the Commission.", ""},
		{"uk", "До складу комісії входять представники Росії та гарантів.", "verifier"},
		{"uk", "Висновки затверджуються за згодою Російської Федерації.", "approver"},
		{"uk", "Російська Федерація не має місця в Комісії.", ""},
	} {
		got := ""
		for _, s := range sentences(tc.lang, tc.text) {
			for _, at := range m.findAll(s.Text) {
				if r := roleNear(s, at[0], at[1]); r != "" && got == "" {
					got = r
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s %q: role %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// quantities reads years and months written in digits or words.
func TestQuantities(t *testing.T) {
	for _, tc := range []struct {
		text          string
		years, months int
	}{
		{"for twenty (20) years", 20, 0},
		{"on six months' notice", 0, 6},
		{"a five-year term", 5, 0},
		{"протягом 15 років", 15, 0},
		{"за шість місяців", 0, 6},
		{"one year after its notice of denunciation", 0, 12},
	} {
		y, m := quantities(normalise(tc.text))
		if minOf(y) != tc.years || minOf(m) != tc.months {
			t.Errorf("%q: years %v months %v", tc.text, y, m)
		}
	}
}

// The scope detectors find their phrases in both languages, and stay silent on safe wording.
func TestScopeDetectors(t *testing.T) {
	for _, tc := range []struct {
		name string
		ph   phrases
		lang generator.Lang
		text string
		want bool
	}{
		{"carve-out", carveOutText, "en", "This Article shall not apply to the temporarily occupied territories.", true},
		{"carve-out", carveOutText, "en", "The Parties other than Ukraine shall deploy forces on its territory.", false},
		{"carve-out", carveOutText, "uk", "Гарантії не поширюються на тимчасово окуповані території.", true},
		{"voiding", voidingText, "en", "The guarantee applies to any unprovoked armed attack.", true},
		{"voiding", voidingText, "uk", "Зобовʼязання припиняються в разі провокації з боку України.", true},
		{"ceasefire gap", ceasefireGapText, "en", "These measures apply only after the conclusion of a ceasefire.", true},
		{"ceasefire gap", ceasefireGapText, "uk", "Ці заходи застосовуються після укладення угоди про припинення вогню.", true},
		{"appropriations", appropriationsText, "en", "Support is subject to annual appropriations.", true},
		{"appropriations", appropriationsText, "uk", "Підтримка надається за наявності коштів.", true},
		{"EU 42(7)", euMutualText, "uk", "Відповідно до статті 42(7) Договору про Європейський Союз.", true},
		{"soft deadline", softDeadlineText, "uk", "Учасники негайно проводять консультації.", true},
		{"hard deadline", hardDeadlineText, "en", "The Parties shall consult within twenty-four (24) hours.", true},
		{"hard deadline", hardDeadlineText, "uk", "Сторони проводять консультації протягом 24 годин.", true},
	} {
		got := false
		for _, s := range sentences(tc.lang, tc.text) {
			got = got || tc.ph.in(s)
		}
		if got != tc.want {
			t.Errorf("%s (%s) %q: %v, want %v", tc.name, tc.lang, tc.text, got, tc.want)
		}
	}
}

// Detectors compile on first use; every one of them must compile.
func TestDetectorsCompile(t *testing.T) {
	if len(detectors) < 20 {
		t.Fatalf("only %d detectors", len(detectors))
	}
	for _, d := range detectors {
		if len(d.compiled()) == 0 {
			t.Errorf("%v compiled to nothing", d.patterns)
		}
	}
}
