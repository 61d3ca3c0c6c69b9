package provision

import (
	"regexp"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

// names finds any of the given names in normalised text, for tests.
func names(ns ...string) func(string) [][2]int {
	re := regexp.MustCompile(`(?:^|[^\p{L}])(` + regexp.QuoteMeta(ns[0]) + func() string {
		s := ""
		for _, n := range ns[1:] {
			s += "|" + regexp.QuoteMeta(n)
		}
		return s
	}() + `)(?:[^\p{L}]|$)`)
	return func(s string) [][2]int {
		var out [][2]int
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			out = append(out, [2]int{m[2], m[3]})
		}
		return out
	}
}

var testRoster = Roster{
	Adversary: Party{Any: names("russian federation", "russia", "російська федерація", "російської федерації", "росія"),
		Nom: names("russian federation", "russia", "російська федерація", "росія")},
	Beneficiary: Party{Any: names("ukraine", "україна", "україни", "україні", "україну"), Nom: names("ukraine", "україна")},
	Guarantors:  []Party{{Any: names("united kingdom", "сполучене королівство"), Nom: names("united kingdom", "сполучене королівство")}},
}

// reading is one wording of a provision, in a language.
type reading struct {
	lang generator.Lang
	text string
}

func en(s string) reading { return reading{generator.English, s} }
func uk(s string) reading { return reading{generator.Ukrainian, s} }

