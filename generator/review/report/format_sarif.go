package report

import (
	"encoding/json"
	"errors"
	"github.com/guarantor-dev/guarantor/generator/review"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// SARIF 2.1.0 (OASIS), the subset guarantor writes.
const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

// sarifInvocation says whether the review ran on every spec; the errors of the specs that could
// not be loaded are its notifications.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties,omitempty"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID           string             `json:"ruleId"`
	RuleIndex        int                `json:"ruleIndex"`
	Level            string             `json:"level"`
	Message          sarifText          `json:"message"`
	Locations        []sarifLocation    `json:"locations"`
	RelatedLocations []sarifLocation    `json:"relatedLocations,omitempty"`
	Suppressions     []sarifSuppression `json:"suppressions,omitempty"`
	Properties       map[string]any     `json:"properties,omitempty"`
}

type sarifLocation struct {
	ID               *int           `json:"id,omitempty"`
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifText     `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifLogical struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

func sarifLevel(s review.Severity) string {
	if s == review.Info {
		return "note"
	}
	return s.String()
}

func writeSARIF(w io.Writer, reports []*review.Report, opt Options) error {
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{Name: "guarantor", Version: generator.Version,
		InformationURI: "https://github.com/guarantor-dev/guarantor/blob/main/docs/rules.md"}}, Results: []sarifResult{},
		Invocations: []sarifInvocation{invocation(opt.Failed)}}
	index := map[*review.Rule]int{}
	for i, r := range review.Rules() {
		index[r] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: r.ID, Name: r.Name,
			ShortDescription: sarifText{Text: r.Title}, FullDescription: sarifText{Text: r.Why},
			Help:                 sarifText{Text: "Fix: " + r.Fix + "\nSource: " + r.Source, Markdown: r.Markdown()},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
			Properties:           map[string]any{"weakness": weaknessOrEmpty(r), "tags": []string{"security-guarantee"}}})
	}
	for _, rep := range reports {
		for _, f := range rep.Findings {
			run.Results = append(run.Results, sarifFinding(f, index[f.Rule]))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// invocation records the specs that failed to load, one notification per problem.
func invocation(failed []error) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: len(failed) == 0}
	for _, err := range failed {
		var list generator.ErrorList
		var one *generator.Error
		switch {
		case errors.As(err, &list):
		case errors.As(err, &one):
			list = generator.ErrorList{one}
		default:
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
				sarifNotification{Level: "error", Message: sarifText{Text: err.Error()}})
			continue
		}
		for _, e := range list {
			text := e.Msg
			if e.Hint != "" {
				text += " (hint: " + e.Hint + ")"
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
				sarifNotification{Level: "error", Message: sarifText{Text: text}, Locations: []sarifLocation{location(e.Pos, nil)}})
		}
	}
	return inv
}

func sarifFinding(f *review.Finding, ruleIndex int) sarifResult {
	res := sarifResult{RuleID: f.Rule.ID, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message: sarifText{Text: f.Message + ". Fix: " + f.Rule.Fix}, Locations: []sarifLocation{location(f.Pos, nil)}}
	if f.Clause != "" {
		res.Locations[0].LogicalLocations = []sarifLogical{{Name: f.Clause, Kind: "member"}}
	}
	for i, rel := range f.Related {
		id := i + 1
		loc := location(rel.Pos, &sarifText{Text: rel.Message})
		loc.ID = &id
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	if f.Suppressed {
		res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Reason}}
	}
	if f.ClauseFile != "" {
		res.Properties = map[string]any{"clauseFile": filepath.ToSlash(f.ClauseFile)}
	}
	return res
}

func location(p generator.Position, msg *sarifText) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: fileURI(p.File)}}, Message: msg}
	if p.Line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: p.Col}
	}
	return loc
}

// fileURI turns a path into a URI reference (RFC 3986, as artifactLocation.uri requires):
// relative paths stay relative (resolved against the repository by code-scanning tools),
// absolute ones become file URIs. Spaces, '#', '%', non-ASCII letters and the like are
// percent-encoded.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func weaknessOrEmpty(r *review.Rule) []int {
	if r.Weakness == nil {
		return []int{}
	}
	return r.Weakness
}
