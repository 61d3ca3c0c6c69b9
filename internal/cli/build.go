package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/render"
)

type buildOptions struct {
	*options
	out     string
	langs   []string
	formats []string
}

func newBuild(o *options) *cobra.Command {
	b := &buildOptions{options: o}
	cmd := &cobra.Command{
		Use:   "build [SPEC|DIR]...",
		Short: "Build drafts from instrument specs",
		Long: `Build assembles each spec into a draft per language, written with a manifest.json to
<out>/<spec name>/: <lang>.md, <lang>.html, <lang>.pdf and, for a draft in English and
Ukrainian, parallel.pdf with both texts side by side. A folder stands for every *.yaml spec in
it; with no argument, drafts/ is built. A spec with an error writes nothing; the others are
still built. PDFs are dated with the spec's date, or SOURCE_DATE_EPOCH when it is set.`,
		Example: `  guarantor build drafts/
  guarantor build drafts/coalition-treaty-20y.yaml -o /tmp/drafts
  guarantor build drafts/ --lang uk
  guarantor build drafts/ --format md,html`,
		RunE: func(cmd *cobra.Command, args []string) error { return b.run(args) },
	}
	cmd.Flags().StringVarP(&b.out, "out", "o", "out", "output folder")
	cmd.Flags().StringSliceVar(&b.langs, "lang", nil, "languages to write, e.g. en,uk (default: all of each spec's)")
	cmd.Flags().StringSliceVar(&b.formats, "format", formatNames(), "formats to write: "+render.Names())
	return cmd
}

func (b *buildOptions) run(args []string) error {
	langs, err := parseLangs(b.langs)
	if err != nil {
		return err
	}
	if err := checkFormats(b.formats); err != nil {
		return err
	}
	specs, p, err := b.specsAndProject(args)
	if err != nil {
		return err
	}
	var failed []string
	names := map[string]string{}
	for _, path := range specs {
		if err := b.one(p, path, langs, names); err != nil {
			fmt.Fprintln(b.stderr, err)
			failed = append(failed, path)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d specs failed: %s", len(failed), len(specs), strings.Join(failed, ", "))
	}
	return nil
}

// one builds a single spec and writes its files; on any error it writes nothing.
func (b *buildOptions) one(p *build.Project, path string, langs []generator.Lang, names map[string]string) error {
	d, err := p.Draft(path)
	if err != nil {
		return err
	}
	in := d.Instrument
	if prev, dup := names[in.Name]; dup {
		return generator.Errorf(generator.Position{File: path}, "spec name %q is also used by %s", in.Name, prev).
			WithHint("give one of them another name: key")
	}
	names[in.Name] = path
	for _, l := range langs {
		if !slices.Contains(in.Languages, l) {
			return generator.Errorf(generator.Position{File: path}, "--lang %s: the spec has no %s text", l, l).
				WithHint("its languages: %s", joinLangs(in.Languages))
		}
	}
	files, err := build.Files(d, p.Kit.Files, langs, b.formats...)
	if err != nil {
		return err
	}
	dir := filepath.Join(b.out, in.Name)
	if err := build.WriteAll(dir, files); err != nil {
		return err
	}
	fmt.Fprintf(b.stdout, "%s -> %s\n", path, dir)
	return nil
}

func parseLangs(raw []string) ([]generator.Lang, error) {
	var out []generator.Lang
	for _, s := range raw {
		l := generator.Lang(strings.TrimSpace(s))
		if !l.Valid() {
			return nil, &UsageError{errors.New("--lang " + s + ": unsupported language (en, uk)")}
		}
		out = append(out, l)
	}
	return out, nil
}

func formatNames() []string {
	names := make([]string, len(render.Formats))
	for i, f := range render.Formats {
		names[i] = f.Name
	}
	return names
}

func checkFormats(raw []string) error {
	if len(raw) == 0 {
		return &UsageError{errors.New("--format: give at least one of " + render.Names())}
	}
	for _, s := range raw {
		if _, ok := render.Lookup(s); !ok {
			return &UsageError{errors.New("--format " + s + ": unknown format (" + render.Names() + ")")}
		}
	}
	return nil
}

func joinLangs(ls []generator.Lang) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}
