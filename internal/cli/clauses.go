package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/library"
)

type clausesOptions struct {
	*options
	category string
	form     string
	showForm string
	showLang string
	source   bool
}

func newClauses(o *options) *cobra.Command {
	c := &clausesOptions{options: o}
	cmd := &cobra.Command{
		Use:   "clauses",
		Short: "List the clause library by category",
		Example: `  guarantor clauses
  guarantor clauses --category sanctions
  guarantor clauses --form mou
  guarantor clauses show defence/art5-style`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return c.list() },
	}
	cmd.Flags().StringVar(&c.category, "category", "", "only this category (e.g. defence)")
	cmd.Flags().StringVar(&c.form, "form", "", "only clauses allowed in this form (treaty, mou, declaration)")
	cmd.RegisterFlagCompletionFunc("category", o.completeCategories)
	cmd.RegisterFlagCompletionFunc("form", completeForms)
	show := &cobra.Command{
		Use:   "show ID",
		Short: "Show one clause: metadata, params and its text as it reads in a draft",
		Long: `Show prints a clause's metadata and params, then its text as a draft would read: assembled
in an example instrument of the form (--form; a treaty when the clause allows one) with the
clauses it requires, between Ukraine and two guarantors, with the params' defaults. --lang
picks one language; --source prints the template source instead of the rendered text.`,
		Example: `  guarantor clauses show sanctions/snapback
  guarantor clauses show consultation/within-hours --form mou --lang uk
  guarantor clauses show defence/art5-style --source`,
		Args:              usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: o.completeClauses,
		RunE:              func(cmd *cobra.Command, args []string) error { return c.show(args[0]) },
	}
	show.Flags().StringVar(&c.showForm, "form", "", "render in this form: treaty, mou or declaration")
	show.Flags().StringVar(&c.showLang, "lang", "", "render in this language only: en or uk")
	show.Flags().BoolVar(&c.source, "source", false, "print the template source of each text instead")
	show.RegisterFlagCompletionFunc("form", completeForms)
	show.RegisterFlagCompletionFunc("lang", completeLangs)
	cmd.AddCommand(show)
	return cmd
}

func (c *clausesOptions) list() error {
	form := generator.Form(strings.ToLower(c.form))
	if c.form != "" && !form.Valid() {
		return &UsageError{fmt.Errorf("--form %q: not one of treaty, mou, declaration", c.form)}
	}
	p, err := c.project()
	if err != nil {
		return err
	}
	w := c.stdout
	category, shown := "", 0
	for _, cl := range p.Library.Clauses() {
		if c.category != "" && cl.Category != c.category || form != "" && !cl.AllowedIn(form) {
			continue
		}
		if cl.Category != category {
			if category != "" {
				fmt.Fprintln(w)
			}
			category = cl.Category
			fmt.Fprintf(w, "%s/\n", category)
		}
		fmt.Fprintf(w, "  %s  [%s]\n", cl.ID, forms(cl.Forms))
		for _, line := range wrap(cl.Summary, summaryWidth) {
			fmt.Fprintf(w, "      %s\n", line)
		}
		shown++
	}
	if shown == 0 {
		return c.noneMatch(p.Library)
	}
	return nil
}

func (c *clausesOptions) noneMatch(lib *library.Library) error {
	var cats []string
	for _, cl := range lib.Clauses() {
		if len(cats) == 0 || cats[len(cats)-1] != cl.Category {
			cats = append(cats, cl.Category)
		}
	}
	return &UsageError{fmt.Errorf("no clause matches; categories: %s", strings.Join(cats, ", "))}
}

func (c *clausesOptions) show(id string) error {
	p, err := c.project()
	if err != nil {
		return err
	}
	cl := p.Library.Get(id)
	if cl == nil {
		msg := fmt.Errorf("unknown clause %q", id)
		if s := p.Library.Suggest(id); s != "" {
			msg = fmt.Errorf("unknown clause %q; did you mean %q?", id, s)
		}
		return &UsageError{msg}
	}
	form, langs, err := c.renderChoice(cl)
	if err != nil {
		return err
	}
	writeClause(c.stdout, cl)
	if c.source {
		writeSource(c.stdout, cl)
		return nil
	}
	fmt.Fprintln(c.stdout)
	texts, a, err := renderClause(p, cl, form, langs)
	if err != nil {
		return err
	}
	writeRendered(c.stdout, cl, form, texts, a, langs)
	return nil
}

