package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/spf13/cobra"

	guarantor "github.com/guarantor-dev/guarantor"
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/build"
)

// UsageError is a mistake in the command line itself.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Exit codes.
const (
	ExitOK       = 0
	ExitFindings = 1 // findings at or above --fail-on
	ExitInput    = 2 // usage or input errors
	// ExitInterrupted is the shell's code for a command stopped by Ctrl-C (128 + SIGINT).
	ExitInterrupted = 130
)

// ExitCode maps an error returned by Run to the process exit code.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var f *FindingsError
	var s *StaleError
	switch {
	case errors.As(err, &f), errors.As(err, &s):
		return ExitFindings
	case errors.Is(err, context.Canceled):
		return ExitInterrupted
	}
	return ExitInput
}

// reported is an error the command has already told the user about.
type reported struct{ error }

func (r reported) Unwrap() error { return r.error }

// FindingsError reports that review findings reached the --fail-on threshold.
type FindingsError struct{ Count int }

func (e *FindingsError) Error() string {
	return fmt.Sprintf("%d finding(s) at or above --fail-on", e.Count)
}

// StaleError reports that build --check found drafts whose files would change.
type StaleError struct{ Count int }

func (e *StaleError) Error() string {
	return fmt.Sprintf("%d draft(s) out of date; run guarantor build without --check", e.Count)
}

type options struct {
	clauses   []string
	templates string
	noBuiltin bool
	stdout    io.Writer
	stderr    io.Writer
}

// NewRoot returns the guarantor command tree.
func NewRoot(stdout, stderr io.Writer) *cobra.Command {
	o := &options{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "guarantor",
		Short: "Draft security-guarantee instruments for Ukraine and review them for weaknesses",
		Long: `guarantor assembles clauses from a library into a draft treaty, memorandum of
understanding or political declaration, in English and Ukrainian, from a short YAML spec.`,
		Example: `  guarantor build drafts/                 # every spec in drafts/ into out/
  guarantor clauses --category defence     # browse the clause library
  guarantor clauses show defence/art5-style`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       fmt.Sprintf("%s (%s)", generator.Version, runtime.Version()),
	}
	root.SetVersionTemplate("guarantor {{ .Version }}\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &UsageError{err} })
	root.PersistentFlags().StringArrayVar(&o.clauses, "clauses", nil, "a folder of house clauses that add to the built-in library or replace its clauses of the same id (repeatable)")
	root.PersistentFlags().StringVar(&o.templates, "templates", "", "a folder of house templates that replace the built-in ones of the same name")
	root.PersistentFlags().BoolVar(&o.noBuiltin, "no-builtin", false, "use the --clauses folders instead of the built-in library, and the --templates folder instead of the built-in templates")
	root.AddCommand(newBuild(o), newClauses(o), newVersion(o), newReview(o), newRules(o), newCorpus(o),
		newParties(o), newTemplates(o), newInit(o), newSchema(o))
	return root
}

// Run executes the command line and returns what went wrong, if anything, already reported
// on stderr. Ctrl-C (or SIGTERM) stops it cleanly: a build finishes the files it is writing
// and starts no more; a second Ctrl-C ends the process at once.
func Run(args []string, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	root := NewRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err != nil {
		var fe *FindingsError
		var done reported
		switch {
		case errors.As(err, &done):
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "interrupted")
		case !errors.As(err, &fe):
			fmt.Fprintln(stderr, "error:", err)
		}
		var ue *UsageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "run 'guarantor --help' for usage")
		}
	}
	return err
}

// project loads the clause library and the templates named by the flags: the built-in ones with
// the house folders over them, or with --no-builtin the house folders alone.
func (o *options) project() (*build.Project, error) {
	if o.noBuiltin && len(o.clauses) == 0 && o.templates == "" {
		return nil, &UsageError{errors.New("--no-builtin replaces the built-in library or templates: give --clauses DIR or --templates DIR")}
	}
	var clauses []build.Source
	if !o.noBuiltin || len(o.clauses) == 0 {
		sub, err := fs.Sub(guarantor.Clauses, "clauses")
		if err != nil {
			return nil, err
		}
		clauses = append(clauses, build.Source{FS: sub, Display: "clauses"})
	}
	for _, dir := range o.clauses {
		src, err := folder(dir, "clauses")
		if err != nil {
			return nil, err
		}
		clauses = append(clauses, src)
	}
	templates, err := o.templateSource()
	if err != nil {
		return nil, err
	}
	return build.LoadLayers(clauses, templates)
}

// templateSource is the built-in templates, the --templates folder over them, or with
// --no-builtin that folder alone. (--no-builtin replaces only what a house folder is given for.)
func (o *options) templateSource() (build.Source, error) {
	builtin, err := fs.Sub(guarantor.Templates, "templates")
	if err != nil {
		return build.Source{}, err
	}
	if o.templates == "" {
		return build.Source{FS: builtin, Display: "templates"}, nil
	}
	house, err := folder(o.templates, "templates")
	if err != nil || o.noBuiltin {
		return house, err
	}
	return build.Source{FS: overlay{top: house.FS, base: builtin}, Display: house.Display}, nil
}

// folder is a house folder named by a flag.
func folder(dir, name string) (build.Source, error) {
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return build.Source{}, generator.Errorf(generator.Position{File: dir}, "not a folder").
			WithHint("--%s takes the folder that holds the %s", name, name)
	}
	return build.Source{FS: os.DirFS(dir), Display: dir}, nil
}

// specsAndProject expands the spec arguments (default: drafts/) and loads the project.
func (o *options) specsAndProject(args []string) ([]string, *build.Project, error) {
	if len(args) == 0 {
		args = []string{"drafts"}
	}
	specs, err := build.SpecFiles(args)
	if err != nil {
		return nil, nil, err
	}
	p, err := o.project()
	return specs, p, err
}

// usageArgs wraps a cobra.PositionalArgs so a wrong argument count is a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return &UsageError{err}
		}
		return nil
	}
}
