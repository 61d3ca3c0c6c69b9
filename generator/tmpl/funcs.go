package tmpl

import (
	"fmt"
	"maps"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/Masterminds/sprig/v3"
)

// sprigAllowed are the sprig functions templates may call: pure string, list, dict and
// arithmetic helpers. Everything that touches the environment, the clock, randomness,
// cryptography, files or the network, and the unbounded repeat/until/seq, is left out.
var sprigAllowed = []string{
	"trim", "trimAll", "trimSuffix", "trimPrefix", "upper", "lower", "title", "untitle",
	"substr", "trunc", "abbrev", "initials", "nospace", "wrap", "wrapWith", "contains",
	"hasPrefix", "hasSuffix", "quote", "squote", "cat", "indent", "nindent", "replace",
	"join", "splitList", "toString", "toStrings", "atoi", "int", "add", "add1", "sub", "mul",
	"div", "mod", "max", "min", "default", "empty", "coalesce", "ternary", "list", "first",
	"last", "rest", "initial", "has", "without", "uniq", "compact", "dict", "get", "hasKey",
	"keys", "sortAlpha",
}

// Funcs returns the functions templates may call, with the draft-dependent ones as
// placeholders that Env.Bind replaces.
func Funcs() template.FuncMap { return maps.Clone(funcs()) }

// funcs builds the function map once; every template of the library is parsed with it. At
// execution, Env.Bind replaces every one of them by its guarded version.
var funcs = sync.OnceValue(func() template.FuncMap {
	fm := maps.Clone(pure())
	var unbound Env
	for name, fn := range unbound.funcs() {
		fm[name] = fn
	}
	fm[stepName] = func() string { return "" }
	return fm
})

// pure returns the functions that do not depend on the draft: the allowed sprig functions,
// capfirst, and text/template's own print, printf, println, html, js and urlquery, replaced
// so that they too are guarded (printf "%999999999d" would allocate a gigabyte).
var pure = sync.OnceValue(func() template.FuncMap {
	all := sprig.TxtFuncMap()
	fm := template.FuncMap{}
	for _, name := range sprigAllowed {
		fm[name] = all[name]
	}
	fm["capfirst"] = capfirst
	fm["print"], fm["printf"], fm["println"] = fmt.Sprint, fmt.Sprintf, fmt.Sprintln
	fm["html"], fm["js"], fm["urlquery"] = template.HTMLEscaper, template.JSEscaper, template.URLQueryEscaper
	return fm
})

// capfirst upper-cases the first letter, for a name that starts a sentence ("The Russian
// Federation").
func capfirst(v any) string {
	s := fmt.Sprint(v)
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// JoinAnd joins items as a list in prose: "A, B and C". In Ukrainian ("і"), euphony asks for
// «та» where «і» would stand between two vowels («Польща та Ірландія», but «Франція і
// Німеччина»), unless the last item but one already has a «та» of its own.
func JoinAnd(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	last, before := items[len(items)-1], items[len(items)-2]
	if and == "і" && endsWithVowel(before) && startsWithVowel(last) && !strings.Contains(before, " та ") {
		and = "та"
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + last
}

const ukVowels = "аеєиіїоуюяАЕЄИІЇОУЮЯ"

func endsWithVowel(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(ukVowels, r)
}

func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(ukVowels, r)
}