// renderChoice is the form and languages show renders the clause in.
func (c *clausesOptions) renderChoice(cl *generator.Clause) (generator.Form, []generator.Lang, error) {
	form := generator.Form(strings.ToLower(c.showForm))
	switch {
	case c.showForm == "" && cl.AllowedIn(generator.Treaty):
		form = generator.Treaty
	case c.showForm == "":
		form = cl.Forms[0]
	case !form.Valid():
		return "", nil, &UsageError{fmt.Errorf("--form %q: not one of treaty, mou, declaration", c.showForm)}
	case !cl.AllowedIn(form):
		return "", nil, &UsageError{fmt.Errorf("clause %q is not allowed in a %s; it may appear in: %s", cl.ID, form.Name(), forms(cl.Forms))}
	}
	langs := cl.Languages()
	if c.showLang != "" {
		l := generator.Lang(strings.ToLower(c.showLang))
		if !slices.Contains(langs, l) {
			return "", nil, &UsageError{fmt.Errorf("--lang %q: the clause has texts in %s", c.showLang, langNames(langs))}
		}
		langs = []generator.Lang{l}
	}
	return form, langs, nil
}

func langNames(ls []generator.Lang) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

func writeClause(w io.Writer, c *generator.Clause) {
	fmt.Fprintf(w, "%s — %s\n%s\n\n", c.ID, c.Title[generator.English], c.Summary)
	fmt.Fprintf(w, "file:      %s\nsection:   %s\nforms:     %s\n", c.Pos.File, c.Section, forms(c.Forms))
	for _, l := range []struct {
		name string
		ids  []string
	}{{"requires", c.Requires}, {"conflicts", c.Conflicts}, {"suggests", c.Suggests}} {
		if len(l.ids) > 0 {
			fmt.Fprintf(w, "%-10s %s\n", l.name+":", strings.Join(l.ids, ", "))
		}
	}
	if len(c.Params) > 0 {
		fmt.Fprintln(w, "\nparams:")
		for _, p := range c.Params {
			def := "required"
			if !p.Required() {
				def = fmt.Sprintf("default %v", p.Default)
			}
			fmt.Fprintf(w, "  %s (%s, %s; %s): %s\n", p.Name, p.Type, def, p.AllowedText(), p.Description)
		}
	}
	writeProperties(w, &c.Properties)
	if len(c.Sources) > 0 {
		fmt.Fprintln(w, "\nsources:")
		for _, s := range c.Sources {
			fmt.Fprintf(w, "  - %s\n", s)
		}
	}
}

// writeSource prints the template source of each of the clause's texts.
func writeSource(w io.Writer, c *generator.Clause) {
	for _, l := range c.Languages() {
		t := c.Texts[l]
		fmt.Fprintf(w, "\n-- %s: %s --\n%s\n", l, c.Title[l], t.Body.Src)
		for _, f := range generator.Forms {
			if b, ok := t.ByForm[f]; ok {
				fmt.Fprintf(w, "\n-- %s, %s only --\n%s\n", l, f, b.Src)
			}
		}
	}
}

func writeProperties(w io.Writer, p *generator.Properties) {
	var lines []string
	add := func(k, v string) {
		if v != "" {
			lines = append(lines, fmt.Sprintf("  %s: %s", k, v))
		}
	}
	add("provides", strings.Join(p.Provides, ", "))
	add("response", p.Response)
	add("response floor", strings.Join(p.ResponseFloor, "; "))
	add("decision rule", p.DecisionRule)
	add("decider", p.Decider)
	add("adversary role", p.AdversaryRole)
	add("trigger", p.Trigger)
	add("option", p.Option)
	add("credibility", p.Credibility)
	add("feasibility", p.Feasibility)
	if len(lines) > 0 {
		fmt.Fprintf(w, "\nproperties:\n%s\n", strings.Join(lines, "\n"))
	}
}

func forms(fs []generator.Form) string {
	s := make([]string, len(fs))
	for i, f := range fs {
		s[i] = string(f)
	}
	return strings.Join(s, " ")
}

// summaryWidth is the width summaries are wrapped to in the catalogue, so it reads in an
// ordinary terminal.
const summaryWidth = 86

// wrap breaks text into lines of at most width runes, at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