// Each decisive provision is written in at least four ways, Ukrainian among them; every wording
// must give the same verdict. The wordings are the reader's tests, not its word list: most use
// phrasing no family lists verbatim.
func TestWordingsGiveOneVerdict(t *testing.T) {
	for _, g := range []struct {
		verdict  string
		holds    func(*Provision) bool
		wordings []reading
	}{
		{"a duty to assist, left to each guarantor's judgement", func(p *Provision) bool {
			return p.Responds() && p.Discretion != "" && p.Floor == ""
		}, []reading{
			en("Each Guarantor shall assist Ukraine by taking such action as it deems necessary, including armed force."),
			en("The Guarantors will come to its aid with whatever measures each of them considers appropriate."),
			en("Each Party undertakes to help the attacked Party as its constitution requires."),
			en("The other Parties would act to meet the common danger in accordance with their constitutional processes."),
			uk("Кожен Гарант надає Україні допомогу, яку він визнає необхідною."),
			uk("Гаранти допомагатимуть Україні на власний розсуд."),
		}},
		{"a duty to assist with a floor", func(p *Provision) bool { return p.Responds() && p.Floor != "" && p.Discretion == "" }, []reading{
			en("Each Guarantor shall give Ukraine aid and assistance by all the means in its power."),
			en("The Parties will afford the Party attacked every military and other aid in their power."),
			en("Each Party shall deliver at least two air defence batteries within 72 hours."),
			uk("Кожна Сторона надає Україні всю допомогу, яка є в її владі."),
			uk("Гаранти постачають Україні щонайменше два зенітні комплекси."),
		}},
		{"a remedy sent to the Security Council", func(p *Provision) bool { return p.Council == Referred }, []reading{
			en("The Parties shall seek immediate action by the Security Council to assist Ukraine."),
			en("The guarantors will bring the matter before the UN Security Council without delay."),
			en("The Participants confirm their commitment to ask the Security Council to act."),
			uk("Сторони звертаються до Ради Безпеки ООН з проханням вжити заходів."),
			uk("Учасники домагатимуться негайних дій Ради Безпеки."),
		}},
		{"the Security Council informed, not deciding", func(p *Provision) bool { return p.Council == Informed }, []reading{
			en("Measures taken shall be reported at once to the Security Council."),
			en("These measures end once the Security Council has taken the steps needed to restore peace."),
			en("Action under this Article shall not depend on any decision of the Security Council."),
			uk("Про вжиті заходи негайно повідомляється Раді Безпеки."),
			uk("Ці заходи припиняються, щойно Рада Безпеки вживе необхідних заходів."),
		}},
		{"a deadline softened to a best effort", func(p *Provision) bool { return p.Deadline != nil && !p.Deadline.Firm }, []reading{
			en("The Parties will consult, where possible within 24 hours."),
			en("Ministers will meet within 24 hours if possible."),
			en("Consultations shall be held within one day, as far as practicable."),
			en("The Guarantors shall consult immediately."),
			uk("Учасники проводитимуть консультації, за можливості протягом 24 годин."),
			uk("Сторони невідкладно проводять консультації."),
		}},
		{"a firm deadline", func(p *Provision) bool { return p.Deadline != nil && p.Deadline.Firm && p.Deadline.Hours > 0 }, []reading{
			en("The Parties shall consult within 24 hours."),
			en("The Guarantors shall meet no later than 48 hours after the request."),
			en("Consultations shall begin within two days."),
			uk("Сторони проводять консультації протягом 24 годин."),
			uk("Гаранти збираються не пізніше ніж через 48 годин."),
		}},
		{"a decision any one can block", func(p *Provision) bool { return p.Decision.Rule == "unanimity" && !p.Decision.Reversed }, []reading{
			en("The Guarantors shall take these measures with the assent of each guarantor."),
			en("Such measures are decided by consensus of the Parties."),
			en("The response is taken only if all the Guarantors agree."),
			uk("Гаранти вживають цих заходів за згодою кожного Гаранта."),
			uk("Рішення про заходи ухвалюється одностайно."),
		}},
		{"unanimity needed to stop, not to act", func(p *Provision) bool { return p.Decision.Rule == "unanimity" && p.Decision.Reversed }, []reading{
			en("The suspension lapses after thirty days unless the Parties decide by consensus to keep it."),
			en("Sanctions apply again unless the Guarantors unanimously decide otherwise."),
			en("The measures return automatically, unless all the Parties agree to continue the relief."),
			uk("Санкції застосовуються знову, якщо Сторони одностайно не вирішать інакше."),
		}},
		{"territory left out", func(p *Provision) bool { return p.CarveOut != "" }, []reading{
			en("This guarantee covers the territory of Ukraine other than areas whose status is disputed."),
			en("The obligations apply except in the temporarily occupied territories."),
			en("The guarantee shall not extend to Crimea."),
			en("An armed attack on the territories under its administrative control is covered."),
			uk("Гарантія поширюється на всю територію, крім тимчасово окупованих територій."),
			uk("Зобов'язання діють за винятком районів, статус яких не визначено."),
		}},
		{"support subject to budgets", func(p *Provision) bool { return p.Budget != "" }, []reading{
			en("Germany will provide support within the limits of annual budget laws."),
			en("The support is subject to the availability of appropriated funds."),
			en("Assistance will be delivered as funds permit."),
			uk("Підтримка надається в межах бюджетних асигнувань."),
			uk("Сполучене Королівство надаватиме допомогу за наявності коштів."),
		}},
		{"a right to act alone", func(p *Provision) bool { return p.Modality == Right && p.Unilateral != "" }, []reading{
			en("Each Guarantor may act alone if joint action fails."),
			en("Each guaranteeing Power reserves the right to take action on its own."),
			en("Any Guarantor may intervene unilaterally."),
			uk("Якщо спільні дії виявляться неможливими, кожен Гарант може діяти самостійно."),
			uk("Кожен Гарант має право діяти в односторонньому порядку."),
		}},
		{"a response that acts", func(p *Provision) bool { return p.Responds() }, []reading{
			en("The United Kingdom will lend Ukraine sustained support."),
			en("The Parties shall take the measures required to restore its security."),
			en("The Guarantors shall impose costs on the Russian Federation."),
			en("Each Party shall furnish weapons and ammunition."),
			uk("Сторони вживають необхідних заходів для відновлення безпеки України."),
			uk("Гаранти запроваджують санкції проти Російської Федерації."),
		}},
		{"consultation or deliberation", func(p *Provision) bool { return p.Action == Consult || p.Action == Decide }, []reading{
			en("Senior officials will hold a meeting of ministers to decide on further steps."),
			en("The Organ of Consultation shall meet without delay to settle the steps to be taken."),
			en("The Parties shall convene at the request of any of them."),
			uk("Сторони скликають нараду міністрів."),
			uk("Учасники проводять консультації щодо подальших кроків."),
		}},
		{"a restatement of existing law", func(p *Provision) bool {
			return p.Action == Reaffirm || p.Action == Refrain || p.Modality == Prohibition
		}, []reading{
			en("The Parties reaffirm their commitment to respect the independence of Ukraine."),
			en("The Participants shall refrain from the threat or use of force against it."),
			en("The signatories shall not use force against Ukraine."),
			uk("Учасники підтверджують свої зобов'язання поважати кордони України."),
			uk("Сторони утримуються від загрози силою."),
		}},
	} {
		for _, w := range g.wordings {
			p := ReadSentence(Sentence{Lang: w.lang, Text: Normalise(w.text)}, testRoster)
			if !g.holds(p) {
				t.Errorf("%s: %s %q read as actor=%s modality=%s action=%s council=%s deadline=%+v decision=%+v words=%v",
					g.verdict, w.lang, w.text, p.Actor, p.Modality, p.Action, p.Council, p.Deadline, p.Decision, p.Words)
			}
		}
	}
}

