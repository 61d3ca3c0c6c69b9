package html

import (
	"bufio"
	"bytes"
	"html"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/render/document"
)

var (
	rendererOnce sync.Once
	bodyRenderer renderer.Renderer
)

// nodes returns the goldmark renderer for the body: CommonMark HTML (raw HTML in a clause is
// dropped, not passed through), tables, footnotes and signature blocks. It is safe for
// concurrent use.
func nodes() renderer.Renderer {
	rendererOnce.Do(func() {
		bodyRenderer = renderer.NewRenderer(renderer.WithNodeRenderers(
			util.Prioritized(ghtml.NewRenderer(), 1000),
			util.Prioritized(extension.NewTableHTMLRenderer(), 500),
			util.Prioritized(extension.NewFootnoteHTMLRenderer(), 500),
			util.Prioritized(signatures{}, 100),
		))
	})
	return bodyRenderer
}

// Render returns the page for a document.
func Render(doc *document.Document) ([]byte, error) {
	var b bytes.Buffer
	head(&b, doc)
	b.WriteString("<body>\n<main>\n")
	title := titleNode(doc)
	if title == nil {
		titleBlock(&b, doc)
	}
	r := nodes()
	w := bufio.NewWriter(&b) // one for every node: goldmark makes one per call unless given one
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if err := r.Render(w, doc.Source, n); err != nil { // flushes w
			return nil, err
		}
		if n == title {
			titleBlock(&b, doc)
		}
	}
	b.WriteString("</main>\n</body>\n</html>\n")
	return b.Bytes(), nil
}

// titleNode is the level-1 heading that gives the instrument's title, or nil.
func titleNode(doc *document.Document) ast.Node {
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			return h
		}
	}
	return nil
}

// titleBlock follows the title: the place and date, and the table of contents.
func titleBlock(b *bytes.Buffer, doc *document.Document) {
	if pd := doc.PlaceDate(); pd != "" {
		b.WriteString(`<p class="place-date">` + esc(pd) + "</p>\n")
	}
	toc(b, doc)
}

// toc lists every article with a link to it; it is not printed.
func toc(b *bytes.Buffer, doc *document.Document) {
	if len(doc.Articles) == 0 {
		return
	}
	w := doc.Words()
	b.WriteString(`<nav class="toc" aria-labelledby="toc-title">` + "\n")
	b.WriteString(`<h2 id="toc-title">` + esc(w.Contents) + "</h2>\n<ol>\n")
	for _, e := range doc.Articles {
		b.WriteString(`<li><a href="#` + esc(e.ID) + `">` + esc(e.Title(doc.Lang)) + "</a></li>\n")
	}
	b.WriteString("</ol>\n</nav>\n")
}

func esc(s string) string { return html.EscapeString(s) }

// langTag is the BCP 47 tag of a language as written in the page.
func langTag(l generator.Lang) string {
	if l == generator.Ukrainian {
		return "uk"
	}
	return "en"
}
