package spec

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

// partyDef is a party as written in the catalogue or inline in a spec.
type partyDef struct {
	Code    string         `yaml:"code"`
	En      generator.Name `yaml:"en"`
	Uk      generator.Name `yaml:"uk"`
	Aliases []string       `yaml:"aliases"`
}

// UnmarshalYAML accepts a catalogue code ("FR") or an inline definition.
func (p *partyDef) UnmarshalYAML(unmarshal func(any) error) error {
	var code string
	if err := unmarshal(&code); err == nil {
		*p = partyDef{Code: code}
		return nil
	}
	type plain partyDef
	return unmarshal((*plain)(p))
}

func (p *partyDef) inline() bool { return p.En.Nom != "" || p.Uk.Nom != "" }

func (p *partyDef) party(code string) *generator.Party {
	names := generator.Names{}
	if p.En.Nom != "" {
		names[generator.English] = p.En.Filled()
	}
	if p.Uk.Nom != "" {
		names[generator.Ukrainian] = p.Uk.Filled()
	}
	return &generator.Party{Code: code, Names: names, Aliases: p.Aliases}
}

// Catalogue maps party codes (ISO 3166 alpha-2, or e.g. "EU") to parties.
type Catalogue map[string]*generator.Party

// LoadParties reads the parties catalogue (templates/parties.yaml).
func LoadParties(fsys fs.FS, name, display string) (Catalogue, error) {
	src, err := decode.ReadFile(fsys, name)
	if err != nil {
		return nil, generator.Errorf(generator.Position{File: display}, "cannot read the parties catalogue: %v", err)
	}
	f, err := decode.Parse(display, src, 0)
	if err != nil {
		return nil, err
	}
	var defs map[string]partyDef
	if err := f.Decode(&defs); err != nil {
		return nil, err
	}
	cat := Catalogue{}
	var errs generator.ErrorList
	for code, d := range defs {
		if d.En.Nom == "" || d.Uk.Nom == "" {
			errs.Addf(f.KeyPos(code), "party %q needs an en and a uk name", code)
			continue
		}
		cat[code] = d.party(code)
	}
	return cat, errs.Err()
}

// Codes returns the catalogue's codes, sorted.
func (c Catalogue) Codes() []string {
	out := make([]string, 0, len(c))
	for code := range c {
		out = append(out, code)
	}
	sort.Strings(out)
	return out
}

// bindParties resolves the beneficiary, guarantors and adversary.
func (b *binder) bindParties() {
	p := b.sf.Parties
	if p.Beneficiary == nil {
		b.errs.Addf(b.f.KeyPos("parties"), "missing parties.beneficiary").WithHint("beneficiary: UA")
	} else {
		b.in.Beneficiary = b.party(p.Beneficiary, "parties", "beneficiary")
	}
	if len(p.Guarantors) == 0 {
		b.errs.Addf(b.f.KeyPos("parties"), "missing parties.guarantors").WithHint("guarantors: [GB, FR, DE]")
	}
	seen := map[string]bool{}
	for i := range p.Guarantors {
		g := b.party(&p.Guarantors[i], "parties", "guarantors", i)
		if g == nil {
			continue
		}
		if seen[g.Code] || b.in.Beneficiary != nil && g.Code == b.in.Beneficiary.Code {
			b.errs.Addf(b.f.PosOf("parties", "guarantors", i), "party %q listed twice", g.Code)
			continue
		}
		seen[g.Code] = true
		b.in.Guarantors = append(b.in.Guarantors, g)
	}
	if p.Adversary != nil {
		b.in.Adversary = b.party(p.Adversary, "parties", "adversary")
	}
}

// party resolves a catalogue code or checks an inline definition.
func (b *binder) party(d *partyDef, path ...any) *generator.Party {
	if d.inline() {
		if d.Code == "" {
			b.errs.Addf(b.f.PosOf(path...), "inline party needs a code").WithHint("code: EU")
			return nil
		}
		pt := d.party(d.Code)
		for _, l := range b.in.Languages {
			if _, ok := pt.Names[l]; !ok {
				b.errs.Addf(b.f.PosOf(path...), "party %q has no %s name", d.Code, l)
			}
		}
		return pt
	}
	if pt, ok := b.Parties[d.Code]; ok {
		return pt
	}
	e := b.errs.Addf(b.f.PosOf(path...), "unknown party %q", d.Code)
	if s := b.Parties.Suggest(d.Code); s != "" {
		e.WithHint("did you mean %q? (`guarantor parties` lists the codes)", s)
	} else {
		e.WithHint("use a code that `guarantor parties` lists, or define the party inline with code, en and uk")
	}
	return nil
}

// Suggest returns the code meant by an unknown one: the same code in other letter case, the
// party that has it as an alias ("UK" for GB), or a close misspelling of a longer code.
func (c Catalogue) Suggest(code string) string {
	for _, k := range c.Codes() {
		if strings.EqualFold(k, code) {
			return k
		}
	}
	for _, k := range c.Codes() {
		for _, a := range c[k].Aliases {
			if strings.EqualFold(a, code) {
				return k
			}
		}
	}
	if len(code) > 2 {
		return decode.Suggest(code, c.Codes())
	}
	return ""
}