// Every number gets its function: the term, a lock-in before exit, the notice before an exit
// takes effect, a review date, a renewal period, a deadline.
func TestNumberFunctions(t *testing.T) {
	for _, tc := range []struct {
		r     reading
		value int
		fn    Function
	}{
		{en("This Treaty shall remain in force for twenty-five years."), 25, Term},
		{uk("Цей Договір діє протягом двадцяти п'яти років."), 25, Term},
		{en("This arrangement remains valid for ten years."), 10, Term},
		{en("After it has been in force for twenty years, any Party may withdraw."), 20, LockIn},
		{uk("Через двадцять років після набрання чинності будь-яка Сторона може вийти з Договору."), 20, LockIn},
		{en("Any Party may cease to be a Party one year after its notice of denunciation."), 1, Notice},
		{en("Withdrawal takes effect six months after the depositary receives the notification."), 6, Notice},
		{uk("Вихід набирає чинності через шість місяців після отримання повідомлення."), 6, Notice},
		{en("Either Participant may discontinue it on three months' written notice."), 3, Notice},
		{en("The Parties shall review this Treaty after ten years."), 10, ReviewDate},
		{uk("Сторони переглядають дію Договору через п'ять років."), 5, ReviewDate},
		{en("It shall be renewed automatically for successive periods of five years."), 5, Renewal},
		{en("The mission has an initial mandate of six months."), 6, Mandate},
		{en("The Guarantors shall deliver air defence within 72 hours."), 72, DeadlineTime},
	} {
		p := ReadSentence(Sentence{Lang: tc.r.lang, Text: Normalise(tc.r.text)}, testRoster)
		ok := false
		for _, n := range p.Numbers {
			ok = ok || n.Value == tc.value && n.Function == tc.fn
		}
		if !ok {
			t.Errorf("%q: numbers %+v, want %d as %s", tc.r.text, p.Numbers, tc.value, tc.fn)
		}
	}
}

// The subject is the actor before the verb, not one named in a condition or as the target.
func TestActors(t *testing.T) {
	for _, tc := range []struct {
		r    reading
		want Actor
	}{
		{en("If Ukraine is attacked by the Russian Federation, the Guarantors shall act."), Guarantors},
		{en("The restrictive measures against the Russian Federation shall apply for six months."), NoActor},
		{en("The Russian Federation shall withdraw its forces."), Adversary},
		{en("The United Kingdom will lend Ukraine support."), Guarantors},
		{en("Each of them, in exercise of the right of self-defence, will assist the Party attacked."), EachParty},
		{en("Assistance shall be provided to Ukraine."), NoActor},
		{en("Assistance shall be provided to Ukraine by the Guarantors."), Guarantors},
		{uk("У разі нападу Російської Федерації на Україну Учасники проводитимуть консультації."), Parties},
		{uk("Гаранти протягом 72 годин після висновку Комісії запроваджують санкції."), Guarantors},
		{uk("Кожен Гарант може діяти самостійно."), EachParty},
	} {
		p := ReadSentence(Sentence{Lang: tc.r.lang, Text: Normalise(tc.r.text)}, testRoster)
		if p.Actor != tc.want {
			t.Errorf("%q: actor %q (%q), want %q", tc.r.text, p.Actor, p.Words["actor"], tc.want)
		}
	}
}

// A passive duty names no one; the reader says so rather than guess.
func TestPassive(t *testing.T) {
	for _, r := range []reading{
		en("Military assistance shall be provided to Ukraine within 72 hours."),
		en("Such measures will be taken without delay."),
		uk("Україні надається військова допомога."),
		uk("Україні має бути надано військову допомогу протягом 72 годин."),
	} {
		p := ReadSentence(Sentence{Lang: r.lang, Text: Normalise(r.text)}, testRoster)
		if !p.Passive || p.Actor != NoActor || !p.Action.Responds() {
			t.Errorf("%q: passive=%v actor=%q action=%s", r.text, p.Passive, p.Actor, p.Action)
		}
	}
}

