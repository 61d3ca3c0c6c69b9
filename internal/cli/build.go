package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
)

type buildOptions struct {
	*options
	out     string
	langs   []string
	formats []string
	jobs    int
	force   bool
	check   bool
	annex   bool
	failOn  string
	quiet   bool
	verbose bool
	json    bool
	refDocx string
	comment bool
	memo    bool
}

func newBuild(o *options) *cobra.Command {
	b := &buildOptions{options: o}
	cmd := &cobra.Command{
		Use:   "build [SPEC|DIR]...",
		Short: "Build drafts from instrument specs",
		Long: `Build assembles each spec into a draft per language, written with a manifest.json to
<out>/<spec name>/: <lang>.md, <lang>.html, <lang>.pdf and, for a draft in English and
Ukrainian, parallel.pdf with both texts side by side. A folder stands for every *.yaml spec in
it; with no argument, drafts/ is built. PDFs are dated with the spec's date, or
SOURCE_DATE_EPOCH when it is set.

Specs are built concurrently (-j, default one per core). A draft whose inputs (spec, clauses,
templates, tool version, options) match its manifest and whose files are intact is not rebuilt
(--force rebuilds it). The folders of specs that were removed from a folder being built are
pruned. A spec with an error writes nothing; the others are still built. Every file is written
atomically, and the manifest last, so an interrupted build leaves no partial file.

Each draft is reviewed; its findings are counted on its line and in the summary, and --annex
appends the reviewer's notes to the draft. --commentary writes an explanatory memorandum beside
each draft, per language (<lang>.commentary.md, .html, .pdf, in the formats asked for): per
article what it does, its sources, the library's alternatives and what choosing each would
change (computed by swapping it in, assembling and reviewing), then the reviewer's open points. --check writes nothing and lists the drafts whose
files would change, for CI.

Exit status: 0 when all is well; 1 when --check finds a stale draft or findings reach
--fail-on; 2 when a spec has an error; 130 when interrupted.`,
		Example: `  guarantor build drafts/
  guarantor build drafts/coalition-treaty-20y.yaml -o /tmp/drafts
  guarantor build drafts/ --lang uk --format md,html
  guarantor build drafts/ --annex
  guarantor build drafts/coalition-treaty-20y.yaml --commentary
  guarantor build drafts/ --check --fail-on error     # in CI`,
		RunE: func(cmd *cobra.Command, args []string) error { return b.run(cmd, args) },
	}
	f := cmd.Flags()
	f.StringVarP(&b.out, "out", "o", "out", "output folder")
	f.StringSliceVar(&b.langs, "lang", nil, "languages to write, e.g. en,uk (default: all of each spec's)")
	f.StringSliceVar(&b.formats, "format", formatNames(), "formats to write: "+render.Names())
	f.IntVarP(&b.jobs, "jobs", "j", 0, "drafts built at once (default: one per core)")
	f.BoolVar(&b.force, "force", false, "rebuild drafts whose inputs did not change")
	f.BoolVar(&b.check, "check", false, "write nothing; list the drafts that are stale and exit 1 if any is")
	f.BoolVar(&b.annex, "annex", false, "append the reviewer's notes to each draft as an annex")
	f.StringVar(&b.failOn, "fail-on", "none", "exit 1 when a finding reaches this severity: error, warning, info or none")
	f.BoolVarP(&b.quiet, "quiet", "q", false, "print only errors and the summary line")
	f.BoolVarP(&b.verbose, "verbose", "v", false, "also list the drafts that were up to date")
	f.BoolVar(&b.json, "json", false, "print a JSON summary instead of text")
	f.StringVar(&b.refDocx, "reference-docx", "", "a house template (.docx) whose styles the Word documents take")
	f.BoolVar(&b.comment, "comments", false, "attach the review's findings to the Word documents' articles as comments")
	f.BoolVar(&b.memo, "commentary", false, "also write an explanatory memorandum per language: <lang>.commentary.md, .html, .pdf")
	cmd.RegisterFlagCompletionFunc("format", fixed(formatNames()...))
	cmd.RegisterFlagCompletionFunc("lang", completeLangs)
	cmd.RegisterFlagCompletionFunc("fail-on", completeFailOn)
	cmd.ValidArgsFunction = completeSpecs
	return cmd
}

