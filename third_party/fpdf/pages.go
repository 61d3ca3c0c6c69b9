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
