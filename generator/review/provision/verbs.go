package provision

import (
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// modals says with what force the main verb binds; the first that occurs is the main one.
var modals = []struct {
	m Modality
	f family
}{
	{Prohibition, fam([]string{`shall not`, `must not`, `will not`, `may not`, `undertakes? not to`, `agrees? not to`, `are not to`, `is not to`},
		[]string{`не (можуть|може|повинн\p{L}*|зобов'язан\p{L}*|буд\p{L}*)`, `забороня\p{L}*`})},
	{Right, fam([]string{`may`, `ha(s|ve) the right to`, `(is|are) entitled to`, `reserves? the right to`, `retains? the right to`, `(is|are) free to`},
		[]string{`може`, `можуть`, `ма(ють|є) право`, `вправі`, `залиша\p{L}* за собою право`})},
	{Intention, fam([]string{`intends? to`, `(is|are) resolved to`, `aims? to`, `plans? to`, `expects? to`},
		[]string{`ма(ють|є) намір`, `планують`, `планує`})},
	{BestEfforts, fam([]string{`(will|shall) (seek|endeavou?r|strive|try) to`, `endeavou?rs? to`, `strives? to`, `seeks? to`, `(will )?make (every|best|all) efforts?`, `(will )?use (its|their) best efforts`},
		[]string{`доклада\p{L}* (\p{L}+ )?зусил\p{L}*`, `намага\p{L}*`, `прагн\p{L}*`})},
	{Duty, fam([]string{`shall`, `must`, `undertakes? to`, `(is|are) (obliged|bound|required) to`, `agrees? to`, `have agreed to`, `commits? to`, `commit (themselves|itself) to`, `are to`, `is to`},
		[]string{`зобов'язу(ються|ється)`, `зобов'язан(і|ий|а)`, `повинн\p{L}*`, `погоджуються`, `мають (надати|надавати|вжити|вживати|забезпечити|провести|проводити)`})},
	{Commitment, fam([]string{`will`, `would`, `(is|are) committed to`, `pledges? to`},
		[]string{`\p{L}+тиме`, `\p{L}+тимуть`, `буде`, `будуть`})},
}

// mainModal returns the first modal verb of a sentence.
func mainModal(l generator.Lang, text string) (Modality, span) {
	best, bm := span{Start: len(text) + 1}, NoModality
	for _, m := range modals {
		if s := m.f.find(l, text, 0); s.found() && s.Start < best.Start {
			best, bm = s, m.m
		}
	}
	if bm == NoModality {
		return NoModality, span{}
	}
	return bm, best
}

// actions lists each action class with its verbs; where two start at the same place the first
// listed wins.
var actions = []struct {
	a Action
	f family
}{
	{Capacity, fam([]string{`(keep up|maintain|develop|build|strengthen)\w*( and (keep up|maintain|develop|build|strengthen)\w*)? (their|its)( individual and collective| own| military| defence| defensive)? (capacity|capacities|capabilit\w*|forces)`},
		[]string{`(підтриму|розвива|нарощу|зміцню)\p{L}* (\p{L}+ )?(спроможн|потенціал|сил)\p{L}*`})},
	{Refrain, fam([]string{`refrain\w*`, `abstain\w*`, `not (to )?(threaten|use)`},
		[]string{`утриму\p{L}*`, `не застосовува\p{L}*`, `не погрожува\p{L}*`})},
	{Sanction, fam([]string{`sanction\w*`, `restrictive measures`, `impos\w*`, `re-?impos\w*`, `snap-?back`, `reinstat\w*`},
		[]string{`санкц\p{L}*`, `обмежувальн\p{L}* заход\p{L}*`, `запровад\p{L}*`, `відновлю\p{L}* санкц\p{L}*`})},
	{Assist, fam([]string{`assist\w*`, `aid`, `aids`, `help\w*`, `defen[cd]\w*`, `come to (its|the|their) (aid|assistance|defen[cs]e)`,
		`use (of )?(armed )?force`, `military (action|aid|assistance)`, `act`, `acts`, `acting`, `meet(ing)? the (attack|common danger|aggression)`,
		`repel\w*`, `counter\w*`, `take (forthwith |immediately |promptly )?(such |all |the |any |necessary |appropriate |effective |collective |further |required )*(action|actions|measures|steps)`,
		`restore\w* (and maintain )?(its |the )?security`, `(action|measures|steps)( \w+){0,2} be taken`},
		[]string{`допомог\p{L}*`, `допомага\p{L}*`, `сприян\p{L}*`, `захища\p{L}*`, `оборон\p{L}*`, `відсіч\p{L}*`,
			`вжива\p{L}* (\p{L}+ ){0,2}заход\p{L}*`, `вжи(ти|ве|ють) (\p{L}+ ){0,2}заход\p{L}*`, `ді(яти|ятиме|ятимуть)`, `застосуванн\p{L}* збройн\p{L}* сил`})},
	{Terminate, fam([]string{`give\w* (\S+ ){0,3}?notice( of (its|their) intention)?( to (terminate|withdraw|denounce|end|leave)\w*)?`, `denounc\w*`, `denunciation`, `withdraw\w*`, `cease\w* to be (a )?(party|member|participant)`, `terminat\w*`, `discontinu\w*`, `end`, `ends`,
		`lapse\w*`, `expire\w*`, `cease\w* to (have effect|apply|be in force)`},
		[]string{`денонс\p{L}*`, `вийти`, `виходу`, `вихід`, `припиня\p{L}*`, `припин\p{L}*`, `втрача\p{L}* чинн\p{L}*`})},
	{Support, fam([]string{`provid\w*`, `suppl(y|ies|ied|ying)`, `deliver\w*`, `furnish\w*`, `lend\w*`, `give\w*`, `support\w*`, `financ\w*`,
		`fund`, `funds`, `funding`, `train`, `trains`, `training`, `equip`, `equips`, `deploy\w*`, `station`, `stations`, `stationing`, `sustain\w*`, `work with`},
		[]string{`нада\p{L}*`, `постача\p{L}*`, `підтриму\p{L}*`, `підтримк\p{L}*`, `фінансу\p{L}*`, `навча\p{L}*`, `розгорта\p{L}*`, `розгорн\p{L}*`})},
	{Refer, fam([]string{`convene\w* (an? (urgent |emergency )?meeting of )?the (un |united nations )?security council`, `ask\w*`, `request\w*`, `seek\w*`, `call\w* (up)?on`, `appeal\w* to`, `bring\w*`, `refer\w*`, `submit\w*`},
		[]string{`зверн\p{L}*`, `зверта\p{L}*`, `домага\p{L}*`, `вимага\p{L}*`, `проси\p{L}*`, `проханням`})},
	{Consult, fam([]string{`consult\w*`, `hold\w* (talks|consultations|a meeting|meetings)( of (ministers|officials))?`, `meet`, `meets`, `convene\w*`, `be convened`, `confer`, `exchange\w* (of )?views`},
		[]string{`консульт\p{L}*`, `проводи\p{L}* (\p{L}+ )?(зустріч|нарад|засідан)\p{L}*`, `зустріча\p{L}*`, `зберуться`, `скликаю\p{L}*`, `скликан\p{L}*`})},
	{Decide, fam([]string{`decid\w*`, `determin\w*`, `settle\w* (the |which |what )?(steps|measures|action)`, `agree on`, `adopt\w*`, `vote\w*`, `take\w* (its|their) decisions`, `examine\w* the measures`, `consider\w*`},
		[]string{`розгляда(ють|тимуть|тиме|є|ти)`, `розглян\p{L}*`, `виріш\p{L}*`, `визнача\p{L}*`, `визначити`, `визначать`, `ухвал\p{L}*`, `голосу\p{L}*`})},
	{Reaffirm, fam([]string{`reaffirm\w*`, `reiterat\w*`, `recall\w*`, `re-?confirm\w*`, `confirm\w*`, `restate\w*`, `respect\w*`, `honou?r\w*`, `recogni[sz]\w*`,
		`abide\w* by`, `remain\w* committed`, `uphold\w*`, `guarantee`, `guarantees`},
		[]string{`підтверд\p{L}*`, `поважа\p{L}*`, `визна(ють|ючи|ватимуть|є)`, `шану\p{L}*`, `дотримува\p{L}*`, `гарантують`})},
	{Report, fam([]string{`report\w*`, `inform\w*`, `notif\w*`}, []string{`повідомля\p{L}*`, `повідомить`, `інформу\p{L}*`, `звіту\p{L}*`})},
	{Attribute, fam([]string{`attribut\w*`, `establish\w* (who|responsibility)`}, []string{`встановлю\p{L}*, хто`, `встановлю\p{L}* відповідальн\p{L}*`})},
	{Verify, fam([]string{`verif\w*`, `inspect\w*`, `investigat\w*`, `establish\w* the facts`, `fact-finding`},
		[]string{`перевіря\p{L}*`, `перевірк\p{L}*`, `верифік\p{L}*`, `розслід\p{L}*`})},
	{Monitor, fam([]string{`monitor\w*`, `observ\w*`, `gather\w* facts`}, []string{`моніторинг\p{L}*`, `спостеріга\p{L}*`, `спостереж\p{L}*`})},
	{Establish, fam([]string{`establish\w*`, `set up`, `sets up`, `create\w*`}, []string{`засновують`, `створюють`, `утворюють`, `засновує`, `створює`})},
	{Define, fam([]string{`(is|are|shall be|will be|be) (considered|deemed|regarded|treated)( as| to include)?`, `is deemed to include`, `means`, `includes`, `include`},
		[]string{`вважа(ється|ються)`, `розгляда(ється|ються) як`, `означа\p{L}*`, `охоплю\p{L}*`, `включа\p{L}*`, `є (\p{L}+ )?напад\p{L}*`})},
	{Review, fam([]string{`review\w*`, `reconsider\w*`}, []string{`перегляда\p{L}*`, `перегляну\p{L}*`, `переглядають`})},
	{Final, fam([]string{`ratif\w*`, `enter\w* into force`, `come\w* into effect`, `apply provisionally`, `applies provisionally`, `deposit\w*`, `(remain|stay)\w* (in force|valid|in effect)`},
		[]string{`ратифік\p{L}*`, `набира\p{L}* чинност\p{L}*`, `набуде чинност\p{L}*`, `тимчасово застосову\p{L}*`, `почина\p{L}* діяти`, `застосовуються`, `діє`, `діють`})},
}

// firstAction returns the earliest action from byte from.
func firstAction(l generator.Lang, text string, from int) (Action, span) {
	best, ba := span{Start: len(text) + 1}, NoAction
	for _, a := range actions {
		if s := a.f.find(l, text, from); s.found() && s.Start < best.Start {
			best, ba = s, a.a
		}
	}
	if ba == NoAction {
		return NoAction, span{}
	}
	return ba, best
}

// commitmentTo is a reaffirmation whose object is a commitment to do something: "confirm their
// commitment to seek Council action". What it commits to is the action.
var commitmentTo = fam([]string{`(commitments?|obligations?|duty|duties|undertakings?|readiness) to`},
	[]string{`(зобов'язан\p{L}*|готовн\p{L}*)`})

// ukrainianFinite reports whether a Ukrainian verb is finite (present or future, third person),
// the form that states a duty in Ukrainian legal text.
func ukrainianFinite(w string) bool {
	for _, end := range []string{"ють", "ують", "ать", "ять", "ить", "ає", "ює", "ує", "ить", "уть", "еться", "ється", "ються", "аться", "яться", "тиме", "тимуть", "сть", "ве", "не", "ме"} {
		if strings.HasSuffix(strings.Fields(w)[0], end) {
			return true
		}
	}
	return false
}