func (b *buildOptions) run(cmd *cobra.Command, args []string) error {
	if f := b.formatsFromConfig(cmd); len(f) > 0 {
		b.formats = slices.Clone(f)
	}
	runner, threshold, err := b.runner()
	if err != nil {
		return err
	}
	if st, err := os.Stat(b.out); err == nil && !st.IsDir() {
		return &UsageError{fmt.Errorf("--out %s: a file is there, not a folder", b.out)}
	}
	specs, p, err := b.specsAndProject("build", args)
	if err != nil {
		return err
	}
	runner.Project, runner.Folders = p, folders(args)
	rep := newReporter(b, specs)
	rep.project = p
	runner.Done = rep.done
	start := time.Now()
	results, runErr := runner.Run(cmd.Context(), specs)
	rep.finish(results, time.Since(start), runErr)
	if errors.Is(runErr, context.Canceled) && !b.json {
		return reported{runErr} // the summary line already says "interrupted"
	}
	if runErr != nil {
		return runErr
	}
	err = verdict(results, b.check, threshold)
	var fe *FindingsError
	if errors.As(err, &fe) {
		fmt.Fprintf(b.stderr, "%d finding(s) at or above --fail-on %s, in %s; `guarantor review --format short SPEC` lists them\n",
			fe.Count, b.failOn, strings.Join(fe.Specs, ", "))
	}
	return err
}

// runner checks the flags and returns a runner set up from them.
func (b *buildOptions) runner() (*build.Runner, int, error) {
	langs, err := parseLangs(b.langs)
	if err != nil {
		return nil, 0, err
	}
	if err := checkFormats(b.formats); err != nil {
		return nil, 0, err
	}
	threshold, err := parseFailOn(b.failOn)
	if err != nil {
		return nil, 0, err
	}
	if b.jobs < 0 {
		return nil, 0, &UsageError{errors.New("-j: give a positive number of jobs")}
	}
	if b.quiet && b.verbose {
		return nil, 0, &UsageError{errors.New("--quiet and --verbose cannot be combined")}
	}
	if b.memo && !slices.ContainsFunc(b.formats, func(f string) bool { return f == "md" || f == "html" || f == "pdf" }) {
		return nil, 0, &UsageError{errors.New("--commentary is written as md, html or pdf: add one of them to --format")}
	}
	opt := build.Options{Langs: langs, Formats: b.formats, Annex: b.annex, Comments: b.comment, Commentary: b.memo, Severity: b.severities()}
	if b.refDocx != "" {
		if opt.Reference, err = docx.ReadReference(b.refDocx); err != nil {
			return nil, 0, err
		}
		data, _ := os.ReadFile(b.refDocx)
		opt.RefHash = generator.Hash(data)
	}
	return &build.Runner{Out: b.out, Jobs: b.jobs, Force: b.force, Check: b.check, Options: opt}, int(threshold), nil
}

// folders returns the arguments that are folders (drafts/ when there are none): the outputs
// of specs removed from them are pruned.
func folders(args []string) []string {
	if len(args) == 0 {
		return []string{"drafts"}
	}
	var out []string
	for _, a := range args {
		if st, err := os.Stat(a); err == nil && st.IsDir() {
			out = append(out, a)
		}
	}
	return out
}

func parseLangs(raw []string) ([]generator.Lang, error) {
	var out []generator.Lang
	for _, s := range raw {
		l := generator.Lang(strings.ToLower(strings.TrimSpace(s)))
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
	for i, s := range raw {
		raw[i] = strings.ToLower(strings.TrimSpace(s))
	}
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
