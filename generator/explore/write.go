package explore

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
)

// Model names the scoring model in outputs.
const Model = "guarantor explore model 1 (docs/explore.md): credibility = strongest option, -1 MoU, -2 declaration, -1 no verification that is independent or joint (by the guarantors' majority), +1 response floor, -1 term under 20 years, -1/-2 reviewer errors; feasibility = hardest option, -1 treaty ratification"

// Files returns the outputs of a run: combinations.md, .csv, .json and frontier.svg.
func Files(title string, rs []*Result) (map[string][]byte, error) {
	js, err := json.MarshalIndent(struct {
		Model        string    `json:"model"`
		Base         string    `json:"base"`
		Combinations []*Result `json:"combinations"`
	}{Model, title, rs}, "", "  ")
	if err != nil {
		return nil, err
	}
	c, err := csvOf(rs)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		"combinations.md":   markdownOf(title, rs),
		"combinations.csv":  c,
		"combinations.json": append(js, '\n'),
		"frontier.svg":      SVG(title, rs, nil),
	}, nil
}

func csvOf(rs []*Result) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	head := []string{"id", "form", "scope", "years", "verifier"}
	for _, d := range Options {
		head = append(head, d.Option)
	}
	head = append(head, "credibility", "feasibility", "errors", "warnings", "frontier", "error")
	_ = w.Write(head)
	for _, r := range rs {
		c := r.Combo
		row := []string{fmt.Sprint(c.ID), string(c.Form), string(c.Scope), fmt.Sprint(c.Years), c.Verifier}
		for _, d := range Options {
			row = append(row, c.Choices[d.Option])
		}
		row = append(row, Rating(r.Score.Credibility), Rating(r.Score.Feasibility), fmt.Sprint(r.Score.Errors),
			fmt.Sprint(r.Score.Warnings), fmt.Sprint(r.Frontier), r.Err)
		_ = w.Write(row)
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

func markdownOf(title string, rs []*Result) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Combinations on %s\n\n%d combinations; model: %s.\n\n", title, len(rs), Model)
	b.WriteString("## Pareto frontier\n\n| # | combination | credibility | feasibility | errors | warnings |\n|---|---|---|---|---|---|\n")
	for _, r := range rs {
		if r.Frontier {
			row(&b, r)
		}
	}
	b.WriteString("\n## All combinations\n\n| # | combination | credibility | feasibility | errors | warnings |\n|---|---|---|---|---|---|\n")
	for _, r := range rs {
		if r.Err != "" {
			fmt.Fprintf(&b, "| %d | %s | — | — | not assembled: %s | |\n", r.Combo.ID, r.Combo.Label(), strings.ReplaceAll(r.Err, "|", "\\|"))
			continue
		}
		row(&b, r)
	}
	return b.Bytes()
}

func row(b *bytes.Buffer, r *Result) {
	fmt.Fprintf(b, "| %d | %s | %s | %s | %d | %d |\n", r.Combo.ID, r.Combo.Label(), Rating(r.Score.Credibility),
		Rating(r.Score.Feasibility), r.Score.Errors, r.Score.Warnings)
}
