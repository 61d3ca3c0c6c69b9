package cli

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/review"
)

func newRules(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID|NAME]",
		Short: "List the reviewer's rules, or explain one",
		Long: `Rules lists every rule of 'guarantor review' with its severity and the weaknesses of the
domain brief it covers; with an ID or name it explains the rule: why it matters, its source, how
to fix it and what evidence it reads. docs/rules.md is generated from the same values.`,
		Example: `  guarantor rules
  guarantor rules G901
  guarantor rules budapest-pattern`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				listRules(o)
				return nil
			}
			return explainRule(o, args[0])
		},
	}
}

func listRules(o *options) {
	w := tabwriter.NewWriter(o.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tNAME\tSEVERITY\tDOMAIN §6\tTITLE")
	for _, r := range review.Rules() {
		weak := ""
		for i, n := range r.Weakness {
			if i > 0 {
				weak += ","
			}
			weak += fmt.Sprint(n)
		}
		if weak == "" {
			weak = "-"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, weak, r.Title)
	}
	w.Flush()
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
