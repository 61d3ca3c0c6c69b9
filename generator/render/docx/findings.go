package docx

import (
	"github.com/guarantor-dev/guarantor/generator/review"
)

// FindingComments turns a review's findings (not the suppressed ones) into Word comments on the
// articles they concern: the rule, what is wrong, why it matters, and the fix.
func FindingComments(rep *review.Report) []*Comment {
	var out []*Comment
	for _, f := range rep.Findings {
		if f.Suppressed {
			continue
		}
		r := f.Rule
		c := &Comment{Clause: f.Clause, Author: "guarantor review", Initials: "GR",
			Paragraphs: []string{r.ID + " " + r.Name + " (" + f.Severity.String() + "): " + r.Title, f.Message}}
		if r.Why != "" {
			c.Paragraphs = append(c.Paragraphs, "Why: "+r.Why)
		}
		if r.Fix != "" {
			c.Paragraphs = append(c.Paragraphs, "Fix: "+r.Fix)
		}
		out = append(out, c)
	}
	return out
}
