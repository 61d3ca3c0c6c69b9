package pdf

// laid is a block broken into lines.
type laid struct {
	b     *block
	lines []line
}

func (l laid) height(from, to int) float64 {
	h := 0.0
	for _, ln := range l.lines[from:to] {
		h += ln.height
	}
	return h
}

// whole reports whether the block is kept on one page: when it asks to be and can be (a short
// table whose cell of 800 words makes it taller than a page cannot).
func (l laid) whole() bool {
	return l.b.whole && l.height(0, len(l.lines)) <= 2*bandHeight
}

// item is a line placed on a page: x and y are the top left of its box.
type item struct {
	x, y float64
	line *line
	b    *block // set on the first line of a block
}

// page is the items placed on one page.
type page struct{ items []item }

// minLines is the fewest lines of a paragraph left at the foot of a page (orphans) or carried
// to the next (widows).
const minLines = 2

// cursor flows a sequence of blocks into a column, page after page.
type cursor struct {
	items  []laid
	view   []laid // items and what follows them, for keep-with-next; items when nil
	foot   *foot  // the column's footnotes
	bi, li int
}

// startFits reports whether the next block may start at y.
func (c *cursor) startFits(y, bottom float64) bool {
	if c.done() {
		return true
	}
	return y+c.items[c.bi].b.before+c.need(c.bi) <= bottom-c.foot.height()
}

func (c *cursor) done() bool { return c.bi >= len(c.items) }

// fill places lines on pg at x from y down to bottom (top is the top of the column, where
// space above a block is dropped) and returns the y below the last line placed. It stops
// early when the next lines belong on the next page.
func (c *cursor) fill(pg *page, x, y, top, bottom float64) float64 {
	for !c.done() {
		it := c.items[c.bi]
		fresh := y <= top // nothing on the column yet: something must be placed
		if c.li == 0 {
			before := it.b.before
			if y <= top {
				before = 0
			}
			if y > top && (it.b.pageBreak || y+before+c.need(c.bi) > bottom-c.foot.height()) {
				return y
			}
			y += before
		} else {
			y = repeatHead(pg, it, x, y)
		}
		n := len(it.lines) - c.li
		k := c.fits(it, y, bottom, fresh)
		if k == 0 {
			return y
		}
		for i := c.li; i < c.li+k; i++ {
			itm := item{x: x, y: y, line: &it.lines[i]}
			if i == 0 {
				itm.b = it.b
			}
			pg.items = append(pg.items, itm)
			c.foot.add(&it.lines[i])
			y += it.lines[i].height
		}
		if k < n {
			c.li += k
			return y
		}
		y += it.b.after
		c.bi, c.li = c.bi+1, 0
	}
	return y
}

// repeatHead sets again, at the top of a column, the lines a block repeats on every page it
// runs onto (a table's header row); it returns the y below them.
func repeatHead(pg *page, it laid, x, y float64) float64 {
	for i := range it.b.repeat {
		pg.items = append(pg.items, item{x: x, y: y, line: &it.lines[i]})
		y += it.lines[i].height
	}
	return y
}

// fits returns how many of the remaining lines of it to place from y: all that fit with
// the footnotes they refer to, less any that would leave a widow or an orphan; at least one
// at the top of a column (fresh), even below a repeated table header, so layout always ends.
func (c *cursor) fits(it laid, y, bottom float64, fresh bool) int {
	n := len(it.lines) - c.li
	fit := 0
	var pending []int
	limit := bottom - c.foot.height() + 0.01
	for h := y; fit < n; fit++ {
		ln := &it.lines[c.li+fit]
		var more float64
		pending, more = c.foot.more(ln, pending)
		if h+ln.height > limit-more {
			break
		}
		h += ln.height
		limit -= more
	}
	if fit >= n {
		return n
	}
	k := fit
	if it.whole() {
		k = 0
	}
	if n-k < minLines {
		k = n - minLines
	}
	if c.li == 0 && k < minLines {
		k = 0
	}
	if k <= 0 && fresh {
		k = max(fit, 1)
	}
	return max(k, 0)
}

// need is the height block i needs at the foot of a page before it may start there: its
// first lines (all of a short, whole or keep-with-next block), and what the next block needs
// when this one must be kept with it.
func (c *cursor) need(i int) float64 {
	items := c.view
	if items == nil {
		items = c.items
	}
	return need(items, i)
}

func need(items []laid, i int) float64 {
	it := items[i]
	n := len(it.lines)
	h := it.height(0, n)
	if !it.whole() && !it.b.keepNext && n >= 2*minLines {
		h = it.height(0, minLines)
	}
	if it.b.keepNext && i+1 < len(items) {
		h += it.b.after + items[i+1].b.before + need(items, i+1)
	}
	return h
}
