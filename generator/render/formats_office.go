package render

import (
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/akn"
	"github.com/guarantor-dev/guarantor/generator/render/docx"
)

// The renderers of the Word and Akoma Ntoso rows of Formats.

func docxOne(in *Input, l generator.Lang) ([]byte, error) {
	m, err := in.Model(l)
	if err != nil {
		return nil, err
	}
	return docx.Render(m, docx.Options{Date: in.Opt.Date})
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
	return docx.Parallel(l, r, docx.Options{Date: in.Opt.Date})
}

func aknOne(in *Input, l generator.Lang) ([]byte, error) {
	m, err := in.Model(l)
	if err != nil {
		return nil, err
	}
	return akn.Render(m)
}
