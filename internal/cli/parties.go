package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
)

func newParties(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "parties",
		Short: "List the party codes a spec may use, with their names and aliases",
		Long: `Parties lists the catalogue of states and organisations a spec names by code
(beneficiary: UA, guarantors: [FR, GB]). A party not in it is defined inline in the spec with
code, en and uk. --templates reads the catalogue of another templates folder.`,
		Example: "  guarantor parties\n  guarantor parties | grep -i kingdom",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			p, err := o.project()
			if err != nil {
				return err
			}
			cat := p.Loader.Parties
			for _, code := range cat.Codes() {
				pt := cat[code]
				fmt.Fprintf(o.stdout, "%-4s %s\n     %s\n", code, pt.Names[generator.English].Nom, pt.Names[generator.Ukrainian].Nom)
				if len(pt.Aliases) == 0 {
					continue
				}
				for _, line := range wrap("also: "+strings.Join(pt.Aliases, ", "), 74) {
					fmt.Fprintf(o.stdout, "     %s\n", line)
				}
			}
			return nil
		},
	}
}
