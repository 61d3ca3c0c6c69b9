package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator/review"
)

type reviewOptions struct {
	*options
	format  string
	failOn  string
	verbose bool
}

func newReview(o *options) *cobra.Command {
	r := &reviewOptions{options: o}
	cmd := &cobra.Command{
		Use:   "review [SPEC|DIR]...",
		Short: "Review instrument specs for Budapest-style weaknesses",
		Long: `Review assembles each spec and runs every rule (see 'guarantor rules') over it: library
clauses are judged by their properties, custom clauses by their text in English and Ukrainian.
Each finding names the rule, the clause and where it is, why it matters and how to fix it (once
per rule; --verbose repeats them under every finding); each report starts with a profile of the
instrument, and a total closes the output. Text is wrapped to the terminal ($COLUMNS, else 80). A folder stands for every *.yaml spec in it; with
no argument, drafts/ is reviewed.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on usage or input errors.
Suppressed findings do not count; they stay in the JSON and SARIF output, marked suppressed.`,
		Example: `  guarantor review drafts/
  guarantor review drafts/budapest-1994.yaml --fail-on none
  guarantor review drafts/ --format short           # file:line:col: severity: rule: message
  guarantor review drafts/ --format sarif > review.sarif
  guarantor review my-treaty.yaml --format json --fail-on warning`,
		RunE: func(cmd *cobra.Command, args []string) error { return r.run(args) },
	}
	cmd.Flags().StringVarP(&r.format, "format", "f", "text", "output format: "+review.FormatNames())
	cmd.Flags().BoolVarP(&r.verbose, "verbose", "v", false, "repeat each rule's why and fix under every finding (text format)")
	cmd.Flags().StringVar(&r.failOn, "fail-on", "error", "exit 1 when a finding reaches this severity: error, warning, info or none")
	cmd.RegisterFlagCompletionFunc("format", fixed(strings.Split(review.FormatNames(), ", ")...))
	cmd.RegisterFlagCompletionFunc("fail-on", completeFailOn)
	cmd.ValidArgsFunction = completeSpecs
	return cmd
}

func (r *reviewOptions) run(args []string) error {
	format := review.LookupFormat(r.format)
	if format == nil {
		return &UsageError{fmt.Errorf("--format %q: not one of %s", r.format, review.FormatNames())}
	}
	threshold, err := parseFailOn(r.failOn)
	if err != nil {
		return err
	}
	specs, p, err := r.specsAndProject(args)
	if err != nil {
		return err
	}
	var reports []*review.Report
	var failed []string
	var errs []error
	for _, path := range specs {
		d, err := p.Draft(path)
		if err != nil {
			fmt.Fprintln(r.stderr, err)
			failed, errs = append(failed, path), append(errs, err)
			continue
		}
		reports = append(reports, review.Review(d))
	}
	opt := review.Options{Color: format.Name == "text" && terminal(r.stdout), Failed: errs,
		Width: width(r.stdout), Verbose: r.verbose}
	if err := format.Write(r.stdout, reports, opt); err != nil {
		return err
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d specs could not be reviewed: %s", len(failed), len(specs), strings.Join(failed, ", "))
	}
	return gate(reports, threshold)
}

// parseFailOn reads --fail-on; 0 stands for none.
func parseFailOn(s string) (review.Severity, error) {
	s = strings.ToLower(s)
	if s == "none" {
		return 0, nil
	}
	sev, err := review.ParseSeverity(s)
	if err != nil {
		return 0, &UsageError{errors.New("--fail-on " + s + ": not one of error, warning, info, none")}
	}
	return sev, nil
}

// gate returns a FindingsError when findings reach the threshold (0: never).
func gate(reports []*review.Report, threshold review.Severity) error {
	if threshold == 0 {
		return nil
	}
	n := 0
	for _, rep := range reports {
		n += rep.Count(threshold)
	}
	if n > 0 {
		return &FindingsError{Count: n}
	}
	return nil
}

// terminal reports whether w is a terminal that takes colour (NO_COLOR unset).
func terminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
