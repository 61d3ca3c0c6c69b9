package review

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
)

// domainWeaknesses are the short names of the weaknesses of weaknesses.md §6, for the coverage table.
var domainWeaknesses = []string{"",
	"non-binding form for the core guarantee", "mixed or ambiguous status signals", "obligations that only restate existing law",
	"remedy through a body where the adversary has a veto", "consultation as the only response", "no deadline for consultations or decisions",
	"undefined, narrow or high-threshold trigger", "no verification or attribution, or no link to the trigger", "the adversary among guarantors, verifiers or decision-makers",
	"discretion with no floor of minimum measures", "no duration or exit, short term, short notice, early sunset", "ratification gap or executive-only form",
	"budget or appropriations reservations", "activation only after a ceasefire", "guarantee voidable by the protected state's conduct",
	"geographic carve-outs", "snapback that is not self-executing", "monitoring that depends on consent, consensus or renewals",
	"unilateral right of action", "registration, authentic texts, prevailing text, divergent texts", "guarantee without capability",
	"EU mutual assistance relied on for a non-member", "NATO accession contingency needing unanimity", "the Budapest pattern",
}

// Markdown writes the rule reference (docs/rules.md): generated from the rule values, so it
// cannot drift from what `guarantor rules` prints and what the checks do.
func Markdown(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("# Reviewer rules\n\n<!-- Generated from generator/review by `go test ./generator/review -run TestRulesDoc -update`. Do not edit. -->\n\n")
	b.WriteString("`guarantor review SPEC...` runs every rule below over the assembled instrument. Library clauses are judged by the properties in their front matter; custom clauses by what the provision reader makes of their text in English and Ukrainian (see [The provision reader](#the-provision-reader)). Severities: **error** defeats the guarantee, **warning** materially weakens it, **info** is hygiene or context. `guarantor rules ID` explains one rule.\n\n")
	b.WriteString("| ID | Name | Severity | Weakness | Title |\n|---|---|---|---|---|\n")
	for _, r := range registry {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Name, r.Severity, weaknessList(r), r.Title)
	}
	b.WriteString("\n## Coverage of the weaknesses ([weaknesses.md](weaknesses.md) §6)\n\n| # | Weakness | Rules |\n|---|---|---|\n")
	for n := 1; n < len(domainWeaknesses); n++ {
		var ids []string
		for _, r := range registry {
			if r.covers(n) {
				ids = append(ids, r.ID)
			}
		}
		fmt.Fprintf(&b, "| %d | %s | %s |\n", n, domainWeaknesses[n], strings.Join(ids, ", "))
	}
	b.WriteString("\n## Rules\n")
	for _, r := range registry {
		fmt.Fprintf(&b, "\n### %s\n\n%s", r.ID, ruleMarkdown(r))
	}
	b.WriteString(readerDoc)
	b.WriteString(jsonSchemaDoc)
	_, err := w.Write(b.Bytes())
	return err
}

// ruleMarkdown documents one rule.
func ruleMarkdown(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (`%s`): %s.\n\n", r.Title, r.Name, r.Severity)
	if r.Escalation != "" {
		fmt.Fprintf(&b, "Severity %s; %s.\n\n", r.Severity, r.Escalation)
	}
	if len(r.Weakness) > 0 {
		fmt.Fprintf(&b, "Covers weakness %s (docs/weaknesses.md §6).\n\n", weaknessList(r))
	}
	fmt.Fprintf(&b, "- Why: %s\n- Source: %s\n- Fix: %s\n- Evidence: %s\n", r.Why, r.Source, r.Fix, r.Evidence)
	if len(r.Requires) > 0 {
		ids := make([]string, len(r.Requires))
		for i, q := range r.Requires {
			ids[i] = q.ID
		}
		slices.Sort(ids)
		fmt.Fprintf(&b, "- Reads the findings of: %s (they run first)\n", strings.Join(ids, ", "))
	}
	return b.String()
}

// Explain writes one rule as plain text, for `guarantor rules ID`.
func Explain(w io.Writer, r *Rule) {
	fmt.Fprintf(w, "%s %s — %s\nseverity: %s", r.ID, r.Name, r.Title, r.Severity)
	if r.Escalation != "" {
		fmt.Fprintf(w, " (%s)", r.Escalation)
	}
	fmt.Fprintln(w)
	if len(r.Weakness) > 0 {
		fmt.Fprintf(w, "covers: weakness %s (`guarantor rules --weaknesses`, §6)\n", weaknessList(r))
	}
	fmt.Fprintf(w, "\nwhy: %s\n\nsource: %s\n\nfix: %s\n\nevidence: %s\n", r.Why, r.Source, r.Fix, r.Evidence)
}

func weaknessList(r *Rule) string {
	s := make([]string, len(r.Weakness))
	for i, w := range r.Weakness {
		s[i] = fmt.Sprint(w)
	}
	return strings.Join(s, ", ")
}

const jsonSchemaDoc = `
## JSON output

` + "`guarantor review --format json`" + ` writes one document, schema ` + "`" + JSONSchemaVersion + "`" + `. Fields may be added;
none changes meaning or goes away without a new schema name.

` + "```" + `
{
  "schema": "guarantor-review/1",
  "tool": "guarantor", "version": "0.1.0",
  "reports": [{                       // one per spec, in the order given
    "spec": "drafts/x.yaml", "name": "x", "title": "English title", "form": "treaty|mou|declaration",
    "profile": {
      "form": "mou", "binding": false,
      "response": "none|reaffirm|referral|consult|discretionary|floor|automatic",
      "verification": "none|dependent|joint|independent",
      "duration_years": 0, "renewal": false,            // 0: no term set
      "exit": "none|denunciation|discontinuation", "notice_months": 0,
      "snapback": "none|vetoable|automatic",
      "options": [{"option": "snapback", "credibility": "moderate", "feasibility": "moderate-high", "clause": "sanctions/snapback"}]
    },
    "summary": {"error": 0, "warning": 0, "info": 0, "suppressed": 0},   // suppressed ones are not in the other counts
    "findings": [{                    // sorted: severity (error first), file, line, col, rule
      "rule": "G401", "name": "veto-body-remedy", "title": "...", "severity": "error|warning|info",
      "weakness": [4],                // weaknesses.md §6 numbers; [] for structural rules
      "clause": "custom/x",           // omitted for findings about the instrument as a whole
      "file": "drafts/x.yaml", "line": 12, "col": 5,   // the clause entry, the phrase, or the spec key
      "clause_file": "clauses/x/y.md",                  // library clauses only
      "message": "one sentence", "why": "...", "source": "...", "fix": "...",
      "related": [{"file": "...", "line": 3, "col": 5, "message": "..."}],
      "suppressed": false, "reason": "the suppression's reason, when suppressed"
    }]
  }]
}
` + "```" + `
`

// JSONSchemaVersion names the JSON output schema (generator/review/report writes it); it
// changes only when a field changes meaning or goes away.
const JSONSchemaVersion = "guarantor-review/1"

// Markdown documents the rule in Markdown, as docs/rules.md and SARIF's help text show it.
func (r *Rule) Markdown() string { return ruleMarkdown(r) }
