package render

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// Options are the choices that are not in the draft.
type Options struct {
	// Date is the creation date written into PDFs; zero means the instrument's date.
	Date time.Time
	// Word holds the house template and the comments of Word documents (--reference-docx,
	// --comments).
	Word WordOptions
}

// Format is an output format: a row of the table Formats. A format writes one file per
// language, "<lang>.<ext>", and, when it has a bilingual edition and the draft is in English
// and Ukrainian, "parallel.<ext>" with both side by side.
type Format struct {
	Name string // as given to --format
	Ext  string // the file extension
	Doc  string // one line for help texts
	// One renders one language.
	One func(in *Input, l generator.Lang) ([]byte, error)
	// Parallel renders the bilingual edition; nil when the format has none.
	Parallel func(in *Input, left, right generator.Lang) ([]byte, error)
}

// Formats lists every output format, in the order they are documented.
var Formats = []Format{
	{Name: "md", Ext: "md", Doc: "<lang>.md: the Markdown text", One: markdownOne},
	{Name: "html", Ext: "html", Doc: "<lang>.html: a standalone page with a table of contents and print styles", One: htmlOne},
	{Name: "pdf", Ext: "pdf", Doc: "<lang>.pdf, and parallel.pdf with English and Ukrainian side by side",
		One: pdfOne, Parallel: pdfParallel},
	{Name: "docx", Ext: "docx", Doc: "<lang>.docx, and parallel.docx: Word documents with styles, list numbering, fields and footnotes", One: docxOne, Parallel: docxParallel},
	{Name: "akn", Ext: "akn.xml", Doc: "<lang>.akn.xml: Akoma Ntoso 3.0 XML", One: aknOne},
}

// Input is what formats render from: the draft's model and, built once on first use and shared
// by the formats, its AST in each language.
type Input struct {
	Draft *generator.Draft
	Opt   Options
	mu    sync.Mutex
	docs  map[generator.Lang]*docOnce
}

type docOnce struct {
	once sync.Once
	doc  *document.Document
	err  error
}

// Document returns the AST of the draft in language l.
func (in *Input) Document(l generator.Lang) (*document.Document, error) {
	in.mu.Lock()
	d, ok := in.docs[l]
	if !ok {
		d = &docOnce{}
		in.docs[l] = d
	}
	in.mu.Unlock()
	d.once.Do(func() { d.doc, d.err = document.New(in.Draft, l) })
	return d.doc, d.err
}

// Model returns the typed model of the draft in language l.
func (in *Input) Model(l generator.Lang) (*generator.Doc, error) {
	m, ok := in.Draft.Docs[l]
	if !ok {
		return nil, fmt.Errorf("the draft has no %s text", l)
	}
	return m, nil
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names returns the names of all formats, comma-separated.
func Names() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// Files renders a draft in the given languages (all of the instrument's when empty) and
// formats, concurrently, and returns the files named as they are written ("en.md", "uk.pdf",
// "parallel.pdf", ...).
func Files(d *generator.Draft, langs []generator.Lang, formats []Format, opt Options) (map[string][]byte, error) {
	if len(langs) == 0 {
		langs = d.Instrument.Languages
	}
	in := &Input{Draft: d, Opt: opt, docs: map[generator.Lang]*docOnce{}}
	jobs := map[string]func() ([]byte, error){}
	for _, f := range formats {
		for _, l := range langs {
			jobs[string(l)+"."+f.Ext] = func() ([]byte, error) { return f.One(in, l) }
		}
		if f.Parallel != nil && slices.Contains(langs, generator.English) && slices.Contains(langs, generator.Ukrainian) {
			jobs["parallel."+f.Ext] = func() ([]byte, error) { return f.Parallel(in, generator.English, generator.Ukrainian) }
		}
	}
	return runAll(jobs)
}

// runAll runs the jobs concurrently and returns their files, or the errors of all that
// failed.
func runAll(jobs map[string]func() ([]byte, error)) (map[string][]byte, error) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out, errs := map[string][]byte{}, map[string]error{}
	for name, job := range jobs {
		wg.Go(func() {
			data, err := job()
			mu.Lock()
			defer mu.Unlock()
			out[name], errs[name] = data, err
		})
	}
	wg.Wait()
	var list generator.ErrorList
	for _, name := range slices.Sorted(maps.Keys(errs)) {
		list.Merge(errs[name])
	}
	if err := list.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
