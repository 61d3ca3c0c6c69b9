package docx

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

// Run is a piece of inline text with one face.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	Break  bool // a line break (a hard break in the Markdown); Text is empty
}

// Runs parses Markdown as inline text in language l (with its typography: quotes, dashes) and
// returns its runs. White space at either end is kept as one space.
func Runs(l generator.Lang, md string) []Run {
	body := strings.TrimSpace(md)
	var out []Run
	if body == "" {
		if md != "" {
			out = append(out, Run{Text: " "})
		}
		return out
	}
	if body != md && unicode.IsSpace(rune(md[0])) {
		out = append(out, Run{Text: " "})
	}
	src := []byte(body)
	root := document.Markdown(l).Parser().Parse(text.NewReader(src))
	w := &runWalker{src: src}
	for b := root.FirstChild(); b != nil; b = b.NextSibling() {
		if len(w.out) > 0 {
			w.add(Run{Text: " "})
		}
		w.walk(b, false, false)
	}
	out = append(out, w.out...)
	if strings.TrimRightFunc(md, unicode.IsSpace) != md {
		out = append(out, Run{Text: " "})
	}
	return out
}

// PlainText returns inline Markdown as plain text, without its emphasis marks.
func PlainText(l generator.Lang, md string) string {
	var b strings.Builder
	for _, r := range Runs(l, md) {
		if r.Break {
			b.WriteString(" ")
		}
		b.WriteString(r.Text)
	}
	return b.String()
}

type runWalker struct {
	src []byte
	out []Run
}

// add appends a run, merging it into the previous one when the faces are the same.
func (w *runWalker) add(r Run) {
	if n := len(w.out); n > 0 && !r.Break && !w.out[n-1].Break && w.out[n-1].Bold == r.Bold && w.out[n-1].Italic == r.Italic {
		w.out[n-1].Text += r.Text
		return
	}
	w.out = append(w.out, r)
}

func (w *runWalker) walk(n ast.Node, bold, italic bool) {
	switch n := n.(type) {
	case *ast.Text:
		w.add(Run{Text: string(n.Segment.Value(w.src)), Bold: bold, Italic: italic})
		switch {
		case n.HardLineBreak():
			w.out = append(w.out, Run{Break: true})
		case n.SoftLineBreak():
			w.add(Run{Text: " ", Bold: bold, Italic: italic})
		}
		return
	case *ast.String:
		w.add(Run{Text: string(n.Value), Bold: bold, Italic: italic})
		return
	case *ast.Emphasis:
		bold, italic = bold || n.Level >= 2, italic || n.Level == 1
	case *ast.AutoLink:
		w.add(Run{Text: string(n.URL(w.src)), Bold: bold, Italic: italic})
		return
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			w.add(Run{Text: string(seg.Value(w.src)), Bold: bold, Italic: italic})
		}
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.walk(c, bold, italic)
	}
}
