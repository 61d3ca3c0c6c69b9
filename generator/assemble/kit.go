package assemble

import (
	"context"
	"fmt"
	"io/fs"
	"path"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/decode"
	"github.com/guarantor-dev/guarantor/generator/tmpl"
)

// Kit holds what assembly needs besides the instrument: the vocabulary of each form and the
// form templates (templates/<form>.<lang>.md.tmpl).
type Kit struct {
	vocab map[key]map[string]string
	forms map[key]generator.Body // parsed, with their source for placing errors
	Files map[string]string      // template file name -> sha256, for manifests
	bind  *tmpl.Binder           // bound copies of the clause and form templates, reused across drafts
	ctx   context.Context        // stops template execution when done; see WithContext
	memo  *memo                  // clause texts of earlier drafts, or nil; see WithMemo
}

type key struct {
	lang generator.Lang
	form generator.Form
}

// LoadKit reads the vocabulary and the form templates from fsys; display is the folder name
// shown in errors.
func LoadKit(fsys fs.FS, display string) (*Kit, error) {
	k := &Kit{forms: map[key]generator.Body{}, Files: map[string]string{}, bind: &tmpl.Binder{}}
	var errs generator.ErrorList
	vsrc, err := k.read(fsys, "vocabulary.yaml")
	if err != nil {
		return nil, generator.Errorf(generator.Position{File: path.Join(display, "vocabulary.yaml")}, "%v", err)
	}
	k.vocab, err = parseVocabulary(path.Join(display, "vocabulary.yaml"), vsrc)
	errs.Merge(err)
	for _, f := range generator.Forms {
		for _, l := range generator.Langs {
			name := fmt.Sprintf("%s.%s.md.tmpl", f, l)
			src, err := k.read(fsys, name)
			if err != nil {
				errs.Addf(generator.Position{File: path.Join(display, name)}, "missing form template: %v", err)
				continue
			}
			body := generator.Body{Src: string(src), Pos: generator.Position{File: path.Join(display, name), Line: 1}}
			t, err := tmpl.Parse(body)
			if err != nil {
				errs.Merge(err)
				continue
			}
			body.Tmpl = t
			k.forms[key{l, f}] = body
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return k, nil
}

func (k *Kit) read(fsys fs.FS, name string) ([]byte, error) {
	src, err := decode.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	k.Files[name] = generator.Hash(src)
	return src, nil
}

// parseVocabulary reads term -> lang -> form -> words, and expands it into one table per
// language and form with the fallbacks described in vocabulary.yaml.
func parseVocabulary(display string, src []byte) (map[key]map[string]string, error) {
	f, err := decode.Parse(display, src, 0)
	if err != nil {
		return nil, err
	}
	var raw map[string]map[string]map[string]string
	if err := f.Decode(&raw); err != nil {
		return nil, err
	}
	out := map[key]map[string]string{}
	for _, l := range generator.Langs {
		for _, fm := range generator.Forms {
			table := map[string]string{}
			for term := range raw {
				if w, ok := lookup(raw, term, l, fm); ok {
					table[term] = w
				}
			}
			out[key{l, fm}] = table
		}
	}
	return out, nil
}

var cases = []string{"Gen", "Dat", "Acc", "Ins", "Loc"}

func lookup(raw map[string]map[string]map[string]string, term string, l generator.Lang, f generator.Form) (string, bool) {
	if byForm, ok := raw[term][string(l)]; ok {
		if w, ok := byForm[string(f)]; ok {
			return w, true
		}
		if w, ok := byForm[string(generator.MoU)]; ok && f == generator.Declaration {
			return w, true
		}
		return "", false
	}
	for _, c := range cases {
		if base := term[:max(0, len(term)-len(c))]; base != "" && base+c == term {
			return lookup(raw, base, l, f)
		}
	}
	return "", false
}
