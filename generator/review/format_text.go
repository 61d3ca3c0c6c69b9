package review

import (
	"fmt"
	"io"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// maxRelated is how many related places text output shows per finding.
const maxRelated = 8

type palette struct{ on bool }

func (p palette) paint(code, s string) string {
	if !p.on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) severity(s Severity) string {
	return p.paint(map[Severity]string{Error: "1;31", Warning: "1;33", Info: "1;36"}[s], s.String())
}

// textWriter writes the text report: lines wrapped to a width, and each rule's why and fix
// once (for every finding when verbose).
type textWriter struct {
	w       io.Writer
	pal     palette
	width   int
	verbose bool
	told    map[*Rule]bool // rules whose why and fix were printed
}

// writeText writes each report: the instrument and its profile, findings grouped by severity
// (suppressed ones last), and a summary line; then a total when there are several specs.
func writeText(w io.Writer, reports []*Report, opt Options) error {
	width := opt.Width
	if width <= 0 {
		width = DefaultWidth
	}
	tw := &textWriter{w: w, pal: palette{opt.Color}, width: max(width, 40), verbose: opt.Verbose, told: map[*Rule]bool{}}
	var total Summary
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		tw.report(r)
		s := r.Summary()
		total.Error, total.Warning, total.Info, total.Suppressed = total.Error+s.Error, total.Warning+s.Warning, total.Info+s.Info, total.Suppressed+s.Suppressed
	}
	if n := len(reports) + len(opt.Failed); n > 1 {
		failed := ""
		if len(opt.Failed) > 0 {
			failed = fmt.Sprintf(" (%d could not be reviewed)", len(opt.Failed))
		}
		fmt.Fprintf(w, "\ntotal: %d specs%s: %s, %d suppressed\n", n, failed, total.Counts(), total.Suppressed)
	}
	return nil
}

// DefaultWidth is the width text output is wrapped to when the terminal's is unknown.
const DefaultWidth = 80

// para writes text wrapped to the width, its first line after lead and the others indented
// by indent spaces.
func (t *textWriter) para(indent int, lead, text string) {
	pad := strings.Repeat(" ", indent)
	line := pad + lead
	n := visible(line)
	for i, word := range strings.Fields(text) {
		wn := visible(word)
		if i > 0 && n+1+wn > t.width {
			fmt.Fprintln(t.w, line)
			line, n = pad+"  "+word, indent+2+wn
			continue
		}
		if i > 0 || lead != "" && !strings.HasSuffix(lead, " ") {
			line += " "
			n++
		}
		line += word
		n += wn
	}
	fmt.Fprintln(t.w, line)
}

// visible counts the runes of s that show, leaving out ANSI colour codes.
func visible(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case r == '\x1b':
			esc = true
		case esc:
			esc = r != 'm'
		default:
			n++
		}
	}
	return n
}

func (t *textWriter) report(r *Report) {
	w, pal := t.w, t.pal
	in := r.Instrument
	t.para(0, pal.paint("1", in.File)+" —", title(in))
	t.para(2, "profile:", r.Profile.String())
	if o := r.Profile.OptionsString(); o != "" {
		t.para(2, "options:", o)
	}
	for _, sev := range Severities {
		group := pick(r.Findings, func(f *Finding) bool { return !f.Suppressed && f.Severity == sev })
		if len(group) > 0 {
			fmt.Fprintf(w, "\n%s (%d)\n", pal.severity(sev), len(group))
			for _, f := range group {
				t.finding(f)
			}
		}
	}
	if sup := pick(r.Findings, func(f *Finding) bool { return f.Suppressed }); len(sup) > 0 {
		fmt.Fprintf(w, "\nsuppressed (%d)\n", len(sup))
		for _, f := range sup {
			t.para(2, fmt.Sprintf("%s: %s %s:", f.Pos, f.Rule.ID, f.Rule.Name), f.Message)
			t.para(4, "reason:", fmt.Sprintf("%s (%s)", f.Reason, f.SuppressedAt))
		}
	}
	s := r.Summary()
	fmt.Fprintln(w)
	t.para(0, in.File+":", fmt.Sprintf("%s, %d suppressed", s.Counts(), s.Suppressed))
}

// writeShort writes one line per finding, file:line:col: severity: rule: message, as
// compilers and vale do; suppressed findings are left out.
func writeShort(w io.Writer, reports []*Report, _ Options) error {
	for _, r := range reports {
		for _, f := range r.Findings {
			if f.Suppressed {
				continue
			}
			pos := f.Pos
			if pos.Line == 0 {
				pos.Line = 1
			}
			if pos.Col == 0 {
				pos.Col = 1
			}
			if _, err := fmt.Fprintf(w, "%s: %s: %s: %s\n", pos, f.Severity, f.Rule.ID, oneLine(f.Message)); err != nil {
				return err
			}
		}
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (t *textWriter) finding(f *Finding) {
	t.para(2, f.Pos.String()+": "+t.pal.paint("1", f.Rule.ID), f.Rule.Name+" — "+f.Rule.Title)
	if f.ClauseFile != "" {
		t.para(4, "clause:", f.ClauseFile)
	}
	t.para(4, "", f.Message)
	for i, rel := range f.Related {
		if i == maxRelated {
			fmt.Fprintf(t.w, "      … and %d more\n", len(f.Related)-maxRelated)
			break
		}
		t.para(6, rel.Pos.String()+":", rel.Message)
	}
	if t.told[f.Rule] && !t.verbose {
		return
	}
	t.told[f.Rule] = true
	t.para(4, t.pal.paint("2", "why:"), f.Rule.Why)
	t.para(4, t.pal.paint("2", "fix:"), f.Rule.Fix)
}

func pick(fs []*Finding, keep func(*Finding) bool) []*Finding {
	var out []*Finding
	for _, f := range fs {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}

// title is the instrument's English title, or its first.
func title(in *generator.Instrument) string {
	if t := in.Title[generator.English]; t != "" {
		return t
	}
	for _, l := range in.Languages {
		if t := in.Title[l]; t != "" {
			return t
		}
	}
	return strings.TrimSpace(in.Name)
}
