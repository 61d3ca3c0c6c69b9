package tmpl

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
	"unicode/utf8"

	"github.com/guarantor-dev/guarantor/generator"
)

// Parse parses body as a template named by its file, so errors can be placed, and instruments
// it so that its execution is bounded (see instrument).
func Parse(body generator.Body) (*template.Template, error) {
	if line := tooDeep(body.Src); line > 0 {
		pos := body.Pos
		pos.Line, pos.Col = pos.Line+line-1, 0
		return nil, withColumn(generator.Errorf(pos, "template: if, range and with nested more than %d deep", MaxNesting), body)
	}
	t, err := parseTemplate(body.Pos.File, body.Src)
	if err == nil {
		err = instrument(t)
	}
	if err != nil {
		return nil, withColumn(Locate(body.Pos, err), body)
	}
	return t, nil
}

// parseTemplate parses src as text/template's Parse does, checking that every function it
// calls exists, but without giving the template the functions themselves: Env.Bind and the
// Binder give each copy the guarded ones it calls. (Giving every parsed template its own
// copy of some eighty functions took a tenth of loading the library.)
func parseTemplate(name, src string) (*template.Template, error) {
	trees, err := parse.Parse(name, src, "", "", parseNames())
	if err != nil {
		return nil, err
	}
	t := template.New(name).Option("missingkey=error")
	for n, tree := range trees {
		if _, err := t.AddParseTree(n, tree); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// parseNames are the functions a template may call, as the parser sees them (it looks at the
// names only): ours and text/template's builtins.
var parseNames = sync.OnceValue(func() map[string]any {
	names := map[string]any{}
	for name := range funcs() {
		names[name] = true
	}
	for _, name := range builtinNames {
		names[name] = true
	}
	return names
})

// builtinNames are the functions text/template gives every template.
var builtinNames = []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or",
	"print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"}

// withColumn gives a parse error, which text/template places by line only, the column of the
// first action on that line.
func withColumn(err error, body generator.Body) error {
	var e *generator.Error
	if !errors.As(err, &e) || e.Pos.Col != 0 {
		return err
	}
	lines := strings.Split(body.Src, "\n")
	if i := e.Pos.Line - body.Pos.Line; i >= 0 && i < len(lines) {
		if j := strings.Index(lines[i], "{{"); j >= 0 {
			e.Pos.Col = max(body.Pos.Col, 1) + utf8.RuneCountInString(lines[i][:j])
		}
	}
	if strings.Contains(e.Msg, "not defined") {
		e.WithHint("`guarantor templates functions` lists the functions a text may call")
	}
	return e
}

// Execute runs the template of body (body.Tmpl, parsed from body.Src) with data in env and
// returns its output. Errors are placed in the file body.Pos names.
func Execute(body generator.Body, env *Env, data any) (string, error) {
	t, start := body.Tmpl, body.Pos
	bound, err := env.Bind(t)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := bound.Execute(&capped{w: &buf, g: env.guard}, data); err != nil {
		return "", locate(start, err, body.Src, data)
	}
	return buf.String(), nil
}

// capped is the writer of an execution: it refuses output past the draft's MaxText, counts it
// in the draft's budget, and stops the execution once the budget's time is up or its context
// done.
type capped struct {
	w *bytes.Buffer
	g *guard
}

func (c *capped) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil // a step prints nothing; its own check places the error at its loop
	}
	if err := c.g.check(); err != nil {
		return 0, err
	}
	if c.g.written += len(p); c.g.written > MaxText {
		return 0, errTooLarge
	}
	if err := c.g.add(len(p)); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// "template: NAME:LINE:COL: rest" or "template: NAME:LINE: rest".
var tmplErr = regexp.MustCompile(`^template: (.*?):(\d+)(?::(\d+))?: (.*)$`)

// Locate turns a text/template error into a *generator.Error at the file position it names.
func Locate(start generator.Position, err error) error {
	return locate(start, err, "", nil)
}

// locate is Locate knowing the template's source, which turns text/template's byte offset
// within a line into the file's column, and its data, from which a misspelt field is guessed.
func locate(start generator.Position, err error, src string, data any) error {
	if isStop(err) {
		return fmt.Errorf("%s: %w", start, err)
	}
	msg := err.Error()
	var limit *limitError
	if errors.As(err, &limit) {
		msg = "template: " + tmplPrefix(msg) + limit.msg
	}
	m := tmplErr.FindStringSubmatch(msg)
	if m == nil {
		e := generator.Errorf(start, "%s", msg)
		if limit != nil {
			e.Hint = limit.hint
		}
		return e
	}
	line, _ := strconv.Atoi(m[2])
	pos := start
	pos.Line = start.Line + line - 1
	pos.Col = 0
	if m[3] != "" {
		offset, _ := strconv.Atoi(m[3])
		pos.Col = fileColumn(start, src, line, offset)
	}
	rest := m[4]
	// Drop the executing "name" prefix that repeats the file name.
	if i := strings.Index(rest, `: `); strings.HasPrefix(rest, "executing ") && i > 0 {
		rest = rest[i+2:]
	}
	e := generator.Errorf(pos, "template: %s", rest)
	if limit != nil && limit.hint != "" {
		e.WithHint("%s", limit.hint)
	}
	if hint := suggestField(missingName(rest), data); hint != "" && data != nil && limit == nil {
		e.WithHint("%s", hint)
	} else if strings.Contains(rest, "map has no entry for key") {
		e.WithHint("%s", namesHint(data))
	}
	return e
}

// tmplPrefix returns the "NAME:LINE:COL: " of a text/template error, or "".
func tmplPrefix(msg string) string {
	m := tmplErr.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	if m[3] != "" {
		return m[1] + ":" + m[2] + ":" + m[3] + ": "
	}
	return m[1] + ":" + m[2] + ": "
}

// Render parses and executes src in one step; for templates used once.
func Render(body generator.Body, env *Env, data any) (string, error) {
	t, err := Parse(body)
	if err != nil {
		return "", err
	}
	body.Tmpl = t
	return Execute(body, env, data)
}
