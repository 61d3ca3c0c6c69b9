package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Shell completion: `guarantor completion bash|zsh|fish|powershell` writes the script; these
// functions give it clause ids, rule ids and flag values.

// fixed completes a flag or argument from a fixed list.
func fixed(values ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, v := range values {
			if hasPrefixFold(v, prefix) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeClauses completes clause ids from the library the flags name.
func (o *options) completeClauses(_ *cobra.Command, args []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	p, err := o.project()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []cobra.Completion
	for _, c := range p.Library.Clauses() {
		if strings.HasPrefix(c.ID, prefix) {
			out = append(out, cobra.CompletionWithDesc(c.ID, c.Title[generator.English]))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeCategories completes the library's categories.
func (o *options) completeCategories(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	p, err := o.project()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []cobra.Completion
	for _, c := range p.Library.Clauses() {
		if len(out) == 0 || out[len(out)-1] != c.Category {
			out = append(out, c.Category)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeRules completes rule ids, described by their titles.
func completeRules(_ *cobra.Command, args []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, r := range review.Rules() {
		switch {
		case hasPrefixFold(r.ID, prefix):
			out = append(out, cobra.CompletionWithDesc(r.ID, r.Name+": "+r.Title))
		case hasPrefixFold(r.Name, prefix):
			out = append(out, cobra.CompletionWithDesc(r.Name, r.ID+": "+r.Title))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeSpecs completes spec files and folders.
func completeSpecs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

var (
	completeForms  = fixed("treaty", "mou", "declaration")
	completeLangs  = fixed("en", "uk")
	completeFailOn = fixed("error", "warning", "info", "none")
)
