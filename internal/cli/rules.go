package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/review"
)

func newRules(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID|NAME]",
		Short: "List the reviewer's rules, or explain one",
		Long: `Rules lists every rule of 'guarantor review' with its severity and the weaknesses it
covers (numbered as in docs/weaknesses.md); with an ID or name (in any letter case) it explains
the rule: why it matters, its source, how to fix it and what evidence it reads. docs/rules.md
is generated from the same values.`,
		Example: `  guarantor rules
  guarantor rules G901
  guarantor rules budapest-pattern`,
		Args:              usageArgs(cobra.MaximumNArgs(1)),
		ValidArgsFunction: completeRules,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				listRules(o)
				return nil
			}
			return explainRule(o, args[0])
		},
	}
}

// listRules prints two lines per rule, to fit 80 columns: the ID, severity, name and the
// weaknesses it covers (numbered as in docs/weaknesses.md), then the title.
func listRules(o *options) {
	for _, r := range review.Rules() {
		weak := ""
		for i, n := range r.Weakness {
			if i == 0 {
				weak = "  weakness "
			} else {
				weak += ","
			}
			weak += fmt.Sprint(n)
		}
		fmt.Fprintf(o.stdout, "%s  %-7s  %s%s\n", r.ID, r.Severity, r.Name, weak)
		for _, line := range wrap(r.Title, 72) {
			fmt.Fprintf(o.stdout, "      %s\n", line)
		}
	}
}

func explainRule(o *options, id string) error {
	r := review.Lookup(id)

	if r == nil {
		var names []string
		for _, r := range review.Rules() {
			names = append(names, r.ID, r.Name)
		}
		msg := fmt.Errorf("unknown rule %q; `guarantor rules` lists them", id)
		if s := decode.Suggest(id, names); s != "" {
			msg = fmt.Errorf("unknown rule %q; did you mean %q?", id, s)
		}
		return &UsageError{msg}
	}
	review.Explain(o.stdout, r)
	return nil
}
