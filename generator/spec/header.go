package spec

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
)

var safeName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// header checks everything above the clause list.
func (b *binder) header(fallback string) {
	sf, in := b.sf, b.in
	in.Name = sf.Name
	if in.Name == "" {
		in.Name = fallback
	}
	if !safeName.MatchString(in.Name) || strings.Contains(in.Name, "..") {
		pos := b.f.PosOf("name")
		if sf.Name == "" {
			pos = b.f.PosOf()
		}
		b.errs.Addf(pos, "spec name %q would write outside the output folder", in.Name).
			WithHint("use letters, digits, '.', '_' and '-' only, e.g. name: coalition-treaty")
	}
	in.Form = generator.Form(sf.Form)
	if !in.Form.Valid() {
		b.enum("form", sf.Form, []string{"treaty", "mou", "declaration"})
	}
	b.languages()
	in.Title = b.perLanguage("title", sf.Title)
	if sf.Short != nil {
		in.ShortTitle = b.perLanguage("short_title", sf.Short)
	}
	in.Scope = generator.Scope(sf.Scope)
	if !in.Scope.Valid() {
		b.enum("scope", sf.Scope, []string{"ceasefire", "peace"})
	}
	b.date()
	in.Place = generator.Names{}
	for l, n := range sf.Place {
		in.Place[generator.Lang(l)] = n.Filled()
	}
	b.covers("place", slices.Sorted(maps.Keys(sf.Place)))
}

// enum reports a missing or unknown value of a top-level key.
func (b *binder) enum(key, got string, allowed []string) {
	if got == "" {
		b.errs.Addf(b.f.PosOf(), "missing %s", key).WithHint("%s: one of %s", key, strings.Join(allowed, ", "))
		return
	}
	e := b.errs.Addf(b.f.PosOf(key), "unknown %s %q", key, got)
	if s := decode.Suggest(got, allowed); s != "" {
		e.WithHint("did you mean %q?", s)
	} else {
		e.WithHint("one of %s", strings.Join(allowed, ", "))
	}
}

func (b *binder) languages() {
	sf, in := b.sf, b.in
	if len(sf.Languages) == 0 {
		b.errs.Addf(b.f.PosOf(), "missing languages").WithHint("languages: [en, uk]")
	}
	for i, s := range sf.Languages {
		l := generator.Lang(s)
		switch {
		case !l.Valid():
			b.errs.Addf(b.f.PosOf("languages", i), "unsupported language %q", s).WithHint("languages are en, uk")
		case slices.Contains(in.Languages, l):
			b.errs.Addf(b.f.PosOf("languages", i), "language %q listed twice", s)
		default:
			in.Languages = append(in.Languages, l)
		}
	}
	if sf.Prevails != "" {
		if !slices.Contains(sf.Languages, sf.Prevails) {
			b.errs.Addf(b.f.PosOf("prevails"), "prevailing language %q is not one of the instrument's languages", sf.Prevails)
		}
		in.Prevails = generator.Lang(sf.Prevails)
	}
}

// perLanguage converts a language map and checks it covers every language of the spec.
func (b *binder) perLanguage(key string, m map[string]string) map[generator.Lang]string {
	out := map[generator.Lang]string{}
	for l, s := range m {
		out[generator.Lang(l)] = strings.TrimSpace(s)
	}
	b.covers(key, slices.Sorted(maps.Keys(m)))
	return out
}

// covers reports languages of the spec missing from a per-language value, and extra ones.
func (b *binder) covers(key string, have []string, path ...any) {
	at := append(path, key)
	if len(have) == 0 {
		b.errs.Addf(b.f.KeyPos(at...), "missing %s", key).WithHint("%s: {en: ..., uk: ...}", key)
		return
	}
	for _, l := range b.in.Languages {
		if !slices.Contains(have, string(l)) {
			b.errs.Addf(b.f.KeyPos(at...), "%s has no %q text", key, l)
		}
	}
	for _, h := range have {
		if !generator.Lang(h).Valid() {
			e := b.errs.Addf(b.f.KeyPos(append(at, h)...), "unknown language %q in %s", h, key)
			if strings.Contains(h, " ") {
				e.WithHint("inside { } a comma ends the value: quote text that contains commas")
			}
		}
	}
}

func (b *binder) date() {
	if b.sf.Date == "" {
		b.errs.Addf(b.f.PosOf(), "missing date").WithHint("date: 2026-11-22 (the date the draft bears)")
		return
	}
	d, err := time.Parse(time.DateOnly, b.sf.Date)
	if err != nil {
		b.errs.Addf(b.f.PosOf("date"), "date %q is not a date", b.sf.Date).WithHint("write it as YYYY-MM-DD")
		return
	}
	b.in.Date = d.UTC()
}
