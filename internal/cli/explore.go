package cli

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/explore"
)

type exploreOptions struct {
	*options
	out string
}

func newExplore(o *options) *cobra.Command {
	e := &exploreOptions{options: o}
	cmd := &cobra.Command{
		Use:   "explore SPEC",
		Short: "Score the combinations of options on a base spec and find the Pareto frontier",
		Long: `Explore takes a base spec and crosses the five options of the Schuman Paper n°830 table
(continued assistance, snapback, air and naval missions, tripwire force, NATO-membership
contingency) in their variants with the form (treaty, MoU, declaration), the term (15 or 20
years), the verification body and the scope. Each combination is assembled and reviewed, and
scored for credibility and political feasibility on the paper's ordinal scales with the model
of docs/explore.md; the Pareto frontier is the set no other combination beats on both.

It writes combinations.md, combinations.csv, combinations.json and frontier.svg to -o DIR.`,
		Example: `  guarantor explore drafts/layered-treaty.yaml -o out/explore`,
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE:    func(cmd *cobra.Command, args []string) error { return e.run(args[0]) },
	}
	cmd.Flags().StringVarP(&e.out, "out", "o", "out/explore", "folder to write the table and the plot to")
	return cmd
}

func (e *exploreOptions) run(spec string) error {
	p, err := e.project()
	if err != nil {
		return err
	}
	in, err := p.Instrument(spec)
	if err != nil {
		return err
	}
	rs := explore.Run(in, p.Library, p.Kit)
	files, err := explore.Files(filepath.Base(spec), rs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(e.out, 0o755); err != nil {
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := writeAtomic(filepath.Join(e.out, name), files[name]); err != nil {
			return err
		}
	}
	front := 0
	for _, r := range rs {
		if r.Frontier {
			front++
		}
	}
	fmt.Fprintf(e.stdout, "%d combinations, %d on the frontier -> %s\n", len(rs), front, e.out)
	return nil
}

// writeAtomic writes a file through a temporary file in the same folder and a rename.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".explore-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
