package decode

import (
	"bytes"
	"errors"
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// bom is the UTF-8 byte-order mark some editors put at the start of a file.
var bom = []byte("\ufeff")

// StripBOM returns src without a leading UTF-8 byte-order mark.
func StripBOM(src []byte) []byte { return bytes.TrimPrefix(src, bom) }

// plain rewrites one raw YAML parser message into the drafter's terms.
type plain struct {
	raw  *regexp.Regexp
	msg  string // may use $1... from raw
	hint string
}

// plainMessages are the parser messages a drafter meets most, in the words of a spec.
var plainMessages = []plain{
	{regexp.MustCompile(`found character '\t' that cannot start any token`),
		"a tab character here", "YAML indents with spaces only: replace the tab with spaces"},
	{regexp.MustCompile(`^mapping value is not allowed in this context`),
		"a second ': ' on one line", "put a nested key on its own indented line (`title:` then `  en: ...`), write it in braces (`title: {en: ...}`), or quote text that contains ': '"},
	{regexp.MustCompile(`^value is not allowed in this context`),
		"this line does not fit the lines above it", "check its indentation: the keys of one mapping start in the same column, and so do the `- ` of one list"},
	{regexp.MustCompile(`sequence end token '\]' not found|^',' or '\]' must be specified`),
		"a list opened with '[' is not closed", "close it on the same value: `guarantors: [FR, GB]`"},
	{regexp.MustCompile(`could not find flow mapping end token '\}'`),
		"a mapping opened with '{' is not closed", "close it on the same value: `place: {en: Paris, uk: Париж}`"},
	{regexp.MustCompile(`could not find end character of (double|single)-quoted text`),
		"quoted text is not closed", "end it with the same quote it starts with; inside \"...\" write \\\" for a quote"},
	{regexp.MustCompile(`could not find alias "(.*)"`),
		"*$1 names no anchor &$1", "text that starts with * must be quoted"},
	{regexp.MustCompile(`^mapping key "(.*)" already defined at \[(\d+):\d+\]`),
		`key "$1" appears twice in this mapping (first at line $2)`, "keep one of the two: a key may appear once in a mapping"},
	{regexp.MustCompile(`^unknown anchor|^invalid alias`),
		"an alias names no anchor", "text that starts with * must be quoted"},
}

// Explain rewrites the raw YAML parser messages in err (a *generator.Error or an ErrorList)
// into the terms of a spec, each with a hint. Other errors are returned as they are.
func Explain(err error) error {
	var list generator.ErrorList
	var one *generator.Error
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			explain(e)
		}
	case errors.As(err, &one):
		explain(one)
	}
	return err
}

func explain(e *generator.Error) {
	for _, p := range plainMessages {
		m := p.raw.FindStringSubmatchIndex(e.Msg)
		if m == nil {
			continue
		}
		e.Msg = string(p.raw.ExpandString(nil, p.msg, e.Msg, m))
		e.Hint = p.hint
		return
	}
	e.Msg = strings.TrimSpace(e.Msg)
}
