package generator

import (
	"fmt"
	"math"
	"strings"
)

// Normalize converts a decoded YAML scalar to the Go type of t: int, string or bool. It
// reports a value of the wrong type.
func (t ParamType) Normalize(v any) (any, error) {
	switch t {
	case IntParam:
		switch n := v.(type) {
		case int:
			return n, nil
		case int64:
			return int(n), nil
		case uint64:
			if n <= math.MaxInt32 {
				return int(n), nil
			}
		case float64:
			if n == math.Trunc(n) && math.Abs(n) <= math.MaxInt32 {
				return int(n), nil
			}
		}
	case StringParam:
		if s, ok := v.(string); ok {
			return s, nil
		}
	case BoolParam:
		if b, ok := v.(bool); ok {
			return b, nil
		}
	default:
		return nil, fmt.Errorf("unknown type %q", t)
	}
	return nil, fmt.Errorf("want %s, got %s", t, describe(v))
}

// Check normalizes v and checks it against the param's allowed values and limits.
func (p *Param) Check(v any) (any, error) {
	v, err := p.Type.Normalize(v)
	if err != nil {
		return nil, err
	}
	if len(p.Allowed) > 0 && !contains(p.Allowed, v) {
		return nil, fmt.Errorf("%v is not allowed; allowed: %s", v, p.AllowedText())
	}
	if n, ok := v.(int); ok {
		if p.Min != nil && n < *p.Min {
			return nil, fmt.Errorf("%d is below the minimum %d", n, *p.Min)
		}
		if p.Max != nil && n > *p.Max {
			return nil, fmt.Errorf("%d is above the maximum %d", n, *p.Max)
		}
	}
	return v, nil
}

// AllowedText lists the allowed values, or describes the limits.
func (p *Param) AllowedText() string {
	if len(p.Allowed) > 0 {
		parts := make([]string, len(p.Allowed))
		for i, a := range p.Allowed {
			parts[i] = fmt.Sprint(a)
		}
		return strings.Join(parts, ", ")
	}
	switch {
	case p.Min != nil && p.Max != nil:
		return fmt.Sprintf("%d to %d", *p.Min, *p.Max)
	case p.Min != nil:
		return fmt.Sprintf("at least %d", *p.Min)
	case p.Max != nil:
		return fmt.Sprintf("at most %d", *p.Max)
	}
	return "any " + string(p.Type)
}

func contains(list []any, v any) bool {
	for _, a := range list {
		if a == v {
			return true
		}
	}
	return false
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case string:
		return fmt.Sprintf("the string %q", v)
	case bool:
		return fmt.Sprintf("the bool %v", v)
	case int, int64, uint64:
		return fmt.Sprintf("the number %v", v)
	case float64:
		return fmt.Sprintf("the number %v", v)
	case map[string]any, map[any]any:
		return "a mapping"
	case []any:
		return "a list"
	}
	return fmt.Sprintf("%T", v)
}
