package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

func newInit(o *options) *cobra.Command {
	var form string
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented spec to start a new instrument from",
		Long: `Init writes a spec that builds as it is, with a comment on every key: the title, form,
languages, parties, scope, date, place and a list of clauses fit for the form (a treaty with its
final clauses by default; --form mou or declaration for the others). Edit it, then run
'guarantor build FILE' and 'guarantor review FILE'. FILE defaults to my-instrument.yaml; it is
never overwritten; - writes the spec to standard output.`,
		Example: `  guarantor init coalition.yaml
  guarantor init --form mou memorandum.yaml
  guarantor init - > spec.yaml`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "my-instrument.yaml"
			if len(args) == 1 {
				path = args[0]
			}
			return o.init(path, strings.ToLower(form))
		},
	}
	cmd.Flags().StringVar(&form, "form", "treaty", "the form of the instrument: treaty, mou or declaration")
	cmd.RegisterFlagCompletionFunc("form", completeForms)
	return cmd
}

func (o *options) init(path, form string) error {
	b, err := spec.Starter(generator.Form(form), time.Now().UTC().Format(time.DateOnly), false)
	if err != nil {
		return &UsageError{fmt.Errorf("--form %q: %w", form, err)}
	}
	if path == "-" {
		_, err := o.stdout.Write(b)
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &UsageError{fmt.Errorf("%s already exists; init never overwrites a file: name another", path)}
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(o.stdout, "wrote %s; next: guarantor build %s && guarantor review %s\n", path, path, filepath.Base(path))
	return nil
}
