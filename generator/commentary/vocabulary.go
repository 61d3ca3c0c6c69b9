package commentary

import (
	"fmt"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// vocabulary words the values of the reviewer's profile and of clause properties. A value it
// does not know is shown as it is.
var vocabulary = map[generator.Lang]map[string]string{
	generator.English: {
		"aspect.response": "response", "aspect.verification": "verification", "aspect.duration": "term",
		"aspect.exit": "exit", "aspect.snapback": "sanctions snapback",
		"response.none": "none", "response.reaffirm": "restatement of existing law", "response.referral": "referral to the Security Council",
		"response.consult": "consultation", "response.discretionary": "action each deems necessary",
		"response.floor": "a floor of minimum measures", "response.automatic": "automatic assistance",
		"verification.none": "none", "verification.dependent": "dependent on the adversary or a consensus",
		"verification.joint": "joint, by majority of the guarantors", "verification.independent": "independent",
		"snapback.none": "none", "snapback.vetoable": "needs a new decision (vetoable)", "snapback.automatic": "automatic",
		"exit.none": "none", "exit.denunciation": "denunciation", "exit.discontinuation": "discontinuation",
		"option.assistance": "continued military assistance", "option.snapback": "economic snapback",
		"option.air-naval": "air and naval missions", "option.tripwire": "tripwire force",
		"option.nato-contingency": "NATO membership contingency",
		"rating.very-low":         "very low", "rating.low": "low", "rating.low-moderate": "low to moderate",
		"rating.moderate": "moderate", "rating.moderate-high": "moderate to high", "rating.high": "high", "rating.very-high": "very high",
		"decider.each-guarantor": "each guarantor", "decider.guarantors": "the guarantors",
		"decider.joint-commission": "the joint verification commission", "decider.independent-body": "an independent body",
		"decider.security-council": "the UN Security Council", "decider.eu-council": "the Council of the European Union",
		"decider.nato-council": "the North Atlantic Council", "decider.beneficiary": "Ukraine",
		"rule.majority": "by majority", "rule.qualified-majority": "by qualified majority", "rule.unanimity": "unanimously",
		"rule.consensus": "by consensus", "rule.security-council": "by a Security Council decision, subject to veto",
		"rule.unilateral": "alone",
		"role.guarantor":  "a guarantor", "role.verifier": "a verifier", "role.decision-maker": "a decision-maker",
		"role.approver": "an approver",
		"form.binding":  "binding", "form.not-binding": "not binding",
	},
	generator.Ukrainian: {
		"aspect.response": "реагування", "aspect.verification": "верифікація", "aspect.duration": "строк дії",
		"aspect.exit": "вихід", "aspect.snapback": "відновлення санкцій",
		"response.none": "немає", "response.reaffirm": "підтвердження чинних норм", "response.referral": "звернення до Ради Безпеки ООН",
		"response.consult": "консультації", "response.discretionary": "дії, які кожен вважає необхідними",
		"response.floor": "обовʼязковий мінімум заходів", "response.automatic": "автоматична допомога",
		"verification.none": "немає", "verification.dependent": "залежна від противника або консенсусу",
		"verification.joint": "спільна, рішенням більшості гарантів", "verification.independent": "незалежна",
		"snapback.none": "немає", "snapback.vetoable": "потребує нового рішення (його можна заблокувати)", "snapback.automatic": "автоматичне",
		"exit.none": "не передбачено", "exit.denunciation": "денонсація", "exit.discontinuation": "припинення участі",
		"option.assistance": "продовження військової допомоги", "option.snapback": "автоматичне відновлення санкцій",
		"option.air-naval": "повітряні та морські місії", "option.tripwire": "військовий контингент на території України",
		"option.nato-contingency": "вступ до НАТО в разі порушення",
		"rating.very-low":         "дуже низька", "rating.low": "низька", "rating.low-moderate": "від низької до помірної",
		"rating.moderate": "помірна", "rating.moderate-high": "від помірної до високої", "rating.high": "висока", "rating.very-high": "дуже висока",
		"decider.each-guarantor": "кожен гарант", "decider.guarantors": "гаранти",
		"decider.joint-commission": "спільна комісія з верифікації", "decider.independent-body": "незалежний орган",
		"decider.security-council": "Рада Безпеки ООН", "decider.eu-council": "Рада Європейського Союзу",
		"decider.nato-council": "Північноатлантична рада", "decider.beneficiary": "Україна",
		"rule.majority": "більшістю голосів", "rule.qualified-majority": "кваліфікованою більшістю", "rule.unanimity": "одностайно",
		"rule.consensus": "консенсусом", "rule.security-council": "рішенням Ради Безпеки ООН, щодо якого діє право вето",
		"rule.unilateral": "одноосібно",
		"role.guarantor":  "гаранта", "role.verifier": "органу верифікації", "role.decision-maker": "учасника ухвалення рішень",
		"role.approver": "сторони, що надає згоду",
		"form.binding":  "юридично обовʼязковий", "form.not-binding": "юридично не обовʼязковий",
	},
}

// word returns the language's word for a value of a kind ("rating", "moderate"), or the value.
func word(l generator.Lang, kind, value string) string {
	if w, ok := vocabulary[l][kind+"."+value]; ok {
		return w
	}
	if w, ok := vocabulary[generator.English][kind+"."+value]; ok {
		return w
	}
	return value
}

// profileText says a review's profile in the language, in one sentence without its full stop.
func profileText(l generator.Lang, p review.Profile) string {
	w := wordsFor(l)
	binding := word(l, "form", "not-binding")
	if p.Binding {
		binding = word(l, "form", "binding")
	}
	parts := []string{binding + " " + w.forms[p.Form]}
	for _, a := range []Aspect{Response, Verification, Duration, Exit, Snapback} {
		parts = append(parts, word(l, "aspect", string(a))+": "+aspectValue(l, a, aspectOf(p, a)))
	}
	return strings.Join(parts, "; ")
}

func aspectOf(p review.Profile, a Aspect) string {
	switch a {
	case Response:
		return p.Response
	case Verification:
		return p.Verification
	case Duration:
		return duration(p)
	case Exit:
		return exit(p)
	case Snapback:
		return p.Snapback
	}
	return ""
}

// aspectValue words the value of an aspect of a profile.
func aspectValue(l generator.Lang, a Aspect, v string) string {
	w := wordsFor(l)
	switch a {
	case Duration:
		if v == "none" {
			return word(l, "exit", "none")
		}
		var n int
		fmt.Sscan(strings.TrimSuffix(v, "+"), &n)
		s := w.count(n, "year")
		if strings.HasSuffix(v, "+") {
			s += map[bool]string{false: ", renewable", true: ", з можливістю продовження"}[w == ukrainian]
		}
		return s
	case Exit:
		kind, months, ok := strings.Cut(v, "/")
		s := word(l, "exit", kind)
		if ok {
			var n int
			fmt.Sscan(months, &n)
			s += map[bool]string{false: " on ", true: " з повідомленням за "}[w == ukrainian] + notice(l, n)
		}
		return s
	}
	return word(l, string(a), v)
}

// optionText words a rated option: "economic snapback (credibility moderate, feasibility
// moderate to high)".
func optionText(l generator.Lang, o review.Option) string {
	if l == generator.Ukrainian {
		return fmt.Sprintf("«%s» (переконливість — %s, здійсненність — %s)", word(l, "option", o.Option),
			word(l, "rating", o.Credibility), word(l, "rating", o.Feasibility))
	}
	return fmt.Sprintf("%s (credibility %s, feasibility %s)", word(l, "option", o.Option),
		word(l, "rating", o.Credibility), word(l, "rating", o.Feasibility))
}
