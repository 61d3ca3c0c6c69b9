package library

import (
	"fmt"
	"io"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// Markdown writes the catalogue of the library (docs/clauses.md): every clause by category,
// with its forms, section, params, links to other clauses, properties and sources.
func (l *Library) Markdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Clause catalogue\n\n")
	b.WriteString("Generated from the clause library by `go test ./generator/library -run TestClausesDoc -update`;\n")
	b.WriteString("do not edit. `guarantor clauses show ID` prints a clause as a draft reads it, in any form and\n")
	b.WriteString("language; `guarantor clauses show ID --source` prints its template.\n\n")
	cats := l.categories()
	for _, cat := range cats {
		fmt.Fprintf(&b, "- [%s](#%s):", cat, cat)
		for _, c := range l.Clauses() {
			if c.Category == cat {
				fmt.Fprintf(&b, " `%s`", strings.TrimPrefix(c.ID, cat+"/"))
			}
		}
		b.WriteString("\n")
	}
	for _, cat := range cats {
		fmt.Fprintf(&b, "\n## %s\n", cat)
		for _, c := range l.Clauses() {
			if c.Category == cat {
				writeClauseMarkdown(&b, c)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (l *Library) categories() []string {
	var out []string
	for _, c := range l.Clauses() {
		if len(out) == 0 || out[len(out)-1] != c.Category {
			out = append(out, c.Category)
		}
	}
	return out
}

func writeClauseMarkdown(b *strings.Builder, c *generator.Clause) {
	fmt.Fprintf(b, "\n### `%s`: %s\n\n", c.ID, c.Title[generator.English])
	if uk := c.Title[generator.Ukrainian]; uk != "" {
		fmt.Fprintf(b, "*%s*\n\n", uk)
	}
	fmt.Fprintf(b, "%s\n\n", c.Summary)
	forms := make([]string, len(c.Forms))
	for i, f := range c.Forms {
		forms[i] = string(f)
	}
	fmt.Fprintf(b, "- section: %s; forms: %s; languages: %s\n", c.Section, strings.Join(forms, ", "), langs(c.Languages()))
	for _, link := range []struct {
		name string
		ids  []string
	}{{"requires", c.Requires}, {"conflicts with", c.Conflicts}, {"suggests", c.Suggests}} {
		if len(link.ids) > 0 {
			fmt.Fprintf(b, "- %s: `%s`\n", link.name, strings.Join(link.ids, "`, `"))
		}
	}
	if p := c.Properties; len(p.Provides) > 0 || p.Response != "" {
		fmt.Fprintf(b, "- provides: %s", strings.Join(p.Provides, ", "))
		if p.Response != "" {
			fmt.Fprintf(b, "; response: %s", p.Response)
		}
		b.WriteString("\n")
	}
	if len(c.Params) > 0 {
		b.WriteString("\n| param | type | default | allowed | meaning |\n|---|---|---|---|---|\n")
		for _, p := range c.Params {
			def := "required"
			if !p.Required() {
				def = fmt.Sprint(p.Default)
			}
			fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s |\n", p.Name, p.Type, def, p.AllowedText(), cell(p.Description))
		}
	}
	if len(c.Sources) > 0 {
		b.WriteString("\nSources:\n\n")
		for _, s := range c.Sources {
			fmt.Fprintf(b, "- %s\n", s)
		}
	}
}

func langs(ls []generator.Lang) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

// cell makes text safe inside a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "|", `\|`) }
