package cli_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/guarantor-dev/guarantor/internal/cli"
)

// compiledSchema runs `guarantor schema` and compiles its output.
func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := cli.Run([]string{"schema"}, &out, &errOut); err != nil {
		t.Fatalf("guarantor schema: %v\n%s", err, errOut.String())
	}
	doc, err := jsonschema.UnmarshalJSON(&out)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	if err := c.AddResource("guarantor.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("guarantor.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// instance reads a YAML spec as the JSON value an editor would check.
func instance(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Every example spec is valid against the schema.
func TestSchemaAcceptsExamples(t *testing.T) {
	s := compiledSchema(t)
	paths, _ := filepath.Glob("../../drafts/*.yaml")
	if len(paths) == 0 {
		t.Fatal("no examples found")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(instance(t, src)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// Broken specs fail at the place of their mistake.
func TestSchemaRejectsBrokenSpecs(t *testing.T) {
	s := compiledSchema(t)
	good, err := os.ReadFile("../../drafts/coalition-treaty-20y.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to string
		where          string // the instance location the error names
	}{
		{"guarantors not a list", "guarantors: [GB, FR, DE, PL, DK, NL]", "guarantors: GB", "/parties/guarantors"},
		{"unknown party", "guarantors: [GB,", "guarantors: [UK,", "/parties/guarantors/0"},
		{"unknown clause", "use: defence/art5-style", "use: defence/art5", "/clauses/4/use"},
		{"param of the wrong type", "with: {years: 20}", "with: {years: twenty}", "/clauses/10/with/years"},
		{"param not allowed", "with: {years: 20}", "with: {years: 17}", "/clauses/10/with/years"},
		{"unknown param", "with: {years: 20}", "with: {yeras: 20}", "/clauses/10/with"},
		{"misspelt key", "languages:", "langauges:", ""},
		{"unknown form", "form: treaty", "form: traety", "/form"},
		{"bad date", "date: 2026-11-22", "date: 22/11/2026", "/date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !bytes.Contains(good, []byte(tt.from)) {
				t.Fatalf("the example no longer has %q", tt.from)
			}
			src := bytes.Replace(good, []byte(tt.from), []byte(tt.to), 1)
			err := s.Validate(instance(t, src))
			var ve *jsonschema.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("valid, or not a validation error: %v", err)
			}
			if !hasLocation(ve, tt.where) {
				t.Errorf("no error at %q:\n%v", tt.where, err)
			}
		})
	}
}

// hasLocation reports whether the error or one of its causes is at the instance location.
func hasLocation(e *jsonschema.ValidationError, where string) bool {
	loc := ""
	if len(e.InstanceLocation) > 0 {
		loc = "/" + strings.Join(e.InstanceLocation, "/")
	}
	if loc == where {
		return true
	}
	for _, c := range e.Causes {
		if hasLocation(c, where) {
			return true
		}
	}
	return false
}
