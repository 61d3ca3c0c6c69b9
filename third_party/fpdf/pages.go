// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).
// It is under the same MIT-style license, in the LICENSE file.

package fpdf

import (
	"bytes"
	"sync"
)

// pages holds the content buffers of pages already written into their documents, for the
// pages of later documents: a process that makes many documents fills the same buffers
// rather than allocating and clearing new ones.
var pages sync.Pool

// pageBuffer returns an empty page buffer with room for at least size bytes.
func pageBuffer(size int) *bytes.Buffer {
	b, _ := pages.Get().(*bytes.Buffer)
	if b == nil {
		return bytes.NewBuffer(make([]byte, 0, size))
	}
	b.Reset()
	b.Grow(size)
	return b
}

// releasePage gives b back once its content is compressed into the document, and returns the
// empty buffer that stands for the page in its place.
func releasePage(b *bytes.Buffer) *bytes.Buffer {
	pages.Put(b)
	return new(bytes.Buffer)
}

// Bytes closes the document if it is open and returns it, without the copy Output makes into
// a writer. The document owns the bytes until then; f is closed afterwards, as after Output.
func (f *Fpdf) Bytes() ([]byte, error) {
	if f.err != nil {
		return nil, f.err
	}
	if f.state < 3 {
		f.Close()
	}
	if f.err != nil {
		return nil, f.err
	}
	return f.buffer.Bytes(), nil
}

// presize deflates the pages (when the document is compressed) and cuts the UTF-8 fonts
// before anything of them is written, and makes room in the document's buffer for all of it,
// so that the buffer is allocated once rather than doubled and copied as it fills. It returns
// the deflated pages, by page number; putfonts takes the cuts from f.cuts.
func (f *Fpdf) presize() []*membuffer {
	if !f.compress {
		return nil
	}
	deflated := make([]*membuffer, f.page+1)
	n := 16 << 10 // the catalogue, info, resources and the like
	for p := 1; p <= f.page; p++ {
		deflated[p] = xmem.compress(f.pages[p].Bytes())
		n += deflated[p].buf.Len() + 512 // with the page object and its links
	}
	f.cuts = map[string]*fontCut{}
	for key, font := range f.fonts {
		if font.Tp == "UTF8" {
			c := f.utf8Cut(&font)
			f.cuts[key] = c
			n += len(c.file) + len(c.cidToGID) + len(c.widths) + 2048 // with the font's objects
		}
	}
	n += 256*len(f.outlines) + 20*(f.n+8*len(f.fonts)+2*f.page) // bookmarks; the xref table
	f.buffer.Grow(n)
	return deflated
}
