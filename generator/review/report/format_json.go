package report

import (
	"encoding/json"
	"github.com/guarantor-dev/guarantor/generator/review"
	"io"
	"path/filepath"

	"github.com/guarantor-dev/guarantor/generator"
)

// JSONSchemaVersion names the JSON output schema; it changes only when a field changes
// meaning or goes away (new fields may be added).
const JSONSchemaVersion = review.JSONSchemaVersion

// JSONOutput is the document the json format writes.
type JSONOutput struct {
	Schema  string       `json:"schema"`
	Tool    string       `json:"tool"`
	Version string       `json:"version"`
	Reports []JSONReport `json:"reports"`
}

// JSONReport is the review of one spec.
type JSONReport struct {
	Spec     string         `json:"spec"`
	Name     string         `json:"name"`
	Title    string         `json:"title"`
	Form     string         `json:"form"`
	Profile  review.Profile `json:"profile"`
	Summary  review.Summary `json:"summary"`
	Findings []JSONFinding  `json:"findings"`
}

// JSONFinding is one finding.
type JSONFinding struct {
	Rule       string          `json:"rule"`
	Name       string          `json:"name"`
	Title      string          `json:"title"`
	Severity   review.Severity `json:"severity"`
	Weakness   []int           `json:"weakness"`
	Clause     string          `json:"clause,omitempty"`
	File       string          `json:"file"`
	Line       int             `json:"line,omitempty"`
	Col        int             `json:"col,omitempty"`
	ClauseFile string          `json:"clause_file,omitempty"`
	Message    string          `json:"message"`
	Why        string          `json:"why"`
	Source     string          `json:"source"`
	Fix        string          `json:"fix"`
	Related    []JSONRelated   `json:"related,omitempty"`
	Suppressed bool            `json:"suppressed"`
	Reason     string          `json:"reason,omitempty"`
}

// JSONRelated is another place that takes part in a finding.
type JSONRelated struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Message string `json:"message"`
}

// NewJSONOutput converts reports to the JSON document.
func NewJSONOutput(reports []*review.Report) JSONOutput {
	out := JSONOutput{Schema: JSONSchemaVersion, Tool: "guarantor", Version: generator.Version, Reports: []JSONReport{}}
	for _, r := range reports {
		in := r.Instrument
		jr := JSONReport{Spec: filepath.ToSlash(in.File), Name: in.Name, Title: title(in), Form: string(in.Form),
			Profile: r.Profile, Summary: r.Summary(), Findings: []JSONFinding{}}
		for _, f := range r.Findings {
			jr.Findings = append(jr.Findings, jsonFinding(f))
		}
		out.Reports = append(out.Reports, jr)
	}
	return out
}

func jsonFinding(f *review.Finding) JSONFinding {
	weakness := f.Rule.Weakness
	if weakness == nil {
		weakness = []int{}
	}
	jf := JSONFinding{Rule: f.Rule.ID, Name: f.Rule.Name, Title: f.Rule.Title, Severity: f.Severity, Weakness: weakness,
		Clause: f.Clause, File: filepath.ToSlash(f.Pos.File), Line: f.Pos.Line, Col: f.Pos.Col, ClauseFile: filepath.ToSlash(f.ClauseFile),
		Message: f.Message, Why: f.Rule.Why, Source: f.Rule.Source, Fix: f.Rule.Fix, Suppressed: f.Suppressed, Reason: f.Reason}
	for _, rel := range f.Related {
		jf.Related = append(jf.Related, JSONRelated{File: filepath.ToSlash(rel.Pos.File), Line: rel.Pos.Line, Col: rel.Pos.Col, Message: rel.Message})
	}
	return jf
}

func writeJSON(w io.Writer, reports []*review.Report, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewJSONOutput(reports))
}
