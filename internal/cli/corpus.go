package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/corpus"
)

type corpusOptions struct {
	*options
	out  string
	seed uint64
}

// newCorpus is a hidden command for benchmarks and tests: it writes N varied, valid specs.
func newCorpus(o *options) *cobra.Command {
	c := &corpusOptions{options: o}
	cmd := &cobra.Command{
		Use:    "corpus N",
		Short:  "Write N varied, valid specs drawn from the library (for benchmarks)",
		Hidden: true,
		Long: `Corpus writes N specs, draft-0001.yaml …, into the output folder: every form, one or two
languages, coalitions of two to eight guarantors, clause choices and parameter values drawn
from the library. The same seed gives the same corpus.`,
		Example: `  guarantor corpus 100 -o /tmp/corpus && guarantor build /tmp/corpus -o /tmp/out`,
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE:    func(cmd *cobra.Command, args []string) error { return c.run(args[0]) },
	}
	cmd.Flags().StringVarP(&c.out, "out", "o", "corpus", "folder to write the specs into")
	cmd.Flags().Uint64Var(&c.seed, "seed", 1, "seed of the random choices")
	return cmd
}

func (c *corpusOptions) run(arg string) error {
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 {
		return &UsageError{errors.New("corpus N: N must be a positive number of specs")}
	}
	p, err := c.project()
	if err != nil {
		return err
	}
	g := &corpus.Generator{Library: p.Library, Guarantors: corpus.Guarantors(p.Loader.Parties), Seed: c.seed}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return err
	}
	for _, f := range g.Generate(n) {
		if err := build.WriteFile(filepath.Join(c.out, f.Name), f.Data); err != nil {
			return err
		}
	}
	fmt.Fprintf(c.stdout, "wrote %d specs to %s\n", n, c.out)
	return nil
}
