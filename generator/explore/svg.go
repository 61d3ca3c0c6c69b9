package explore

import (
	"bytes"
	"fmt"
	"html"
	"sort"

	"github.com/guarantor-dev/guarantor/generator"
)

// SVG plots credibility against feasibility: one disc per distinct point, its area growing with
// the number of combinations that tie there, the frontier joined. link, when given, makes each
// point a link (to the first combination at it).
func SVG(title string, rs []*Result, link func(*Result) string) []byte {
	const w, h, left, bottom, top, right = 720, 520, 110, 90, 50, 30
	n := len(generator.Ratings)
	x := func(f int) float64 { return left + (float64(f)+0.5)*float64(w-left-right)/float64(n) }
	y := func(c int) float64 { return float64(h-bottom) - (float64(c)+0.5)*float64(h-bottom-top)/float64(n) }
	type point struct{ c, f int }
	at := map[point][]*Result{}
	for _, r := range rs {
		if r.Err == "" {
			p := point{r.Score.Credibility, r.Score.Feasibility}
			at[p] = append(at[p], r)
		}
	}
	var pts []point
	for p := range at {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].c < pts[j].c || pts[i].c == pts[j].c && pts[i].f < pts[j].f })
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" font-family="Liberation Sans, Arial, sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<title>Combinations on %s: credibility against feasibility</title>`+"\n", html.EscapeString(title))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="28" font-size="15" font-weight="bold">%s</text>`+"\n", left, html.EscapeString(title))
	for i, r := range generator.Ratings {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#e3e6eb"/>`+"\n", x(i), top, x(i), h-bottom)
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e3e6eb"/>`+"\n", left, y(i), w-right, y(i))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%s</text>`+"\n", x(i), h-bottom+18, r)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>`+"\n", left-8, y(i), r)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" font-weight="bold">political feasibility</text>`+"\n", (left+w-right)/2, h-bottom+40)
	fmt.Fprintf(&b, `<text transform="translate(22 %d) rotate(-90)" text-anchor="middle" font-weight="bold">credibility</text>`+"\n", (top+h-bottom)/2)
	var line []point
	for _, p := range pts {
		for _, r := range at[p] {
			if r.Frontier {
				line = append(line, p)
				break
			}
		}
	}
	if len(line) > 1 {
		b.WriteString(`<polyline fill="none" stroke="#b42318" stroke-width="2" points="`)
		for _, p := range line {
			fmt.Fprintf(&b, "%.1f,%.1f ", x(p.f), y(p.c))
		}
		b.WriteString("\"/>\n")
	}
	for _, p := range pts {
		rs := at[p]
		front := false
		for _, r := range rs {
			front = front || r.Frontier
		}
		rad := 5.0 + 2.5*float64(len(fmt.Sprint(len(rs))))
		fill := "#2f5aa8"
		if front {
			fill = "#b42318"
		}
		label := fmt.Sprintf("%s credibility, %s feasibility: %d combination(s), e.g. #%d %s",
			generator.Ratings[p.c], generator.Ratings[p.f], len(rs), rs[0].Combo.ID, rs[0].Combo.Label())
		if link != nil {
			fmt.Fprintf(&b, `<a href="%s" class="point" aria-label="%s">`, html.EscapeString(link(rs[0])), html.EscapeString(label))
		}
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" fill-opacity="0.85"><title>%s</title></circle>`, x(p.f), y(p.c), rad, fill, html.EscapeString(label))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" dominant-baseline="central" fill="#fff" font-size="10">%d</text>`, x(p.f), y(p.c), len(rs))
		if link != nil {
			b.WriteString("</a>")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="10" fill="#5b6474">Red: the Pareto frontier (no combination is both more credible and more feasible); a number is how many combinations tie at the point.</text>`+"\n", left, h-28)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="10" fill="#5b6474">Model: docs/explore.md (strongest option, form, verification, response floor, term, reviewer errors; hardest option, ratification).</text>`+"\n", left, h-12)
	b.WriteString("</svg>\n")
	return b.Bytes()
}
