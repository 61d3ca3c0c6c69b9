package web

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// previewView is the right-hand side of the editor: the draft, the findings and the profile,
// or the problems that keep the state from being a spec.
type previewView struct {
	UI, Name string
	Valid    bool
	General  []string
	Fields   map[string]string
	View     string // en, uk or both
	Pages    []pageView
	Findings []findingView
	Summary  review.Summary
	Profile  []profileRow
	Options  []review.Option
}

type pageView struct {
	Lang, Page string
}

type findingView struct {
	N                      int
	Rule, Name, Title, Sev string
	Message, Why, Fix      string
	Clause, Target, Words  string
	Pos                    string
	Suppressed             bool
	Reason                 string
	Fixes                  []fixView
}

type fixView struct {
	Label, Code string
}

type profileRow struct {
	Label, Value, Tone string // tone: good, weak, bad
}

// previewOf builds the view of an outcome in the view mode asked for.
func (s *Server) previewOf(ui string, st *State, o *outcome, view string) *previewView {
	pv := &previewView{UI: ui, Name: st.Name, Valid: o.Valid(), General: o.General, Fields: o.Fields, View: view}
	if !pv.Valid {
		return pv
	}
	langs := viewLangs(o.Draft.Instrument.Languages, view)
	if err := o.render(langs); err != nil {
		pv.Valid, pv.General = false, []string{err.Error()}
		return pv
	}
	for _, l := range langs {
		pv.Pages = append(pv.Pages, pageView{Lang: string(l), Page: trimPage(o.Pages[l])})
	}
	targets := articleTargets(o.Draft)
	adversary := ""
	if a := o.Draft.Instrument.Adversary; a != nil {
		adversary = a.Code
	}
	for i, f := range o.Report.Findings {
		fv := findingView{N: i + 1, Rule: f.Rule.ID, Name: f.Rule.Name, Title: f.Rule.Title, Sev: f.Severity.String(),
			Message: f.Message, Why: f.Rule.Why, Fix: f.Rule.Fix, Clause: f.Clause, Target: targets[f.Clause],
			Words: words(f, o.YAML), Pos: f.Pos.String(), Suppressed: f.Suppressed, Reason: f.Reason}
		for _, q := range fixesFor(f, st, s.project.Library, adversary) {
			fv.Fixes = append(fv.Fixes, fixView{Label: fixLabel(ui, q, s), Code: q.Code()})
		}
		pv.Findings = append(pv.Findings, fv)
	}
	pv.Summary = o.Report.Summary()
	pv.Profile = profileRows(ui, o)
	pv.Options = o.Report.Profile.Options
	return pv
}

// viewLangs returns the languages to show: one, or all of the draft's for "both".
func viewLangs(have []generator.Lang, view string) []generator.Lang {
	for _, l := range have {
		if string(l) == view {
			return []generator.Lang{l}
		}
	}
	if view == "both" || len(have) == 0 {
		return have
	}
	return have[:1]
}

// articleTargets maps each clause to where it stands in the HTML draft: "art-N" for an
// article, "recital-K" for the K-th recital.
func articleTargets(d *generator.Draft) map[string]string {
	out := map[string]string{}
	k := 0
	for _, a := range d.Articles {
		id := a.Use.Clause.ID
		if a.Number > 0 {
			out[id] = fmt.Sprintf("art-%d", a.Number)
		} else {
			out[id] = fmt.Sprintf("recital-%d", k)
			k++
		}
	}
	return out
}

var quoted = regexp.MustCompile(`[“"«]([^”"»]{2,80})[”"»]`)

// words returns the words a finding rests on, when it names them: a phrase quoted in its
// message, or the word at its position inside a custom clause's text.
func words(f *review.Finding, yml []byte) string {
	if m := quoted.FindStringSubmatch(f.Message); m != nil {
		return m[1]
	}
	if f.Clause == "" || !strings.HasPrefix(f.Clause, "custom/") || f.Pos.Line == 0 {
		return ""
	}
	lines := strings.Split(string(yml), "\n")
	if f.Pos.Line > len(lines) {
		return ""
	}
	line := []rune(lines[f.Pos.Line-1])
	if f.Pos.Col < 1 || f.Pos.Col > len(line) || strings.HasPrefix(strings.TrimSpace(string(line)), "- custom") {
		return ""
	}
	rest := string(line[f.Pos.Col-1:])
	ws := strings.Fields(rest)
	if len(ws) == 0 {
		return ""
	}
	return strings.Trim(strings.Join(ws[:min(3, len(ws))], " "), ".,;:")
}

func fixLabel(ui string, q quickFix, s *Server) string {
	title := func(id string) string {
		if c := s.project.Library.Get(id); c != nil {
			if t := c.Title[generator.Lang(ui)]; t != "" {
				return t + " (" + id + ")"
			}
		}
		return id
	}
	switch q.Kind {
	case "form":
		label := tr(ui, "fix.form") + " " + strings.ToLower(tr(ui, "form."+q.Value))
		if q.Clause != "" {
			label += " + " + strings.ReplaceAll(q.Clause, ",", ", ")
		}
		return label
	case "prevails":
		return tr(ui, "fix.prevails") + " " + q.Value
	case "set":
		return fmt.Sprintf("%s %s: %s = %s", tr(ui, "fix.set"), q.Clause, q.Param, q.Value)
	case "add":
		if q.Param != "" {
			return fmt.Sprintf("%s %s, %s = %s", tr(ui, "fix.add"), title(q.Clause), q.Param, q.Value)
		}
		return tr(ui, "fix.add") + " " + title(q.Clause)
	case "drop-guarantor":
		return tr(ui, "fix.remove.guarantor") + " " + q.Value
	case "drop-suppression":
		return tr(ui, "fix.remove.suppression") + " " + q.Value
	}
	return q.Code()
}
