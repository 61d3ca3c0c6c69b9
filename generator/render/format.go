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
	"github.com/guarantor-dev/guarantor/generator/render/html"
	"github.com/guarantor-dev/guarantor/generator/render/pdf"
)

// Options are the choices that are not in the draft.
type Options struct {
	// Date is the creation date written into PDFs; zero means the instrument's date.
	Date time.Time
}

// Format is an output format.
type Format struct {
	Name string // as given to --format
	Doc  string // one line for help texts
	// render returns the files of the draft in the given languages, named as they are
	// written; docs holds the parsed text of each language.
	render func(in input) (map[string][]byte, error)
}

// input is what a format renders from.
type input struct {
	draft *generator.Draft
	langs []generator.Lang
	docs  map[generator.Lang]*document.Document
	opt   Options
}

// Formats lists every output format, in the order they are documented.
var Formats = []Format{
	{Name: "md", Doc: "<lang>.md: the Markdown text, the pivot of the other formats", render: markdown},
	{Name: "html", Doc: "<lang>.html: a standalone page with a table of contents and print styles", render: htmlFiles},
	{Name: "pdf", Doc: "<lang>.pdf, and parallel.pdf with English and Ukrainian side by side", render: pdfFiles},
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
// formats, and returns the files named as they are written ("en.md", "uk.pdf", ...).
func Files(d *generator.Draft, langs []generator.Lang, formats []Format, opt Options) (map[string][]byte, error) {
	if len(langs) == 0 {
		langs = d.Instrument.Languages
	}
	in := input{draft: d, langs: langs, docs: map[generator.Lang]*document.Document{}, opt: opt}
	for _, f := range formats {
		if f.Name != "md" && len(in.docs) == 0 {
			for _, l := range langs {
				doc, err := document.Parse(d, l)
				if err != nil {
					return nil, err
				}
				in.docs[l] = doc
			}
		}
	}
	files := map[string][]byte{}
	for _, f := range formats {
		out, err := f.render(in)
		if err != nil {
			return nil, err
		}
		for name, data := range out {
			files[name] = data
		}
	}
	return files, nil
}

func markdown(in input) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, l := range in.langs {
		md, ok := in.draft.Markdown[l]
		if !ok {
			return nil, fmt.Errorf("the draft has no %s text", l)
		}
		out[string(l)+".md"] = md
	}
	return out, nil
}

func htmlFiles(in input) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, l := range in.langs {
		page, err := html.Render(in.docs[l])
		if err != nil {
			return nil, err
		}
		out[string(l)+".html"] = page
	}
	return out, nil
}

// pdfFiles typesets each language, and the parallel edition when the draft is in English
// and Ukrainian, concurrently.
func pdfFiles(in input) (map[string][]byte, error) {
	jobs := map[string]func() ([]byte, error){}
	opt := pdf.Options{Date: in.opt.Date}
	for _, l := range in.langs {
		doc := in.docs[l]
		jobs[string(l)+".pdf"] = func() ([]byte, error) { return pdf.Render(doc, opt) }
	}
	en, uk := in.docs[generator.English], in.docs[generator.Ukrainian]
	if en != nil && uk != nil {
		jobs["parallel.pdf"] = func() ([]byte, error) { return pdf.Parallel(en, uk, opt) }
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
