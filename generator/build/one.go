package build

import (
	"context"
	"path/filepath"
	"slices"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

// one builds a loaded draft unless its manifest shows it is up to date; with Check it only
// finds out whether the draft would change.
func (r *Runner) one(ctx context.Context, res *Result) {
	in := res.in
	res.Name, res.Dir = in.Name, filepath.Join(r.Out, in.Name)
	for _, l := range r.Options.Langs {
		if !slices.Contains(in.Languages, l) {
			res.Err = generator.Errorf(generator.Position{File: res.Spec}, "--lang %s: the spec has no %s text", l, l).
				WithHint("its languages: %s", langList(in.Languages))
			return
		}
	}
	old, err := ReadManifest(res.Dir)
	if err != nil {
		res.Err = err
		return
	}
	res.Reason = r.staleness(old, res.Dir, r.Project.Inputs(in, r.Options))
	if res.Reason == "" {
		res.Status, res.Review = Unchanged, old.Review
		return
	}
	if old != nil && !r.Force && !r.Check {
		if edited := old.edited(res.Dir); len(edited) > 0 {
			res.Status, res.Edited, res.Review = Kept, edited, old.Review
			return
		}
	}
	d, err := r.Project.Kit.WithContext(ctx).Assemble(in)
	if err != nil {
		res.Err = err
		return
	}
	if r.Check {
		rep := r.Project.Review.Review(d)
		rep.Adjust(r.Options.Severity)
		res.Status, res.Review = Stale, rep.Summary()
		return
	}
	files, rep, err := r.Project.Files(d, r.Options)
	if err != nil {
		res.Err = err
		return
	}
	if err := WriteAll(res.Dir, files); err != nil {
		res.Err = err
		return
	}
	res.Status, res.Review = Built, rep.Summary()
}

// staleness says why a draft must be built, or "" when its folder is up to date.
func (r *Runner) staleness(old *Manifest, dir string, now Inputs) string {
	switch {
	case old == nil:
		return "new"
	case old.Inputs.Hash != now.Hash:
		return "inputs changed"
	case !old.intact(dir, r.Check):
		return "outputs missing or modified"
	case r.Force && !r.Check:
		return "forced"
	}
	return ""
}

func langList(ls []generator.Lang) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}
