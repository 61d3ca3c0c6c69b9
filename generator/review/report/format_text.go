package report

import (
	"fmt"
	"github.com/guarantor-dev/guarantor/generator/review"
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

func (p palette) severity(s review.Severity) string {
	return p.paint(map[review.Severity]string{review.Error: "1;31", review.Warning: "1;33", review.Info: "1;36"}[s], s.String())
}

// writeText writes each report: the instrument and its profile, findings grouped by severity
// (suppressed ones last), and a summary line.
func writeText(w io.Writer, reports []*review.Report, opt Options) error {
	pal := palette{opt.Color}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		writeTextReport(w, r, pal)
	}
	return nil
}

func writeTextReport(w io.Writer, r *review.Report, pal palette) {
	in := r.Instrument
	fmt.Fprintf(w, "%s — %s\n", pal.paint("1", in.File), title(in))
	fmt.Fprintf(w, "  profile: %s\n", r.Profile)
	if o := r.Profile.OptionsString(); o != "" {
		fmt.Fprintf(w, "  options: %s\n", o)
	}
	for _, sev := range review.Severities {
		group := pick(r.Findings, func(f *review.Finding) bool { return !f.Suppressed && f.Severity == sev })
		if len(group) > 0 {
			fmt.Fprintf(w, "\n%s (%d)\n", pal.severity(sev), len(group))
			for _, f := range group {
				writeTextFinding(w, f, pal)
			}
		}
	}
	if sup := pick(r.Findings, func(f *review.Finding) bool { return f.Suppressed }); len(sup) > 0 {
		fmt.Fprintf(w, "\nsuppressed (%d)\n", len(sup))
		for _, f := range sup {
			fmt.Fprintf(w, "  %s: %s %s: %s\n    reason: %s (%s)\n", f.Pos, f.Rule.ID, f.Rule.Name, f.Message, f.Reason, f.SuppressedAt)
		}
	}
	s := r.Summary()
	fmt.Fprintf(w, "\n%s: %s, %d suppressed\n", in.File, s.Counts(), s.Suppressed)
}

func writeTextFinding(w io.Writer, f *review.Finding, pal palette) {
	where := f.Pos.String()
	if f.ClauseFile != "" {
		where += " (" + f.ClauseFile + ")"
	}
	fmt.Fprintf(w, "  %s: %s %s — %s\n", where, pal.paint("1", f.Rule.ID), f.Rule.Name, f.Rule.Title)
	fmt.Fprintf(w, "    %s\n", f.Message)
	for i, rel := range f.Related {
		if i == maxRelated {
			fmt.Fprintf(w, "      … and %d more\n", len(f.Related)-maxRelated)
			break
		}
		fmt.Fprintf(w, "      %s: %s\n", rel.Pos, rel.Message)
	}
	fmt.Fprintf(w, "    %s %s\n", pal.paint("2", "why:"), f.Rule.Why)
	fmt.Fprintf(w, "    %s %s\n", pal.paint("2", "fix:"), f.Rule.Fix)
}

func pick(fs []*review.Finding, keep func(*review.Finding) bool) []*review.Finding {
	var out []*review.Finding
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
