// This file is not part of upstream fpdf: guarantor added it (see PATCHES.md).
// It is under the same MIT-style license, in the LICENSE file.

package fpdf

import (
	"bytes"
	"encoding/binary"
	"slices"
	"sync"
)

// fontCut is what a document embeds for a UTF-8 font: the subset of the font file with the
// runes it uses, deflated, the /W widths entry and the deflated CIDToGIDMap. It depends only on
// the font and the runes used, so documents that use the same font and the same runes share
// one; it is never changed once made.
type fontCut struct {
	file     []byte // the deflated subset
	fileSize int    // its length before deflating (/Length1)
	widths   string // "/W [...]"
	cidToGID []byte // deflated
}

// fontCuts keeps the cuts made, by font and used runes, up to fontCutLimit of them: a process
// that builds many documents sees few distinct sets of runes per font.
var fontCuts struct {
	sync.Mutex
	byKey map[fontCutKey]*fontCut
}

const fontCutLimit = 256

type fontCutKey struct {
	font  *cutTables // shared by every document's copy of one parsed font
	runes string     // the used runes and their values, in rune order
}

// utf8Cut returns the cut of font for the runes it used, making it if no document made it
// before. It leaves font.utf8File as GenerateCutFont would (the caller reads no more of it).
func (f *Fpdf) utf8Cut(font *fontDefType) *fontCut {
	delete(font.usedRunes, 0)
	shared := font.utf8File.cut != nil
	key := fontCutKey{font: font.utf8File.cut, runes: runesKey(font.usedRunes)}
	if shared {
		fontCuts.Lock()
		c := fontCuts.byKey[key]
		fontCuts.Unlock()
		if c != nil {
			return c
		}
	}
	c := makeCut(font)
	if shared {
		fontCuts.Lock()
		if fontCuts.byKey == nil {
			fontCuts.byKey = map[fontCutKey]*fontCut{}
		}
		if len(fontCuts.byKey) < fontCutLimit {
			fontCuts.byKey[key] = c
		}
		fontCuts.Unlock()
	}
	return c
}

// makeCut subsets the font, as upstream putfonts did inline.
func makeCut(font *fontDefType) *fontCut {
	stream := font.utf8File.GenerateCutFont(font.usedRunes)
	codes := font.utf8File.CodeSymbolDictionary
	delete(codes, 0)
	c := &fontCut{fileSize: len(stream), widths: generateCIDFontMap(font, font.utf8File.LastRune)}
	// Patched: the map ends at the last code used, not at 0xFFFF; the codes past it, which no
	// text uses, were all 0 (.notdef).
	n := 0
	for cc := range codes {
		n = max(n, cc+1)
	}
	cidToGidMap := make([]byte, n*2)
	for cc, glyph := range codes {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	c.cidToGID = deflated(cidToGidMap)
	c.file = deflated(stream)
	return c
}

// deflated returns a private copy of the deflated data.
func deflated(data []byte) []byte {
	mem := xmem.compress(data)
	defer mem.release()
	return bytes.Clone(mem.bytes())
}

func runesKey(used map[int]int) string {
	runes := make([]int, 0, len(used))
	for r := range used {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	b := make([]byte, 0, 8*len(runes))
	for _, r := range runes {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
		b = binary.LittleEndian.AppendUint32(b, uint32(used[r]))
	}
	return string(b)
}
