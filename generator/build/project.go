package build

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/assemble"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/library"
	"github.com/guarantor-dev/guarantor/generator/review"
	"github.com/guarantor-dev/guarantor/generator/spec"
)

// Source is a folder of input data and the name to show for it in errors.
type Source struct {
	FS      fs.FS
	Display string
}

// Project is everything specs are built against.
type Project struct {
	Library *library.Library
	Kit     *assemble.Kit
	Loader  *spec.Loader
	// Review, when set, keeps what the reviewer reads in texts the drafts share (a Runner sets
	// one for each run); nil keeps nothing.
	Review *review.Memo
	// Templates maps each file of the templates folder that drafts depend on to its hash.
	Templates map[string]string
}

// Load reads the clause library and the templates (form templates, vocabulary, parties).
func Load(clauses, templates Source) (*Project, error) {
	return LoadLayers([]Source{clauses}, templates)
}

// LoadLayers is Load with the clause library read from several folders in order, a clause of a
// later folder replacing the one of an earlier folder with its id (house clauses over ours).
func LoadLayers(clauses []Source, templates Source) (*Project, error) {
	var errs generator.ErrorList
	layers := make([]library.Layer, len(clauses))
	for i, c := range clauses {
		layers[i] = library.Layer{FS: c.FS, Display: c.Display}
	}
	lib, err := library.LoadLayers(layers...)
	errs.Merge(err)
	kit, err := assemble.LoadKit(templates.FS, templates.Display)
	errs.Merge(err)
	parties, err := spec.LoadParties(templates.FS, "parties.yaml", filepath.Join(templates.Display, "parties.yaml"))
	errs.Merge(err)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	hashes := maps.Clone(kit.Files)
	if src, err := decode.ReadFile(templates.FS, "parties.yaml"); err == nil {
		hashes["parties.yaml"] = generator.Hash(src)
	}
	return &Project{Library: lib, Kit: kit, Loader: &spec.Loader{Library: lib, Parties: parties}, Templates: hashes}, nil
}

// Instrument loads and binds one spec file.
func (p *Project) Instrument(path string) (*generator.Instrument, error) {
	src, err := decode.ReadPath(path)
	if err != nil {
		return nil, generator.Errorf(generator.Position{File: path}, "cannot read spec: %v", unwrapPath(err))
	}
	return p.Loader.Load(path, src)
}

// Draft loads, binds and assembles one spec file.
func (p *Project) Draft(path string) (*generator.Draft, error) {
	return p.DraftContext(context.Background(), path)
}

// DraftContext is Draft that stops once ctx is done (Ctrl-C).
func (p *Project) DraftContext(ctx context.Context, path string) (*generator.Draft, error) {
	in, err := p.Instrument(path)
	if err != nil {
		return nil, err
	}
	return p.Kit.WithContext(ctx).Assemble(in)
}

// SpecFiles expands the arguments: a file stands for itself, a folder for the *.yaml and *.yml
// files in it, sorted.
func SpecFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, generator.Errorf(generator.Position{File: a}, "%v", unwrapPath(err))
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, generator.Errorf(generator.Position{File: a}, "%v", unwrapPath(err))
		}
		var found []string
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
				found = append(found, filepath.Join(a, e.Name()))
			}
		}
		if len(found) == 0 {
			return nil, generator.Errorf(generator.Position{File: a}, "no specs (*.yaml) in this folder")
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func unwrapPath(err error) string {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return strings.TrimPrefix(pe.Err.Error(), "open ")
	}
	return err.Error()
}
