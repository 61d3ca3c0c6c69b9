package diff

import (
	"fmt"
	"html"
	"strings"

	"github.com/guarantor-dev/guarantor/generator"
)

const css = `body{font:12pt/1.45 "Times New Roman",serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:1.5em;text-align:center}h2{font-size:1.1em;text-align:center;margin-top:1.6em}
.meta{color:#555;text-align:center}.summary{border:1px solid #bbb;padding:.5em 1em;margin:1.5em 0}
.unit{padding-left:.8em;border-left:3px solid transparent}.unit.changed,.unit.added,.unit.removed,.unit.moved,.unit.away{border-left-color:#c00}
ins{color:#0645ad;text-decoration:underline}del{color:#b00;text-decoration:line-through}
.note{font-size:.9em;font-style:italic;color:#555}p{text-align:justify;margin:.4em 0}
.review li.added{color:#b00}.review li.removed{color:#070}
@media print{.unit{break-inside:avoid-page}}`

// HTML writes the redline as a standalone page: insertions underlined, deletions struck, a
// change bar at the left of every unit that changed, and a list of the changed articles.
func (r *Redline) HTML() []byte {
	var b strings.Builder
	w := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	e := html.EscapeString
	w("<!DOCTYPE html>\n<html lang=\"", string(r.Lang), "\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
		e(words(r.Lang, "Redline")+": "+r.New.Title), "</title>\n<style>", css, "</style>\n</head>\n<body>\n")
	w("<p class=\"meta\">", e(words(r.Lang, "Redline")), ": ", e(source(r.Old)), " → ", e(source(r.New)), "</p>\n")
	w("<h1>", e(r.New.Title), "</h1>\n")
	r.summaryHTML(w)
	for i, c := range r.Changes {
		r.unitHTML(w, i, c)
	}
	w("</body>\n</html>\n")
	return []byte(b.String())
}

func (r *Redline) summaryHTML(w func(...string)) {
	e := html.EscapeString
	n := r.Counts()
	w("<section class=\"summary\">\n<p><strong>", e(fmt.Sprintf("%d changed, %d added, %d removed, %d moved, %d unchanged",
		n[Changed], n[Added], n[Removed], n[Moved], n[Same])), "</strong></p>\n<ul>\n")
	for i, c := range r.Changes {
		if c.Status == Same || c.Status == MovedAway {
			continue
		}
		ins, del := c.Words()
		w("<li><a href=\"#u", fmt.Sprint(i), "\">", e(c.Title(r)), "</a>: ", c.Status.String())
		if c.Status == Changed || c.Status == Moved {
			w(fmt.Sprintf(" (+%d −%d words)", ins, del))
		}
		w("</li>\n")
	}
	w("</ul>\n")
	if r.Review != nil {
		w("<ul class=\"review\">\n")
		for _, f := range r.Review.Added {
			w("<li class=\"added\">", e(fmt.Sprintf("Introduced %s (%s) in %s: %s", f.Rule.ID, f.Severity, f.Where, f.Message)), "</li>\n")
		}
		for _, f := range r.Review.Removed {
			w("<li class=\"removed\">", e(fmt.Sprintf("Resolved %s (%s) in %s: %s", f.Rule.ID, f.Severity, f.Where, f.Message)), "</li>\n")
		}
		w("</ul>\n")
	}
	w("</section>\n")
}

var statusClass = map[Status]string{Same: "same", Changed: "changed", Added: "added", Removed: "removed",
	Moved: "moved", MovedAway: "away"}

func (r *Redline) unitHTML(w func(...string), i int, c *Change) {
	e := html.EscapeString
	u := c.Unit()
	w("<div class=\"unit ", statusClass[c.Status], "\" id=\"u", fmt.Sprint(i), "\">\n")
	paras := c.Paras
	if u.Section == Parts {
		w("<h2>", e(u.Label), " ", segsHTML(paras[0].Segs), "</h2>\n")
		paras = paras[1:]
	}
	switch c.Status {
	case Moved:
		w("<p class=\"note\">", e(fmt.Sprintf(words(r.Lang, "moved from %s"), c.Old.Label)), "</p>\n")
	case MovedAway:
		w("<p class=\"note\">", e(fmt.Sprintf(words(r.Lang, "moved to %s"), c.newLabel(r))), "</p>\n")
		w("</div>\n")
		return
	}
	for _, p := range paras {
		w("<p>", segsHTML(p.Segs), "</p>\n")
	}
	w("</div>\n")
}

// newLabel is the label a unit that moved away has in the new draft.
func (c *Change) newLabel(r *Redline) string {
	for _, o := range r.Changes {
		if o.Status == Moved && o.Old == c.Old {
			return o.New.Label
		}
	}
	return ""
}

func segsHTML(segs []Seg) string {
	var b strings.Builder
	for _, s := range segs {
		t := html.EscapeString(s.Text)
		switch s.Op {
		case Insert:
			b.WriteString("<ins>" + t + "</ins>")
		case Delete:
			b.WriteString("<del>" + t + "</del>")
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

// words translates the redline's few words of its own.
func words(l generator.Lang, s string) string {
	if l != generator.Ukrainian {
		return s
	}
	return map[string]string{"Redline": "Порівняльна редакція", "moved from %s": "переміщено з: %s",
		"moved to %s": "переміщено до: %s", "was": "раніше"}[s]
}

// source names a text by its spec file and date: "drafts/treaty.yaml, 22 November 2026".
func source(d *generator.Doc) string {
	if d.Instrument == nil {
		return d.Marking.Date
	}
	return d.Instrument.File + ", " + d.Marking.Date
}
