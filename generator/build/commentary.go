package build

import (
	"maps"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/commentary"
	"github.com/guarantor-dev/guarantor/generator/render"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// commentaryFormats are the formats an explanatory memorandum is written in.
var commentaryFormats = []string{"md", "html", "pdf"}

// commentaryFiles writes the explanatory memorandum of d, whose review is rep, in each of
// langs and in the formats of formats it has (md when none): "<lang>.commentary.md", ".html",
// ".pdf".
func (p *Project) commentaryFiles(d *generator.Draft, rep *review.Report, langs []generator.Lang,
	formats []render.Format, ropt render.Options, opt Options) (map[string][]byte, error) {
	var rows []render.Format
	for _, f := range formats {
		if slices.Contains(commentaryFormats, f.Name) {
			f.Parallel = nil // a memorandum has no bilingual edition
			rows = append(rows, f)
		}
	}
	if len(rows) == 0 {
		md, _ := render.Lookup("md")
		rows = []render.Format{md}
	}
	a := commentary.Analyse(d, rep, commentary.Options{Library: p.Library, Kit: p.Kit, Severity: opt.Severity})
	memo, err := a.Memorandum(langs)
	if err != nil {
		return nil, err
	}
	files, err := render.Files(memo, langs, rows, ropt)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		lang, ext, _ := strings.Cut(name, ".")
		out[lang+".commentary."+ext] = files[name]
	}
	return out, nil
}

// commentaryInputs adds to x the library clauses a memorandum of in reads besides the
// instrument's own: the alternatives and the clauses they require.
func (p *Project) commentaryInputs(in *generator.Instrument, x Inputs) {
	for _, c := range commentary.Clauses(in, p.Library) {
		x.Clauses[c.ID] = c.Hash
	}
}