// More wordings that must give the reading of their family.
func TestMoreWordings(t *testing.T) {
	for _, tc := range []struct {
		r     reading
		holds func(*Provision) bool
		what  string
	}{
		{en("Each Party shall give immediate assistance by all the means it deems necessary, including armed force."),
			func(p *Provision) bool { return p.Responds() && p.Discretion != "" }, "discretion over the means"},
		{en("The other Party shall immediately provide military and other assistance with all means at its disposal."),
			func(p *Provision) bool { return p.Responds() && p.Floor != "" }, "all means at its disposal"},
		{en("The Security Council would have to act immediately to assist Ukraine."),
			func(p *Provision) bool { return p.Council == CouncilActs && p.Action.Responds() }, "the Council as the one who acts"},
		{en("The Guarantors will convene an emergency meeting of the Security Council."),
			func(p *Provision) bool { return p.Council == Referred }, "convening the Council is a referral"},
		{en("If joint action cannot be agreed, each Guarantor retains the right to act independently."),
			func(p *Provision) bool { return p.Unilateral != "" && p.Modality == Right }, "a unilateral right"},
		{uk("У випадку збройного нападу на Україну Сторони мають надати їй допомогу."),
			func(p *Provision) bool { return p.Responds() && p.Trigger != "" && p.Modality == Duty }, "a Ukrainian duty with its trigger"},
		{en("No Party may withdraw from this Treaty during the first twenty years."),
			func(p *Provision) bool { return len(p.Numbers) == 1 && p.Numbers[0].Function == LockIn }, "a lock-in"},
	} {
		p := ReadSentence(Sentence{Lang: tc.r.lang, Text: Normalise(tc.r.text)}, testRoster)
		if !tc.holds(p) {
			t.Errorf("%s: %q read as actor=%s modality=%s action=%s council=%s numbers=%+v words=%v",
				tc.what, tc.r.text, p.Actor, p.Modality, p.Action, p.Council, p.Numbers, p.Words)
		}
	}
}

// Ukrainian wordings of the decisive provisions.
func TestUkrainianWordings(t *testing.T) {
	for _, tc := range []struct {
		text  string
		holds func(*Provision) bool
		what  string
	}{
		{"Кожна Сторона вживе таких заходів, які вона вважатиме за необхідні, включно із застосуванням збройної сили.",
			func(p *Provision) bool { return p.Responds() && p.Discretion != "" }, "discretion"},
		{"Збройний напад на одну зі Сторін розглядається як напад на всі Сторони.",
			func(p *Provision) bool { return p.Action == Define }, "a deeming clause, not a deliberation"},
		{"Вихід набуває чинності через шість місяців після надіслання повідомлення.",
			func(p *Provision) bool { return len(p.Numbers) == 1 && p.Numbers[0].Function == Notice }, "notice"},
		{"Цей Договір укладається строком на п'ятнадцять років.",
			func(p *Provision) bool {
				return len(p.Numbers) == 1 && p.Numbers[0].Function == Term && p.Numbers[0].Value == 15
			}, "term"},
		{"Підтримка надається з урахуванням наявних бюджетних ресурсів.",
			func(p *Provision) bool { return p.Budget != "" }, "budget"},
		{"Рішення про заходи ухвалюються консенсусом.",
			func(p *Provision) bool { return p.Decision.Rule == "unanimity" }, "consensus"},
	} {
		p := ReadSentence(Sentence{Lang: generator.Ukrainian, Text: Normalise(tc.text)}, testRoster)
		if !tc.holds(p) {
			t.Errorf("%s: %q read as actor=%s modality=%s action=%s numbers=%+v words=%v", tc.what, tc.text, p.Actor, p.Modality, p.Action, p.Numbers, p.Words)
		}
	}
}

// Names joined in a list share the list's role: the first of a subject list is the subject, and
// every name in a list after "of" is an object.
func TestActorLists(t *testing.T) {
	for _, tc := range []struct {
		r    reading
		want Actor
	}{
		{en("Ukraine and the Guarantors shall jointly assess the threat."), Guarantors},
		{en("The Guarantors and Ukraine shall consult within 24 hours."), Guarantors},
		{en("A contact group of representatives of Ukraine, the Russian Federation and the OSCE decides on the arrangements."), Body},
	} {
		p := ReadSentence(Sentence{Lang: tc.r.lang, Text: Normalise(tc.r.text)}, testRoster)
		if p.Actor != tc.want {
			t.Errorf("%q: actor %q (%q), want %q", tc.r.text, p.Actor, p.Words["actor"], tc.want)
		}
	}
}

// Families compile on first use; every one of them must compile.
func TestFamiliesCompile(t *testing.T) {
	if len(families) < 20 {
		t.Fatalf("only %d families", len(families))
	}
	for _, f := range families {
		for l, m := range f {
			if m.compiled().re == nil {
				t.Errorf("%s: %v did not compile", l, m.patterns)
			}
		}
	}
}
