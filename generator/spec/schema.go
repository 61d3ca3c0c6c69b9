package spec

import (
	"reflect"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// obj is a JSON Schema object; encoding/json writes its keys sorted, so the schema is the same
// bytes every time.
type obj = map[string]any

// Schema returns a JSON Schema (draft-07) for the specs this loader reads: the keys of a spec,
// the party codes of its catalogue, each library clause's id with its with: typed by its params,
// and the rules (ids and names) a suppression may name. Editors that read JSON Schema (VS Code's
// YAML extension) check and complete specs with it as they are typed.
func (l *Loader) Schema(rules []string) map[string]any {
	perLang := obj{"type": "object", "additionalProperties": false, "minProperties": 1,
		"properties": obj{"en": obj{"type": "string"}, "uk": obj{"type": "string"}}}
	return obj{
		"$schema":              "http://json-schema.org/draft-07/schema#",
		"title":                "guarantor instrument spec",
		"description":          "A spec for guarantor: the form, parties and clauses of an instrument. `guarantor init` writes a commented one.",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{"title", "form", "languages", "parties", "scope", "date", "place", "clauses"},
		"properties": obj{
			"name":        obj{"type": "string", "pattern": safeName.String(), "description": "the output folder's name (default: the file's name)"},
			"title":       withDesc(perLang, "the title in every language of the instrument"),
			"short_title": withDesc(perLang, "a short title per language for the running heads of printed pages"),
			"form":        obj{"enum": []string{"treaty", "mou", "declaration"}, "description": "treaty (binding), mou or declaration"},
			"languages":   obj{"type": "array", "minItems": 1, "uniqueItems": true, "items": obj{"enum": []string{"en", "uk"}}},
			"prevails":    obj{"enum": []string{"en", "uk"}, "description": "the text that prevails in a divergence"},
			"parties":     l.partiesSchema(),
			"scope":       obj{"enum": []string{"ceasefire", "peace"}},
			"date":        obj{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`, "description": "the date the draft bears, YYYY-MM-DD"},
			"place": obj{"type": "object", "additionalProperties": false, "minProperties": 1,
				"properties": obj{"en": obj{"$ref": "#/definitions/name"}, "uk": obj{"$ref": "#/definitions/name"}}},
			"clauses":  obj{"type": "array", "minItems": 1, "items": l.entrySchema(perLang)},
			"suppress": suppressSchema(rules),
		},
		"definitions": obj{"name": nameSchema()},
	}
}

func withDesc(s obj, desc string) obj {
	out := obj{"description": desc}
	for k, v := range s {
		out[k] = v
	}
	return out
}

// nameSchema is a name: one string, or its grammatical cases.
func nameSchema() obj {
	cases := obj{}
	for _, c := range []string{"nom", "gen", "dat", "acc", "ins", "loc"} {
		cases[c] = obj{"type": "string"}
	}
	return obj{"oneOf": []any{
		obj{"type": "string"},
		obj{"type": "object", "required": []string{"nom"}, "additionalProperties": false, "properties": cases},
	}}
}

func (l *Loader) partiesSchema() obj {
	inline := obj{"type": "object", "required": []string{"code"}, "additionalProperties": false,
		"properties": obj{"code": obj{"type": "string"}, "en": obj{"$ref": "#/definitions/name"},
			"uk": obj{"$ref": "#/definitions/name"}, "aliases": obj{"type": "array", "items": obj{"type": "string"}}}}
	party := obj{"oneOf": []any{obj{"enum": l.Parties.Codes(), "description": "a code of `guarantor parties`"}, inline}}
	return obj{"type": "object", "additionalProperties": false, "required": []string{"beneficiary", "guarantors"},
		"properties": obj{
			"beneficiary": party,
			"guarantors":  obj{"type": "array", "minItems": 1, "items": party},
			"adversary":   party,
		}}
}

// entrySchema is one entry of the clause list: use: a library clause, its with: typed by the
// clause's params; or custom: a clause of the drafter's own.
func (l *Loader) entrySchema(perLang obj) obj {
	var ids []string
	var cases []any
	for _, c := range l.Library.Clauses() {
		ids = append(ids, c.ID)
		cases = append(cases, obj{
			"if":   obj{"required": []string{"use"}, "properties": obj{"use": obj{"const": c.ID}}},
			"then": clauseThen(c),
		})
	}
	custom := obj{"type": "object", "additionalProperties": false, "required": []string{"id", "section", "text"},
		"properties": obj{
			"id":         obj{"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9._-]*$"},
			"section":    obj{"enum": []string{"preamble", "operative", "final"}},
			"title":      perLang,
			"text":       perLang,
			"properties": propertiesSchema(),
		}}
	return obj{"type": "object", "additionalProperties": false,
		"properties": obj{
			"use":    obj{"enum": ids, "description": "a clause of the library: `guarantor clauses` lists them"},
			"with":   obj{"type": "object"},
			"custom": custom,
		},
		"oneOf": []any{obj{"required": []string{"use"}}, obj{"required": []string{"custom"}}},
		"allOf": cases,
	}
}

// clauseThen types the with: of one clause.
func clauseThen(c *generator.Clause) obj {
	props, required := obj{}, []string{}
	for _, p := range c.Params {
		props[p.Name] = paramSchema(p)
		if p.Required() {
			required = append(required, p.Name)
		}
	}
	with := obj{"type": "object", "additionalProperties": false, "properties": props}
	then := obj{"properties": obj{"with": with}}
	if len(required) > 0 {
		with["required"] = required
		then["required"] = []string{"with"}
	}
	return then
}

func paramSchema(p *generator.Param) obj {
	s := obj{"description": p.Description}
	switch p.Type {
	case "int":
		s["type"] = "integer"
	case "bool":
		s["type"] = "boolean"
	default:
		s["type"] = "string"
	}
	if len(p.Allowed) > 0 {
		s["enum"] = p.Allowed
	}
	if p.Min != nil {
		s["minimum"] = *p.Min
	}
	if p.Max != nil {
		s["maximum"] = *p.Max
	}
	if !p.Required() {
		s["default"] = p.Default
	}
	return s
}

// propertiesSchema lists the keys of a custom clause's properties, typed from generator.Properties.
func propertiesSchema() obj {
	props := obj{}
	t := reflect.TypeOf(generator.Properties{})
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		switch ft := t.Field(i).Type; {
		case ft.Kind() == reflect.String:
			props[name] = obj{"type": "string"}
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			props[name] = obj{"type": "array", "items": obj{"type": "string"}}
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Bool:
			props[name] = obj{"type": "boolean"}
		case ft == reflect.TypeOf(generator.Quantity{}):
			props[name] = obj{"type": []string{"integer", "string"}, "pattern": `^\$[a-z_]+$`,
				"description": "a number, or $param for the value of an int param"}
		default:
			props[name] = obj{}
		}
	}
	return obj{"type": "object", "additionalProperties": false, "properties": props}
}

func suppressSchema(rules []string) obj {
	rule := obj{"type": "string"}
	if len(rules) > 0 {
		rule = obj{"enum": rules, "description": "a rule id or name: `guarantor rules` lists them"}
	}
	return obj{"type": "array", "items": obj{"type": "object", "additionalProperties": false,
		"required":   []string{"rule", "reason"},
		"properties": obj{"rule": rule, "reason": obj{"type": "string", "minLength": 1}}}}
}
