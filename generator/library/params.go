package library

import (
	"regexp"
	"slices"
	"sort"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

// paramDef is a parameter definition as written in front matter.
type paramDef struct {
	Type        string `yaml:"type"`
	Default     any    `yaml:"default"`
	Allowed     []any  `yaml:"allowed"`
	Min         *int   `yaml:"min"`
	Max         *int   `yaml:"max"`
	Description string `yaml:"description"`
}

var paramName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// checkParams validates each definition and returns the params sorted by name.
func checkParams(f *decode.File, defs map[string]paramDef, errs *generator.ErrorList) []*generator.Param {
	names := make([]string, 0, len(defs))
	for n := range defs {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []*generator.Param
	for _, name := range names {
		if p := checkParam(f, name, defs[name], errs); p != nil {
			out = append(out, p)
		}
	}
	return out
}

func checkParam(f *decode.File, name string, d paramDef, errs *generator.ErrorList) *generator.Param {
	at := func(key ...any) generator.Position { return f.PosOf(append([]any{"params", name}, key...)...) }
	bad := func(pos generator.Position, format string, args ...any) *generator.Param {
		errs.Addf(pos, "param %q: "+format, append([]any{name}, args...)...)
		return nil
	}
	if !paramName.MatchString(name) {
		return bad(f.KeyPos("params", name), "name must be lower-case letters, digits and _")
	}
	p := &generator.Param{Name: name, Type: generator.ParamType(d.Type), Min: d.Min, Max: d.Max,
		Description: d.Description, Pos: f.KeyPos("params", name)}
	if !slices.Contains([]generator.ParamType{generator.IntParam, generator.StringParam, generator.BoolParam}, p.Type) {
		errs.Addf(at("type"), "param %q: type %q is not one of int, string, bool", name, d.Type)
		return nil
	}
	if d.Description == "" {
		return bad(at(), "missing description")
	}
	if (d.Min != nil || d.Max != nil) && p.Type != generator.IntParam {
		return bad(at("min"), "min and max apply only to int params")
	}
	if d.Min != nil && d.Max != nil && *d.Min > *d.Max {
		return bad(at("min"), "min %d is above max %d", *d.Min, *d.Max)
	}
	for i, a := range d.Allowed {
		v, err := p.Type.Normalize(a)
		if err == nil {
			p.Allowed = append(p.Allowed, v)
			_, err = (&generator.Param{Type: p.Type, Min: d.Min, Max: d.Max}).Check(v)
		}
		if err != nil {
			return bad(at("allowed", i), "allowed value: %v", err)
		}
	}
	if d.Default != nil {
		v, err := p.Check(d.Default)
		if err != nil {
			return bad(at("default"), "default: %v", err)
		}
		p.Default = v
	}
	return p
}

// enumerated property values and the vocabularies they come from.
func checkProperties(f *decode.File, pr *generator.Properties, c *generator.Clause, errs *generator.ErrorList) {
	enum := func(key, v string, allowed []string) {
		if v != "" && !slices.Contains(allowed, v) {
			e := errs.Addf(f.PosOf("properties", key), "properties.%s: unknown value %q", key, v)
			if s := decode.Suggest(v, allowed); s != "" {
				e.WithHint("did you mean %q?", s)
			} else {
				e.WithHint("one of %v", allowed)
			}
		}
	}
	for i, m := range pr.Provides {
		if !slices.Contains(generator.Mechanisms, m) {
			e := errs.Addf(f.PosOf("properties", "provides", i), "properties.provides: unknown mechanism %q", m)
			if s := decode.Suggest(m, generator.Mechanisms); s != "" {
				e.WithHint("did you mean %q?", s)
			}
		}
	}
	enum("response", pr.Response, generator.Responses)
	enum("decision_rule", pr.DecisionRule, generator.DecisionRules)
	enum("decider", pr.Decider, generator.Deciders)
	enum("adversary_role", pr.AdversaryRole, generator.AdversaryRoles)
	enum("trigger", pr.Trigger, generator.Triggers)
	enum("option", pr.Option, generator.Options)
	enum("credibility", pr.Credibility, generator.Ratings)
	enum("feasibility", pr.Feasibility, generator.Ratings)
	for key, q := range map[string]generator.Quantity{"deadline_hours": pr.DeadlineHours,
		"duration_years": pr.DurationYears, "notice_months": pr.NoticeMonths} {
		if q.Param == "" {
			continue
		}
		if p := c.Param(q.Param); p == nil || p.Type != generator.IntParam {
			errs.Addf(f.PosOf("properties", key), "properties.%s: $%s names no int param of this clause", key, q.Param)
		}
	}
}
