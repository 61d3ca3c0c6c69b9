package library

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// clauseSource is a clause file split into its front matter and its language sections.
type clauseSource struct {
	front     []byte
	frontLine int // line of the opening "---"
	sections  []section
}

type section struct {
	lang generator.Lang
	form generator.Form // empty for the default text
	body generator.Body
	pos  generator.Position // the marker line
}

// "-- en --" or "-- uk mou --"
var marker = regexp.MustCompile(`^-- ([a-z]+)(?: ([a-z]+))? --\s*$`)

// split divides a clause file. It reports a missing front matter, text outside any section and
// malformed markers.
func split(path string, src []byte) (*clauseSource, generator.ErrorList) {
	var errs generator.ErrorList
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	at := func(line int) generator.Position { return generator.Position{File: path, Line: line, Col: 1} }
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		errs.Addf(at(1), "clause file must start with a \"---\" line opening its front matter")
		return nil, errs
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		errs.Addf(at(1), "front matter is not closed by a \"---\" line")
		return nil, errs
	}
	cs := &clauseSource{front: []byte(strings.Join(lines[1:end], "\n")), frontLine: 1}
	var cur *section
	var body []string
	flush := func() {
		if cur != nil {
			cur.body.Src, cur.body.Pos = trimBody(body, cur.pos)
			cs.sections = append(cs.sections, *cur)
		}
	}
	for i := end + 1; i < len(lines); i++ {
		line := lines[i]
		if m := marker.FindStringSubmatch(line); m != nil {
			flush()
			cur = &section{lang: generator.Lang(m[1]), form: generator.Form(m[2]), pos: at(i + 1)}
			body = nil
			continue
		}
		if strings.HasPrefix(line, "-- ") {
			errs.Addf(at(i+1), "malformed section marker %q", strings.TrimSpace(line)).
				WithHint(`write "-- en --", "-- uk --" or "-- uk mou --"`)
			continue
		}
		if cur == nil {
			if strings.TrimSpace(line) != "" {
				errs.Addf(at(i+1), "text outside a language section").
					WithHint(`start the text with a line "-- en --"`)
			}
			continue
		}
		body = append(body, line)
	}
	flush()
	return cs, errs
}

// trimBody drops blank lines around a section's text and returns it with the position of its
// first line.
func trimBody(lines []string, marker generator.Position) (string, generator.Position) {
	first := 0
	for first < len(lines) && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	last := len(lines)
	for last > first && strings.TrimSpace(lines[last-1]) == "" {
		last--
	}
	pos := marker
	pos.Line += first + 1
	return string(bytes.TrimRight([]byte(strings.Join(lines[first:last], "\n")), " \t")), pos
}
