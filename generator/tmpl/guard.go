package tmpl

import (
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"
)

var (
	errorType = reflect.TypeFor[error]()
	nilError  = reflect.Zero(errorType)
)

// guarded wraps fn so that every call checks the budget g returns at the call, refuses
// arguments that together, or a result that, exceed MaxValue, and counts what it built. The
// wrapper returns an error as its second result, which text/template reports at the call.
func guarded(name string, fn any, budget func() *guard) any {
	v := reflect.ValueOf(fn)
	t := v.Type()
	in := make([]reflect.Type, t.NumIn())
	for i := range in {
		in[i] = t.In(i)
	}
	hasErr := t.NumOut() == 2
	wrapped := reflect.FuncOf(in, []reflect.Type{t.Out(0), errorType}, t.IsVariadic())
	fail := func(err error) []reflect.Value {
		return []reflect.Value{reflect.Zero(t.Out(0)), reflect.ValueOf(&err).Elem()}
	}
	return reflect.MakeFunc(wrapped, func(args []reflect.Value) []reflect.Value {
		g := budget()
		if err := g.check(); err != nil {
			return fail(err)
		}
		if err := fits(name, args); err != nil {
			return fail(err)
		}
		var res []reflect.Value
		if t.IsVariadic() {
			res = v.CallSlice(args)
		} else {
			res = v.Call(args)
		}
		if hasErr && !res[1].IsNil() {
			return res
		}
		n := size(res[0], MaxValue)
		if n > MaxValue {
			return fail(tooLarge(name))
		}
		if err := g.add(n); err != nil {
			return fail(err)
		}
		return []reflect.Value{res[0], nilError}
	}).Interface()
}

// fits refuses a call whose arguments, or whose result as estimated from them, exceed
// MaxValue, before the function allocates anything.
func fits(name string, args []reflect.Value) error {
	n := 0
	for _, a := range args {
		n += size(a, MaxValue)
	}
	if n > MaxValue {
		return tooLarge(name)
	}
	if est, ok := growth[name]; ok {
		n, err := est(args)
		if err != nil {
			return err
		}
		if n > MaxValue {
			return tooLarge(name)
		}
	}
	return nil
}

func tooLarge(name string) error {
	return &limitError{fmt.Sprintf("%s: its arguments or its result would exceed 1 MiB (the limit on one value)", name),
		"clause texts are short; look for a loop or a function that repeats text"}
}

// growth estimates, from their arguments, the results of the functions whose result can be
// much larger than their arguments, so they are refused before they allocate it.
var growth = map[string]func(args []reflect.Value) (int, error){
	"indent":  func(a []reflect.Value) (int, error) { return padded(a[0].Int(), a[1].String()), nil },
	"nindent": func(a []reflect.Value) (int, error) { return padded(a[0].Int(), a[1].String()) + 1, nil },
	"replace": func(a []reflect.Value) (int, error) {
		return replaced(a[0].String(), a[1].String(), a[2].String()), nil
	},
	"wrap":     func(a []reflect.Value) (int, error) { return wrapped(a[0].Int(), "\n", a[1].String()), nil },
	"wrapWith": func(a []reflect.Value) (int, error) { return wrapped(a[0].Int(), a[1].String(), a[2].String()), nil },
	"join":     func(a []reflect.Value) (int, error) { return joined(a[0].String(), a[1]), nil },
	"uniq":     func(a []reflect.Value) (int, error) { return 0, quadratic("uniq", length(a[0]), length(a[0])) },
	"without":  func(a []reflect.Value) (int, error) { return 0, quadratic("without", length(a[0]), a[1].Len()) },
	"printf":   func(a []reflect.Value) (int, error) { return 0, widths(a[0].String()) },
}

// padded is the size of indent n s.
func padded(n int64, s string) int {
	if n > MaxValue {
		return MaxValue + 1
	}
	return int(n)*(strings.Count(s, "\n")+1) + len(s)
}

// replaced is the size of replace old new src.
func replaced(old, new, src string) int {
	n := strings.Count(src, old)
	if old == "" {
		n = utf8.RuneCountInString(src) + 1
	}
	return len(src) + n*(len(new)-len(old))
}

// wrapped bounds the size of wrapWith n sep s: at most a break at every space and every n
// bytes.
func wrapped(n int64, sep, s string) int {
	breaks := strings.Count(s, " ") + len(s)/int(max(1, min(n, MaxValue))) + 1
	return len(s) + breaks*len(sep)
}

// joined is the size of join sep list.
func joined(sep string, list reflect.Value) int {
	return size(list, MaxValue) + length(list)*len(sep)
}

// length is the number of items of a list, or 1 for anything else.
func length(v reflect.Value) int {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return v.Len()
	}
	return 1
}

// quadratic refuses the list functions that compare every item with every other on lists
// long enough to take seconds.
func quadratic(name string, n, m int) error {
	if n*m > 1_000_000 {
		return &limitError{fmt.Sprintf("%s: lists of %d and %d items are too long for it (the limit is a million comparisons)", name, n, m), ""}
	}
	return nil
}

// widths refuses printf formats with a width or precision over 1000, or given by an argument
// (%*d), which would make fmt allocate that much.
func widths(format string) error {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		n := 0
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0; i++ {
			c := format[i]
			switch {
			case c == '*':
				return &limitError{"printf: a width or precision taken from an argument (*) is not allowed", ""}
			case c >= '0' && c <= '9':
				n = min(n*10+int(c-'0'), 1_000_000)
			default:
				n = 0
			}
			if n > 1000 {
				return &limitError{"printf: widths and precisions over 1000 are not allowed", ""}
			}
		}
	}
	return nil
}

// size measures v as it would print, roughly: the bytes of its strings and 8 for every other
// item. It stops once past limit, so a list that holds another list many times over (which
// prints exponentially long) is measured in time bounded by limit.
func size(v reflect.Value, limit int) int {
	s := sizer{limit: limit}
	s.walk(v)
	return s.n
}

type sizer struct{ n, limit int }

func (s *sizer) walk(v reflect.Value) {
	if s.n > s.limit {
		return
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		s.n += 8
		if !v.IsNil() {
			s.walk(v.Elem())
		}
	case reflect.String:
		s.n += v.Len()
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			s.n += v.Len()
			return
		}
		s.n += 8
		for i := 0; i < v.Len() && s.n <= s.limit; i++ {
			s.n += 8
			s.walk(v.Index(i))
		}
	case reflect.Map:
		s.n += 8
		for it := v.MapRange(); it.Next() && s.n <= s.limit; {
			s.n += 8
			s.walk(it.Key())
			s.walk(it.Value())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField() && s.n <= s.limit; i++ {
			s.walk(v.Field(i))
		}
	default:
		s.n += 8
	}
}
