// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).
// It is under the same MIT-style license, in the LICENSE file.

package fpdf

import (
	"bytes"
	"sync"
)

// utf8Fonts holds the TrueType fonts AddUTF8FontFromBytes has seen, so that each font is
// parsed, prepared for subsetting and given its IDs once per process, not once per document.
// The fonts are found by length and then compared byte for byte, so a caller may reuse or
// change its slice.
var utf8Fonts struct {
	sync.Mutex
	byLen map[int][]*sharedUTF8Font
}

// sharedUTF8Font is a parsed font shared by documents. Only ids changes after it is built,
// under the utf8Fonts lock.
type sharedUTF8Font struct {
	data []byte            // a private copy of the font file
	file *utf8FontFile     // parsed by parseFile and prepared for GenerateCutFont
	ids  map[string]string // generateFontID by font key (the ID hashes the key too)
}

// sharedUTF8FontFor returns the shared font for the font file data, parsing it if needed.
func sharedUTF8FontFor(data []byte) (*sharedUTF8Font, error) {
	utf8Fonts.Lock()
	defer utf8Fonts.Unlock()
	for _, font := range utf8Fonts.byLen[len(data)] {
		if bytes.Equal(font.data, data) {
			return font, nil
		}
	}
	data = bytes.Clone(data)
	file := newUTF8Font(&fileReader{readerPosition: 0, array: data})
	if err := file.parseFile(); err != nil {
		return nil, err
	}
	file.cut = file.prepareCut()
	font := &sharedUTF8Font{data: data, file: file, ids: map[string]string{}}
	if utf8Fonts.byLen == nil {
		utf8Fonts.byLen = map[int][]*sharedUTF8Font{}
	}
	utf8Fonts.byLen[len(data)] = append(utf8Fonts.byLen[len(data)], font)
	return font, nil
}

// newFile returns a copy of the parsed font for one document: it shares the read-only
// tables and widths, and has its own reader and its own subsetting state.
func (font *sharedUTF8Font) newFile() *utf8FontFile {
	file := *font.file
	file.fileReader = &fileReader{readerPosition: 0, array: font.data}
	file.tableDescriptions = nil
	file.charSymbolDictionary = nil
	file.symbolPosition = nil
	file.outTablesData = nil
	file.symbolData = nil
	file.CodeSymbolDictionary = nil
	return &file
}

// fontID returns generateFontID(def) for a definition built from this font, computing it
// once per font key.
func (font *sharedUTF8Font) fontID(def fontDefType) string {
	utf8Fonts.Lock()
	defer utf8Fonts.Unlock()
	id, ok := font.ids[def.Name]
	if !ok {
		id, _ = generateFontID(def)
		font.ids[def.Name] = id
	}
	return id
}
