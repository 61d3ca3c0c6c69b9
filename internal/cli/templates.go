package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

func newTemplates(o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List, print or copy the form templates, the vocabulary and the parties catalogue",
		Long: `Templates lists the files of the templates folder: the form templates each draft is
poured into, the vocabulary of each form and the parties catalogue. With --templates DIR it
reads DIR; otherwise the built-in templates.`,
		Example: `  guarantor templates
  guarantor templates dump treaty.en.md.tmpl
  guarantor templates dump --to my-templates     # start house templates from ours
  guarantor templates functions`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			fsys, names, err := o.templateFiles()
			if err != nil {
				return err
			}
			for _, n := range names {
				info, err := fs.Stat(fsys, n)
				if err != nil {
					return err
				}
				fmt.Fprintf(o.stdout, "%-28s %6d bytes\n", n, info.Size())
			}
			return nil
		},
	}
	var to string
	dump := &cobra.Command{
		Use:   "dump [NAME]...",
		Short: "Print templates (all of them, or the named ones), or copy them into a folder",
		Long: `Dump prints the named files of the templates folder as they are, like pandoc -D; with
no name it prints every file, each under a "==> name <==" line. --to DIR writes them into DIR
instead (never over an existing file), ready for --templates DIR.`,
		Example: "  guarantor templates dump mou.uk.md.tmpl > mou.uk.md.tmpl\n  guarantor templates dump --to house-templates",
		RunE:    func(cmd *cobra.Command, args []string) error { return o.dumpTemplates(args, to) },
	}
	dump.Flags().StringVar(&to, "to", "", "write the files into this folder instead of printing them")
	functions := &cobra.Command{
		Use:     "functions",
		Short:   "List the functions a clause text or template may call",
		Example: "  guarantor templates functions",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			names := slices.Sorted(maps.Keys(tmpl.Funcs()))
			for _, line := range wrap(strings.Join(names, " "), 78) {
				fmt.Fprintln(o.stdout, line)
			}
			return nil
		},
	}
	cmd.AddCommand(dump, functions)
	return cmd
}

// templateFiles returns the templates folder and the names of its files, sorted.
func (o *options) templateFiles() (fs.FS, []string, error) {
	src, err := o.templateSource()
	if err != nil {
		return nil, nil, err
	}
	var names []string
	err = fs.WalkDir(src.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			names = append(names, p)
		}
		return err
	})
	return src.FS, names, err
}

func (o *options) dumpTemplates(args []string, to string) error {
	fsys, names, err := o.templateFiles()
	if err != nil {
		return err
	}
	for _, a := range args {
		if !slices.Contains(names, a) {
			msg := fmt.Errorf("no template %q; `guarantor templates` lists them", a)
			if s := decode.Suggest(a, names); s != "" {
				msg = fmt.Errorf("no template %q; did you mean %q?", a, s)
			}
			return &UsageError{msg}
		}
	}
	if len(args) > 0 {
		names = args
	}
	for i, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		switch {
		case to != "":
			err = writeNew(filepath.Join(to, filepath.FromSlash(n)), data)
		case len(args) == 1:
			_, err = o.stdout.Write(data)
		default:
			if i > 0 {
				fmt.Fprintln(o.stdout)
			}
			fmt.Fprintf(o.stdout, "==> %s <==\n%s", n, data)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// writeNew writes a file that must not exist yet.
func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; not overwritten", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
