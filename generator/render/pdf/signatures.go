package pdf

// signatureRow sets the signature blocks of a row side by side: each party's label over a
// line to sign on, the lines of one row level with each other.
func signatureRow(b *block, width float64, t theme) line {
	const gutter = 10
	n := float64(max(b.perRow, len(b.cells)))
	cellW := min((width-gutter*(n-1))/n, 90)
	h := t.lineHeight(b.size)
	row := line{size: b.size}
	depth := 0
	var sets [][]line
	for _, cell := range b.cells {
		lb := &block{runs: cell, size: b.size, align: left}
		ls := breakLines(lb, cellW, t)
		sets = append(sets, ls)
		depth = max(depth, len(ls))
	}
	signAt := float64(depth-1)*h + 14 // baseline offset of the line to sign on
	for i, ls := range sets {
		x := float64(i) * (cellW + gutter)
		for j, l := range ls {
			for _, f := range l.frags {
				f.x += x
				f.dy = float64(j) * h
				row.frags = append(row.frags, f)
			}
		}
		row.rules = append(row.rules, hrule(x, x+cellW, signAt))
	}
	row.base = h * baseline
	row.height = row.base + signAt + 2
	return row
}
