package cli

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/review"
)

func newSchema(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print a JSON Schema of specs, for editors that check and complete YAML",
		Long: `Schema prints a JSON Schema (draft-07) of specs, generated from the clause library (each
clause's with: typed by its params, with their allowed values and defaults), the parties
catalogue and the reviewer's rules, so it follows --clauses and --templates. Save it and point
your editor at it: VS Code's YAML extension reads a first line
# yaml-language-server: $schema=guarantor.schema.json`,
		Example: "  guarantor schema > guarantor.schema.json",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := o.project()
			if err != nil {
				return err
			}
			enc := json.NewEncoder(o.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(p.Loader.Schema(ruleNames()))
		},
	}
}

// ruleNames lists every rule's id and name, as a suppression may give either.
func ruleNames() []string {
	var out []string
	for _, r := range review.Rules() {
		out = append(out, r.ID, r.Name)
	}
	return out
}
