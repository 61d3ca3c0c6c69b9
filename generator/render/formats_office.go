package render

import (
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/akn"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
)

// The renderers of the Word and Akoma Ntoso rows of Formats.

// WordOptions are the choices of Word documents that are not in the draft.
type WordOptions struct {
	Reference *docx.Reference // a house template whose styles replace ours; nil for ours
	Comments  []*docx.Comment // attached to the articles they concern
}

func (in *Input) docxOptions() docx.Options {
	return docx.Options{Date: in.Opt.Date, Reference: in.Opt.Word.Reference, Comments: in.Opt.Word.Comments}
}

func docxOne(in *Input, l generator.Lang) ([]byte, error) {
	m, err := in.Model(l)
	if err != nil {
		return nil, err
	}
	return docx.Render(m, in.docxOptions())
}

func docxParallel(in *Input, left, right generator.Lang) ([]byte, error) {
	l, err := in.Model(left)
	if err != nil {
		return nil, err
	}
	r, err := in.Model(right)
	if err != nil {
		return nil, err
	}
	return docx.Parallel(l, r, in.docxOptions())
}

func aknOne(in *Input, l generator.Lang) ([]byte, error) {
	m, err := in.Model(l)
	if err != nil {
		return nil, err
	}
	return akn.Render(m)
}
