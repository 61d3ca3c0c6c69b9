package tmpl

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// shortBudget makes the time budget short for a test.
func shortBudget(t *testing.T) {
	old := TimeBudget
	TimeBudget = 200 * time.Millisecond
	t.Cleanup(func() { TimeBudget = old })
}

func render(src string, env *Env) (string, error) {
	body := generator.Body{Src: src, Pos: generator.Position{File: "spec.yaml", Line: 7, Col: 9}}
	return Render(body, env, map[string]any{"N": 1_000_000_000_000, "S": "x"})
}

// Templates that would run for hours stop at the step budget (or, on a slow machine, the time
// budget) with an error placed at the loop.
func TestEndlessTemplatesStop(t *testing.T) {
	shortBudget(t)
	for _, src := range []string{
		`{{ range 1000000000000 }}{{ end }}x`,
		"text\n{{ range $i := .N }}{{ $x := $i }}{{ end }}",
		`{{ range .N }}{{ range $.N }}{{ end }}{{ end }}`,
		`{{ range .N }}{{ else }}{{ end }}{{ range $.N }} {{ end }}`,
		`{{ define "a" }}{{ template "b" }}{{ template "b" }}{{ end }}{{ define "b" }}{{ template "c" }}{{ template "c" }}{{ end }}` +
			`{{ define "c" }}{{ range 1000 }}{{ end }}{{ end }}{{ range .N }}{{ template "a" }}{{ end }}`,
	} {
		start := time.Now()
		_, err := render(src, &Env{})
		if err == nil || !strings.Contains(err.Error(), "template execution exceeds its") || !strings.HasPrefix(err.Error(), "spec.yaml:") || !strings.Contains(err.Error(), "spec.yaml:7:") && !strings.Contains(err.Error(), "spec.yaml:8:") {
			t.Errorf("%s: want a budget error in spec.yaml, got %v", src, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: stopped after %v", src, d)
		}
	}
}

// The step budget stops a runaway template on any machine, however fast: the count, not the
// clock, decides.
func TestStepBudget(t *testing.T) {
	old, steps := TimeBudget, MaxSteps
	TimeBudget, MaxSteps = time.Hour, 20_000 // the default, 2,000,000, takes seconds under -race
	t.Cleanup(func() { TimeBudget, MaxSteps = old, steps })
	_, err := render(`{{ range 1000000000000 }}{{ end }}x`, &Env{})
	if err == nil || !strings.Contains(err.Error(), "exceeds its budget of 20000 steps") {
		t.Errorf("want the step budget, got %v", err)
	}
	if _, err := render(`{{ range 1000 }}{{ printf "%d" 1 }}{{ end }}`, &Env{}); err != nil {
		t.Errorf("a thousand steps: %v", err)
	}
}

// The budget is per draft and language: the executions of one Env share it.
func TestBudgetIsShared(t *testing.T) {
	shortBudget(t)
	env := &Env{}
	if _, err := render(`{{ range 10 }}x{{ end }}`, env); err != nil {
		t.Fatal(err)
	}
	time.Sleep(TimeBudget)
	if _, err := render(`{{ range 10 }}x{{ end }}`, env); err == nil {
		t.Error("a second execution after the draft's budget ran out succeeded")
	}
}

// A cancelled context stops a template at once, and the error is the context's.
func TestCancelStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err := render(`{{ range 1000000000000 }}{{ end }}`, &Env{Ctx: ctx})
	if err == nil || !strings.Contains(err.Error(), "context canceled") {
		t.Fatalf("want the context's error, got %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("cancellation took %v", d)
	}
}

// Templates that call themselves are refused when parsed, at the call.
func TestRecursionIsRefused(t *testing.T) {
	for _, src := range []string{
		`{{ define "a" }}{{ template "a" . }}{{ template "a" . }}{{ end }}{{ template "a" }}`,
		"{{ define \"a\" }}{{ template \"b\" }}{{ end }}\n{{ define \"b\" }}{{ if 1 }}{{ template \"a\" }}{{ end }}{{ end }}",
		`{{ block "a" . }}{{ template "a" . }}{{ end }}`,
	} {
		_, err := Parse(generator.Body{Src: src, Pos: generator.Position{File: "t.tmpl", Line: 1}})
		if err == nil || !strings.Contains(err.Error(), "recursive templates are not allowed") || !strings.HasPrefix(err.Error(), "t.tmpl:") {
			t.Errorf("%s: want a recursion error, got %v", src, err)
		}
	}
	_, err := Parse(generator.Body{Src: `{{ define "a" }}x{{ end }}{{ template "a" }}{{ template "a" }}`, Pos: generator.Position{File: "t.tmpl", Line: 1}})
	if err != nil {
		t.Errorf("a template called twice is not recursion: %v", err)
	}
}

func TestDeepNestingIsRefused(t *testing.T) {
	for _, n := range []int{101, 100_000} {
		src := "x\n" + strings.Repeat("{{ if 1 }}", n) + "x" + strings.Repeat("{{ end }}", n)
		_, err := Parse(generator.Body{Src: src, Pos: generator.Position{File: "t.tmpl", Line: 3}})
		if err == nil || !strings.Contains(err.Error(), "nested more than 100 deep") || !strings.HasPrefix(err.Error(), "t.tmpl:4") {
			t.Errorf("%d deep: want a nesting error at t.tmpl:4, got %v", n, err)
		}
	}
	src := strings.Repeat("{{ if 1 }}", 100) + "x" + strings.Repeat("{{ end }}", 100)
	if out, err := render(src, &Env{}); err != nil || out != "x" {
		t.Errorf("100 deep: got %q, %v", out, err)
	}
}

// Functions refuse to build values over 1 MiB before they allocate them, so a few hundred
// bytes of template cannot take gigabytes.
func TestMemoryBombsAreRefused(t *testing.T) {
	doubling := `{{ $a := "xxxxxxxxxx" }}` + strings.Repeat(`{{ $a = cat $a $a $a $a $a $a $a $a $a $a }}`, 10) + `{{ len $a }}`
	nested := `{{ $l := list "xxxxxxxx" }}` + strings.Repeat(`{{ $l = list $l $l $l $l }}`, 40) + `{{ $l }}`
	for _, src := range []string{
		doubling,
		nested,
		`{{ len (indent 1500000000 "x") }}`,
		`{{ len (nindent 1500000000 "x") }}`,
		`{{ $a := "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }}` + strings.Repeat(`{{ $a = replace "x" $a $a }}`, 6),
		`{{ $y := printf "%01000d" 1 }}{{ len (replace "" (print $y $y) (printf "%01000d" 0)) }}`,
		`{{ $a := printf "%01000d" 0 }}{{ $b := list` + strings.Repeat(" $a", 1100) + ` }}{{ len (join "" $b) }}`,
		`{{ $s := printf "%01000d" 0 }}{{ $b := list 1 2 3 }}` + strings.Repeat(`{{ $s = print $s $s }}`, 12),
		`{{ $y := printf "%01000d" 1 }}{{ wrapWith 1 (print $y $y) (printf "%01000d" 0) }}`,
		`{{ printf "%0999999999d" 1 }}`,
		`{{ printf "%*d" 999999999 1 }}`,
		`{{ $s := printf "%01000d" 0 }}` + strings.Repeat(`{{ $s = quote $s $s }}`, 12),
		`{{ $s := printf "%01000d" 0 }}` + strings.Repeat(`{{ $s = js (print $s $s) }}`, 12),
		`{{ $a := printf "%01000d" 0 }}{{ uniq (splitList "" (print $a $a)) }}`,
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := render(src, &Env{})
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Errorf("%.80s: built", src)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 100<<20 {
			t.Errorf("%.80s: allocated %d MiB", src, grew>>20)
		}
	}
}

// The messages say which limit was hit, where.
func TestLimitMessages(t *testing.T) {
	for src, want := range map[string]string{
		`{{ len (indent 1500000000 "x") }}`:                 `spec.yaml:7:17: template: indent: its arguments or its result would exceed 1 MiB (the limit on one value)`,
		`{{ printf "%0999999999d" 1 }}`:                     `printf: widths and precisions over 1000 are not allowed`,
		`{{ range 2000 }}{{ printf "%01000d" 0 }}{{ end }}`: `spec.yaml:7:9: template: the draft's text exceeds 256 KiB in one language (the limit on a draft)`,
	} {
		_, err := render(src, &Env{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: want %q, got %v", src, want, err)
		}
	}
}

// Everything the draft's templates build counts against MaxBuilt.
func TestBuiltIsCapped(t *testing.T) {
	env := &Env{}
	src := `{{ $a := printf "%01000d" 0 }}{{ range 1000 }}{{ $b := cat $a $a $a $a $a $a $a $a $a $a }}{{ end }}`
	for i := range 10 {
		if _, err := render(src, env); err != nil {
			if !strings.Contains(err.Error(), "built more than 64 MiB") {
				t.Fatalf("want the draft cap, got %v", err)
			}
			if i < 5 {
				t.Fatalf("the draft cap came after %d executions of 10 MB", i)
			}
			return
		}
	}
	t.Fatal("100 MB built without an error")
}

// Ordinary templates still work, through the guarded functions.
func TestGuardedFunctionsWork(t *testing.T) {
	src := `{{ cat "a" "b" }}|{{ indent 2 "x" }}|{{ replace "a" "b" "aa" }}|{{ join "," (list 1 2) }}|` +
		`{{ printf "%03d" 7 }}|{{ uniq (list 1 1 2) }}|{{ range $i := 3 }}{{ $i }}{{ end }}|{{ spell 3 }}|{{ plural 2 "a" "b" }}|{{ html "<" }}`
	out, err := render(src, &Env{Lang: generator.English})
	want := `a b|  x|bb|1,2|007|[1 2]|012|three|b|&lt;`
	if err != nil || out != want {
		t.Errorf("got %q, %v; want %q", out, err, want)
	}
}
