package review_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
	"github.com/guarantor-dev/guarantor/generator/review/report"
)

func write(t *testing.T, format string, reps ...*review.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := report.LookupFormat(format).Write(&b, reps, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func suppressionReport(t *testing.T) *review.Report {
	_, p := projects(t)
	return reviewFile(t, p, "testdata/fixtures/suppressions.yaml")
}

// JSON output follows the documented schema; suppressed findings stay, marked.
func TestJSON(t *testing.T) {
	var out report.JSONOutput
	dec := json.NewDecoder(bytes.NewReader(write(t, "json", suppressionReport(t))))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatal(err)
	}
	if out.Schema != review.JSONSchemaVersion || len(out.Reports) != 1 {
		t.Fatalf("schema %q, %d reports", out.Schema, len(out.Reports))
	}
	rep := out.Reports[0]
	var suppressed *report.JSONFinding
	for i, f := range rep.Findings {
		if f.Suppressed {
			suppressed = &rep.Findings[i]
		}
		if f.Rule == "" || f.Message == "" || f.Why == "" || f.Fix == "" || f.File == "" {
			t.Errorf("incomplete finding %+v", f)
		}
	}
	if suppressed == nil || suppressed.Rule != "G204" || suppressed.Reason == "" {
		t.Errorf("suppressed G204 missing or without reason: %+v", suppressed)
	}
	if rep.Summary.Suppressed != 1 {
		t.Errorf("summary %+v", rep.Summary)
	}
}

// SARIF output has what the 2.1.0 schema requires of every object guarantor writes.
func TestSARIF(t *testing.T) {
	var log map[string]any
	if err := json.Unmarshal(write(t, "sarif", suppressionReport(t)), &log); err != nil {
		t.Fatal(err)
	}
	if log["version"] != "2.1.0" || !strings.Contains(log["$schema"].(string), "sarif-2.1.0") {
		t.Fatalf("version %v, schema %v", log["version"], log["$schema"])
	}
	run := log["runs"].([]any)[0].(map[string]any)
	driver := run["tool"].(map[string]any)["driver"].(map[string]any)
	rules := driver["rules"].([]any)
	if driver["name"] != "guarantor" || len(rules) != len(review.Rules()) {
		t.Fatalf("driver %v with %d rules", driver["name"], len(rules))
	}
	levels := map[string]bool{"error": true, "warning": true, "note": true, "none": true}
	suppressed := 0
	for _, r := range run["results"].([]any) {
		res := r.(map[string]any)
		idx := int(res["ruleIndex"].(float64))
		if rules[idx].(map[string]any)["id"] != res["ruleId"] {
			t.Errorf("ruleIndex %d does not point at %v", idx, res["ruleId"])
		}
		if !levels[res["level"].(string)] || res["message"].(map[string]any)["text"] == "" {
			t.Errorf("bad result %v", res)
		}
		loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		if loc["artifactLocation"].(map[string]any)["uri"] == "" {
			t.Errorf("no uri in %v", res)
		}
		if reg, ok := loc["region"].(map[string]any); ok && reg["startLine"].(float64) < 1 {
			t.Errorf("startLine < 1 in %v", res)
		}
		if s, ok := res["suppressions"].([]any); ok {
			suppressed++
			if k := s[0].(map[string]any)["kind"]; k != "inSource" && k != "external" {
				t.Errorf("suppression kind %v", k)
			}
		}
	}
	if suppressed != 1 {
		t.Errorf("%d suppressed results, want 1", suppressed)
	}
}

// SARIF artifact URIs are RFC 3986 URI references: paths are percent-encoded, relative ones stay
// relative and absolute ones become file URIs.
func TestSARIFURIs(t *testing.T) {
	abs, err := filepath.Abs(filepath.FromSlash("with space/a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	rule := review.Rules()[0]
	rep := &review.Report{Findings: []*review.Finding{
		{Rule: rule, Severity: rule.Severity, Message: "m", Pos: generator.Position{File: filepath.FromSlash("my drafts/дод/a#1.yaml"), Line: 3}},
		{Rule: rule, Severity: rule.Severity, Message: "m", Pos: generator.Position{File: abs, Line: 1}},
	}}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(write(t, "sarif", rep), &log); err != nil {
		t.Fatal(err)
	}
	var uris []string
	for _, r := range log.Runs[0].Results {
		uris = append(uris, r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	if len(uris) != 2 || uris[0] != "my%20drafts/%D0%B4%D0%BE%D0%B4/a%231.yaml" {
		t.Fatalf("uris %q", uris)
	}
	if !strings.HasPrefix(uris[1], "file:///") || !strings.HasSuffix(uris[1], "/with%20space/a.yaml") {
		t.Errorf("absolute uri %q", uris[1])
	}
}

// Text output groups findings by severity, strongest first, and ends with a summary.
func TestText(t *testing.T) {
	real, _ := projects(t)
	out := string(write(t, "text", reviewFile(t, real, "../../drafts/budapest-1994.yaml")))
	e, w, i := strings.Index(out, "\nerror ("), strings.Index(out, "\nwarning ("), strings.Index(out, "\ninfo (")
	if e < 0 || w < e || i < w {
		t.Errorf("groups out of order:\n%s", out)
	}
	for _, want := range []string{"profile: not binding mou", "G901 budapest-pattern", "why: ", "fix: ", "errors,"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour without Options.Color")
	}
}

// Reviewing the same draft twice gives the same bytes.
func TestDeterministic(t *testing.T) {
	real, _ := projects(t)
	for _, f := range []string{"text", "json", "sarif"} {
		a := write(t, f, reviewFile(t, real, "../../drafts/budapest-1994.yaml"))
		b := write(t, f, reviewFile(t, real, "../../drafts/budapest-1994.yaml"))
		if !bytes.Equal(a, b) {
			t.Errorf("%s output differs between two runs", f)
		}
	}
}

// A spec that could not be loaded makes the SARIF invocation unsuccessful, with the problem
// and where it is, so code scanning does not show a clean run.
func TestSARIFFailedSpecs(t *testing.T) {
	failed := generator.ErrorList{generator.Errorf(generator.Position{File: "drafts/bad.yaml", Line: 3, Col: 1}, "unknown key \"langauges\"").
		WithHint("did you mean \"languages\"?")}
	var buf bytes.Buffer
	if err := report.LookupFormat("sarif").Write(&buf, nil, report.Options{Failed: []error{failed}}); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
				Notes               []struct {
					Level   string `json:"level"`
					Message struct{ Text string }
					Locs    []struct {
						Physical struct {
							Artifact struct{ URI string } `json:"artifactLocation"`
							Region   struct{ StartLine int }
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"toolExecutionNotifications"`
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.Notes) != 1 {
		t.Fatalf("invocation %+v", inv)
	}
	n := inv.Notes[0]
	if n.Level != "error" || !strings.Contains(n.Message.Text, `did you mean "languages"`) ||
		n.Locs[0].Physical.Artifact.URI != "drafts/bad.yaml" || n.Locs[0].Physical.Region.StartLine != 3 {
		t.Errorf("notification %+v", n)
	}
}
