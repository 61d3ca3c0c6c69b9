package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/diff"
)

type diffOptions struct {
	*options
	out     string
	against string
	author  string
	langs   []string
}

func newDiff(o *options) *cobra.Command {
	d := &diffOptions{options: o}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW | diff SPEC --against REV",
		Short: "Compare two drafts: redlines as HTML, PDF and Word tracked changes",
		Long: `Diff compares two specs of one instrument (or a spec with its version at a git revision,
--against REV) and writes to the output folder, for each language they share:
redline.<lang>.html and redline.<lang>.pdf (insertions underlined, deletions struck, a change
bar, a list of the changed articles) and redline.<lang>.docx (the changes as Word tracked
changes, which Accept and Reject act on). It prints the summary, with the review findings the change introduced or
resolved.

The drafts are aligned by clause, so an article that was only renumbered is not a change, then
compared word by word. An article that changed places is shown as moved. Tracked changes are
by --author and dated with SOURCE_DATE_EPOCH when it is set, else with the new spec's date.`,
		Example: `  guarantor diff drafts/option-1-assistance.yaml drafts/coalition-treaty-20y.yaml -o out/redline
  guarantor diff drafts/coalition-treaty-20y.yaml --against HEAD~1 -o out/redline --author "MFA Legal"`,
		Args: usageArgs(cobra.RangeArgs(1, 2)),
		RunE: func(cmd *cobra.Command, args []string) error { return d.run(args) },
	}
	f := cmd.Flags()
	f.StringVarP(&d.out, "out", "o", "out/redline", "output folder")
	f.StringVar(&d.against, "against", "", "compare SPEC with its version at this git revision")
	f.StringVar(&d.author, "author", "guarantor", "author of the tracked changes")
	f.StringSliceVar(&d.langs, "lang", nil, "languages to compare (default: all the drafts share)")
	return cmd
}

func (d *diffOptions) run(args []string) error {
	switch {
	case d.against == "" && len(args) != 2:
		return &UsageError{errors.New("diff takes OLD and NEW specs, or one spec and --against REV")}
	case d.against != "" && len(args) != 1:
		return &UsageError{errors.New("--against REV compares one spec with its version at REV: give one spec")}
	}
	langs, err := parseLangs(d.langs)
	if err != nil {
		return err
	}
	p, err := d.project()
	if err != nil {
		return err
	}
	newPath := args[len(args)-1]
	var old, cur diff.Version
	if d.against != "" {
		old, err = gitVersion(p, newPath, d.against)
	} else {
		old, err = fileVersion(p, args[0])
	}
	if err != nil {
		return err
	}
	if cur, err = fileVersion(p, newPath); err != nil {
		return err
	}
	date, err := changeDate(cur.Draft.Instrument)
	if err != nil {
		return err
	}
	files, summary, err := diff.Files(old, cur, diff.Options{Author: d.author, Date: date, Langs: langs})
	if err != nil {
		return err
	}
	if err := build.WriteAll(d.out, files); err != nil {
		return err
	}
	fmt.Fprint(d.stdout, summary)
	fmt.Fprintf(d.stdout, "wrote %d files to %s\n", len(files), d.out)
	return nil
}

func fileVersion(p *build.Project, path string) (diff.Version, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return diff.Version{}, generator.Errorf(generator.Position{File: path}, "cannot read spec: %v", errors.Unwrap(err))
	}
	return version(p, path, src)
}

// gitVersion loads a spec as it was at a git revision.
func gitVersion(p *build.Project, path, rev string) (diff.Version, error) {
	cmd := exec.Command("git", "show", rev+":./"+filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	src, err := cmd.Output()
	if err != nil {
		return diff.Version{}, generator.Errorf(generator.Position{File: path}, "cannot read the spec at revision %s: %s",
			rev, strings.TrimSpace(stderr.String()+" "+err.Error())).
			WithHint("--against takes a git revision (HEAD~1, a tag, a commit) in which the spec exists")
	}
	return version(p, path+"@"+rev, src)
}

func version(p *build.Project, path string, src []byte) (diff.Version, error) {
	in, err := p.Loader.Load(path, src)
	if err != nil {
		return diff.Version{}, err
	}
	d, err := p.Kit.Assemble(in)
	if err != nil {
		return diff.Version{}, err
	}
	return diff.Version{Draft: d, Source: src}, nil
}

// changeDate is the date of the tracked changes: SOURCE_DATE_EPOCH, or the spec's date.
func changeDate(in *generator.Instrument) (time.Time, error) {
	env := os.Getenv("SOURCE_DATE_EPOCH")
	if env == "" {
		return in.Date.UTC(), nil
	}
	secs, err := strconv.ParseInt(env, 10, 64)
	if err != nil {
		return time.Time{}, &UsageError{fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", env)}
	}
	return time.Unix(secs, 0).UTC(), nil
}
