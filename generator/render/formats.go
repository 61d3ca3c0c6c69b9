package render

import (
	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/html"
	"github.com/guarantor-dev/guarantor/generator/render/markdown"
	"github.com/guarantor-dev/guarantor/generator/render/pdf"
)

// The renderers of the rows of Formats.

func markdownOne(in *Input, l generator.Lang) ([]byte, error) {
	m, err := in.Model(l)
	if err != nil {
		return nil, err
	}
	return markdown.Render(m), nil
}

func htmlOne(in *Input, l generator.Lang) ([]byte, error) {
	doc, err := in.Document(l)
	if err != nil {
		return nil, err
	}
	return html.Render(doc)
}

func pdfOne(in *Input, l generator.Lang) ([]byte, error) {
	doc, err := in.Document(l)
	if err != nil {
		return nil, err
	}
	return pdf.Render(doc, pdf.Options{Date: in.Opt.Date})
}

func pdfParallel(in *Input, left, right generator.Lang) ([]byte, error) {
	l, err := in.Document(left)
	if err != nil {
		return nil, err
	}
	r, err := in.Document(right)
	if err != nil {
		return nil, err
	}
	return pdf.Parallel(l, r, pdf.Options{Date: in.Opt.Date})
}
