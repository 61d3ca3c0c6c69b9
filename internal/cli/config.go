package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// ConfigName is the config file guarantor looks for in the current folder and its parents,
// as vale looks for .vale.ini.
const ConfigName = ".guarantor.yaml"

// config is a project's defaults; a flag given on the command line wins over it.
type config struct {
	Formats   []string          `yaml:"formats"`   // build --format
	Languages []string          `yaml:"languages"` // build --lang
	Out       string            `yaml:"out"`       // build -o, relative to the file
	FailOn    string            `yaml:"fail-on"`   // build and review --fail-on
	Clauses   []string          `yaml:"clauses"`   // --clauses folders, relative to the file
	Templates string            `yaml:"templates"` // --templates folder, relative to the file
	Rules     map[string]string `yaml:"rules"`     // rule id or name: error, warning, info or off

	path     string
	severity map[string]review.Severity // Rules, checked, by rule id
}

// findConfig returns the config file to read: the --config flag, or the nearest .guarantor.yaml
// from the current folder up; "" when there is none.
func findConfig(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", nil
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// loadConfig reads and checks a config file.
func loadConfig(path string) (*config, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &UsageError{fmt.Errorf("--config %s: no such file", path)}
	}
	if err != nil {
		return nil, err
	}
	f, err := decode.Parse(path, decode.StripBOM(src), 0)
	if err != nil {
		return nil, decode.Explain(err)
	}
	c := &config{path: path}
	if f.Empty() {
		return c, nil
	}
	if errs := f.Shapes(c, nil); len(errs) > 0 {
		return nil, errs.Err()
	}
	unknown, err := f.DecodeTolerant(c)
	if err != nil {
		unknown.Merge(decode.Explain(err))
		return nil, unknown.Err()
	}
	unknown.Merge(c.check(f))
	return c, unknown.Err()
}

// check validates the values and resolves folders against the file's folder.
func (c *config) check(f *decode.File) error {
	var errs generator.ErrorList
	for i, s := range c.Formats {
		if err := checkFormats([]string{s}); err != nil {
			errs.Addf(f.PosOf("formats", i), "unknown format %q", s).WithHint("formats: %s", strings.Join(formatNames(), ", "))
		}
	}
	if _, err := parseLangs(c.Languages); err != nil {
		errs.Addf(f.PosOf("languages"), "unsupported language").WithHint("languages: [en, uk]")
	}
	if c.FailOn != "" {
		if _, err := parseFailOn(c.FailOn); err != nil {
			errs.Addf(f.PosOf("fail-on"), "fail-on %q: not one of error, warning, info, none", c.FailOn)
		}
	}
	c.severity = map[string]review.Severity{}
	for _, id := range slices.Sorted(mapKeys(c.Rules)) {
		r := review.Lookup(id)
		if r == nil {
			e := errs.Addf(f.KeyPos("rules", id), "unknown rule %q", id)
			if s := decode.Suggest(id, ruleNames()); s != "" {
				e.WithHint("did you mean %q?", s)
			} else {
				e.WithHint("`guarantor rules` lists them")
			}
			continue
		}
		sev := strings.ToLower(c.Rules[id])
		if sev == "off" {
			c.severity[r.ID] = 0
			continue
		}
		s, err := review.ParseSeverity(sev)
		if err != nil {
			errs.Addf(f.PosOf("rules", id), "severity %q of %s: not one of error, warning, info, off", c.Rules[id], id)
			continue
		}
		c.severity[r.ID] = s
	}
	base := filepath.Dir(c.path)
	for i, d := range c.Clauses {
		c.Clauses[i] = relativeTo(base, d)
	}
	if c.Templates != "" {
		c.Templates = relativeTo(base, c.Templates)
	}
	if c.Out != "" {
		c.Out = relativeTo(base, c.Out)
	}
	return errs.Err()
}

func relativeTo(base, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

func mapKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// applyConfig reads the config file (if any) before a command runs and fills in the flags the
// command line did not give.
func (o *options) applyConfig(cmd *cobra.Command) error {
	path, err := findConfig(o.configPath)
	if err != nil || path == "" || o.noConfig {
		return err
	}
	c, err := loadConfig(path)
	if err != nil {
		return err
	}
	o.config = c
	flags := cmd.Flags()
	set := func(name, value string) error {
		if value == "" || flags.Lookup(name) == nil || flags.Changed(name) {
			return nil
		}
		return flags.Set(name, value)
	}
	for _, err := range []error{
		set("fail-on", c.FailOn),
		set("out", c.Out),
		set("templates", c.Templates),
	} {
		if err != nil {
			return err
		}
	}
	if flags.Lookup("lang") != nil && !flags.Changed("lang") && len(c.Languages) > 0 {
		flags.Set("lang", strings.Join(c.Languages, ","))
	}
	if !flags.Changed("clauses") && len(c.Clauses) > 0 {
		o.clauses = c.Clauses
	}
	return nil
}

// formatsFromConfig returns the config's formats for build when --format was not given.
func (o *options) formatsFromConfig(cmd *cobra.Command) []string {
	if o.config == nil || cmd.Flags().Changed("format") {
		return nil
	}
	return o.config.Formats
}

// severities returns the config's per-rule severities.
func (o *options) severities() map[string]review.Severity {
	if o.config == nil {
		return nil
	}
	return o.config.severity
}
