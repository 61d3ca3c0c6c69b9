package diff

import (
	"bytes"
	"slices"
	"strings"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// Options are the choices of a redline that are not in the drafts.
type Options struct {
	Author string    // the author of the tracked changes
	Date   time.Time // the date of the tracked changes
	Langs  []generator.Lang
}

// Version is one side of a comparison: an assembled draft and its spec's source (read again by
// the reviewer to place its findings).
type Version struct {
	Draft  *generator.Draft
	Source []byte
}

// Files compares two drafts of one instrument in every language they share (or those of
// opt.Langs) and returns the redlines, "redline.<lang>.html", ".pdf" and ".docx", and the
// summary to print.
func Files(old, new Version, opt Options) (map[string][]byte, string, error) {
	oi, ni := old.Draft.Instrument, new.Draft.Instrument
	if oi.Form != ni.Form {
		return nil, "", generator.Errorf(generator.Position{File: ni.File}, "cannot compare a %s with a %s", oi.Form.Name(), ni.Form.Name()).
			WithHint("a redline compares two drafts of one form; %s is a %s", oi.File, oi.Form.Name())
	}
	langs, err := shared(oi, ni, opt.Langs)
	if err != nil {
		return nil, "", err
	}
	rc := []*review.Report{review.Review(old.Draft), review.Review(new.Draft)}
	files := map[string][]byte{}
	var sum bytes.Buffer
	for _, l := range langs {
		r, err := Compare(old.Draft.Docs[l], new.Draft.Docs[l])
		if err != nil {
			return nil, "", err
		}
		r.Review = CompareReviews(rc[0], rc[1], r.Old, r.New)
		files["redline."+string(l)+".html"] = r.HTML()
		doc, err := r.Word(opt.Author, opt.Date)
		if err != nil {
			return nil, "", err
		}
		files["redline."+string(l)+".docx"] = doc
		if files["redline."+string(l)+".pdf"], err = r.PDF(opt.Date); err != nil {
			return nil, "", err
		}
		r.Summary(&sum)
	}
	return files, sum.String(), nil
}

// shared returns the languages both drafts have, restricted to want when it is not empty.
func shared(oi, ni *generator.Instrument, want []generator.Lang) ([]generator.Lang, error) {
	var out []generator.Lang
	for _, l := range ni.Languages {
		if slices.Contains(oi.Languages, l) && (len(want) == 0 || slices.Contains(want, l)) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil, generator.Errorf(generator.Position{File: ni.File}, "the drafts share no language to compare").
			WithHint("%s is in %s, %s in %s", oi.File, list(oi.Languages), ni.File, list(ni.Languages))
	}
	return out, nil
}

func list(ls []generator.Lang) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}
