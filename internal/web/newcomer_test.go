package web

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/generator/review"
)

// TestBrowserNewcomer walks the path of someone who never reads YAML: create a treaty from the
// list, tick the guarantee's clause, apply the reviewer's quick fixes one click at a time until
// it reports no error and offers no more fixes, save, and find the spec on disk reviewed clean.
func TestBrowserNewcomer(t *testing.T) {
	dir := copyDrafts(t, "coalition-mou-15y.yaml")
	b, s := newBrowser(t, dir)
	b.run("new spec", chromedp.Navigate(b.url+"/?ui=en"), chromedp.WaitVisible(chromedp.CSS("form.new-spec")),
		chromedp.SendKeys(chromedp.CSS(`input[name="new.name"]`), "our-treaty"),
		chromedp.Click(chromedp.CSS(`input[name="new.start"][value="own"]`)), b.shot("n1-new.png"),
		chromedp.Click(chromedp.CSS("#new-create")))
	b.run("editor", chromedp.WaitVisible(chromedp.CSS("iframe.page")))
	if got := eval[string](b, "location.pathname"); got != "/edit/our-treaty.yaml" {
		t.Fatalf("the new spec opened at %s", got)
	}
	b.waitFor("a treaty with its final clauses", `document.querySelector("select[name=form]").value === "treaty" &&
		document.querySelector('input.use[value="final/ratification"]').checked`)

	// The guarantee: ticking it ticks the definition it needs, and the draft follows.
	b.run("tick the guarantee", chromedp.Click(chromedp.CSS(`input.use[value="defence/art5-style"]`)))
	b.waitFor("definition ticked too", `document.querySelector('input.use[value="definitions/armed-attack"]').checked`)
	b.waitFor("draft has the guarantee", fmt.Sprintf(draftHas, "an attack against them all"))
	b.waitFor("the definition comes first", fmt.Sprintf(draftHas, "Article 1 — Armed attack"))
	b.run("screenshot", b.shot("n2-clauses.png"))

	// Quick fixes, one click each, until none is offered.
	applied := 0
	for ; applied < 20; applied++ {
		label := eval[string](b, `(document.querySelector(".finding:not(.sev-info) button.quickfix") || {}).textContent || ""`)
		if label == "" {
			break
		}
		b.run("quick fix: "+label, js(`window.gwBefore = document.querySelector("#workspace")`),
			chromedp.Click(chromedp.CSS(".finding:not(.sev-info) button.quickfix")))
		b.waitFor("applied", `document.querySelector("#workspace") !== window.gwBefore && !!document.querySelector("iframe.page")`)
	}
	if applied < 3 {
		t.Errorf("only %d quick fixes applied", applied)
	}
	b.waitFor("no error", `document.querySelector(".findings .pill.sev-error").textContent.trim() === "0"`)
	b.run("screenshot", b.shot("n3-fixed.png"))

	b.run("save", chromedp.Click(chromedp.CSS("#save")))
	b.waitFor("saved", `document.querySelector("#status").textContent.includes("Saved")`)
	src, err := os.ReadFile(filepath.Join(dir, "our-treaty.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"defence/art5-style", "definitions/armed-attack"} {
		if !strings.Contains(string(src), "use: "+id) {
			t.Errorf("saved spec lacks %s:\n%s", id, src)
		}
	}
	st, err := stateOf("our-treaty.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	o := evaluate(s.project, "our-treaty.yaml", src, st)
	if !o.Valid() || o.Report.Count(review.Error) > 0 || o.Draft.Instrument.Form != generator.Treaty {
		t.Errorf("the saved treaty does not pass: valid %v, %+v", o.Valid(), o.Report.Summary())
	}
	t.Logf("%d quick fixes; saved treaty: %s", applied, o.Report.Summary().Counts())
}
