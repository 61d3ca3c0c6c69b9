package commentary

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// effect says in plain words what a clause does with the parameters chosen, from the
// properties the reviewer reads: the response and who gives it within what time, how it is
// decided, the term and notice, the adversary's role, the trigger, and the option of the seed
// table it takes up.
func effect(l generator.Lang, u *generator.Use) []string {
	pr := u.Clause.Properties
	uk := l == generator.Ukrainian
	w := wordsFor(l)
	var out []string
	say := func(en, ua string, args ...any) {
		if uk {
			out = append(out, fmt.Sprintf(ua, args...))
		} else {
			out = append(out, fmt.Sprintf(en, args...))
		}
	}
	hours := pr.DeadlineHours.Resolve(u.Params)
	within := ""
	if hours > 0 {
		within = map[bool]string{false: " within %s", true: " не пізніше ніж через %s"}[uk]
		within = fmt.Sprintf(within, w.count(hours, "hour"))
	}
	decider := pr.Decider
	if decider == "" || decider == "none" {
		decider = "guarantors"
	}
	who := capital(word(l, "decider", decider))
	plural := decider == "guarantors"
	switch pr.Response {
	case "reaffirm":
		say("It restates what international law already requires and adds no new duty to act.",
			"Воно лише підтверджує те, чого вже вимагає міжнародне право, і не встановлює нового обовʼязку діяти.")
	case "consult":
		say("%s %s%s.", "%s %s%s.", who, verb(uk, plural, "consults", "consult", "проводить консультації", "проводять консультації"), within)
	case "discretionary":
		say("%s %s%s; the choice of means is not fixed.", "%s %s%s; засоби не визначено.", who,
			verb(uk, plural, "takes such action as it deems necessary", "take such action as they deem necessary",
				"уживає дій, які вважає необхідними", "уживають дій, які вважають необхідними"), within)
	case "floor":
		if uk {
			out = append(out, fmt.Sprintf("%s %s щонайменше мінімальних заходів, перелічених у положенні (їх %d)%s.", who,
				pick(plural, "уживає", "уживають"), len(pr.ResponseFloor), strings.Replace(within, " ", ", ", 1)))
			break
		}
		out = append(out, fmt.Sprintf("%s %s at least the minimum measures it lists%s: %s.", who, pick(plural, "takes", "take"),
			within, escape(strings.Join(pr.ResponseFloor, "; "))))
	case "automatic":
		say("Assistance follows automatically, without a further decision%s.", "Допомога надається автоматично, без додаткового рішення%s.", within)
	default:
		if hours > 0 {
			say("Time limit: %s.", "Строк: %s.", w.count(hours, "hour"))
		}
	}
	out = append(out, decision(l, pr, decider)...)
	if n := pr.DurationYears.Resolve(u.Params); n > 0 {
		say("It sets a term of %s.", "Воно встановлює строк дії %s.", w.count(n, "year"))
	}
	if n := pr.NoticeMonths.Resolve(u.Params); n > 0 {
		say("Withdrawal takes %s.", "Вихід можливий з повідомленням за %s.", notice(l, n))
	}
	if r := pr.AdversaryRole; r != "" && r != "none" {
		say("It gives the adversary the role of %s.", "Воно надає противникові роль %s.", word(l, "role", r))
	}
	switch pr.Trigger {
	case "undefined":
		say("It leaves the event that sets it off undefined.", "Подію, яка приводить його в дію, не визначено.")
	case "narrow":
		say("It defines the event that sets it off narrowly.", "Подію, яка приводить його в дію, визначено вузько.")
	}
	if pr.RequiresEUMembership {
		say("It protects only a member State of the European Union, which Ukraine is not yet.",
			"Воно захищає лише державу — члена Європейського Союзу, якою Україна ще не є.")
	}
	if pr.Option != "" {
		say("It takes up the option of %s.", "Воно реалізує варіант %s.", optionText(l, optionOf(u.Clause)))
	}
	return out
}

// decision says how the clause's effect is decided, when the response has not said it.
func decision(l generator.Lang, pr generator.Properties, decider string) []string {
	uk, many := l == generator.Ukrainian, decider == "guarantors"
	rule, who := "", word(l, "decider", decider)
	if r := pr.DecisionRule; r != "" && r != "none" {
		rule = " " + word(l, "rule", r)
	}
	var s string
	switch {
	case pr.Response == "automatic":
		return nil // the response said it
	case pr.DecisionRule == "security-council" || decider == "security-council":
		s = pick(uk, "It depends on a decision of the UN Security Council, where a permanent member has a veto.",
			"Воно залежить від рішення Ради Безпеки ООН, де постійний член має право вето.")
	case pr.Automatic != nil && *pr.Automatic:
		s = pick(uk, "It takes effect without a further decision.", "Воно діє без додаткового рішення.")
	case pr.Automatic != nil && uk:
		s = fmt.Sprintf("Воно діє лише на підставі нового рішення, яке %s %s%s.", pick(many, "ухвалює", "ухвалюють"), who, rule)
	case pr.Automatic != nil:
		s = fmt.Sprintf("It takes effect only by a new decision of %s, taken%s.", who, or(rule, " as they agree"))
	case rule != "" && uk:
		s = fmt.Sprintf("Рішення %s %s%s.", pick(many, "ухвалює", "ухвалюють"), who, rule)
	case rule != "":
		s = fmt.Sprintf("%s %s%s.", capital(who), pick(many, "decides", "decide"), rule)
	default:
		return nil
	}
	return []string{s}
}

// pick returns a when cond is false, b when it is true.
func pick(cond bool, a, b string) string {
	if cond {
		return b
	}
	return a
}

// params lists the parameters chosen: "hours = 72 (Hours within which ...)".
func params(l generator.Lang, u *generator.Use) string {
	var out []string
	for _, p := range u.Clause.Params {
		v, ok := u.Params[p.Name]
		if !ok {
			continue
		}
		s := fmt.Sprintf("`%s` = %v", p.Name, v)
		if p.Type == generator.StringParam {
			s = fmt.Sprintf("`%s` = `%v`", p.Name, v)
		}
		if d := strings.TrimSuffix(strings.TrimSpace(p.Description), "."); d != "" && l != generator.Ukrainian {
			s += " (" + escape(lower(d)) + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func verb(uk, plural bool, enOne, enMany, ukOne, ukMany string) string {
	switch {
	case uk && plural:
		return ukMany
	case uk:
		return ukOne
	case plural:
		return enMany
	}
	return enOne
}

func notice(l generator.Lang, months int) string {
	if l == generator.Ukrainian {
		return wordsFor(l).count(months, "month")
	}
	if months == 1 {
		return "one month’s notice"
	}
	return fmt.Sprintf("%d months’ notice", months)
}

func optionOf(c *generator.Clause) review.Option {
	return review.Option{Option: c.Properties.Option, Credibility: c.Properties.Credibility, Feasibility: c.Properties.Feasibility}
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// capital starts s with a capital letter.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// lower starts s with a small letter unless its first word is an acronym.
func lower(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if len(first) > 1 && strings.ToUpper(first) == first {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// escape keeps text that is not Markdown from being read as Markdown.
func escape(s string) string {
	return markdownEscaper.Replace(strings.Join(strings.Fields(s), " "))
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)
