package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browserPath finds Debian's headless Chromium. Without one the test is skipped, except in CI
// (CI=true), where .ci/run installs it and its absence is a failure.
func browserPath(t *testing.T) string {
	for _, name := range []string{"chromium-headless-shell", "chromium", "chromium-browser", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no headless Chromium found; .ci/run installs chromium-headless-shell")
	}
	t.Skip("no headless Chromium (apt-get install chromium-headless-shell)")
	return ""
}

// shots is where the test writes a screenshot of each step: $GUARANTOR_SHOTS. Without it the
// test takes none, to stay fast.
func shots(t *testing.T) string {
	d := os.Getenv("GUARANTOR_SHOTS")
	if d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// draftHas is true when a page of the draft holds the text.
const draftHas = `[...document.querySelectorAll("iframe.page")].some(f => f.contentDocument && f.contentDocument.body && f.contentDocument.body.textContent.replace(/\u00a0/g, " ").includes(%q))`

// browser is a headless Chromium driving a workbench over a folder, with the steps the tests
// take: run actions, wait for a condition, take a screenshot.
type browser struct {
	t     *testing.T
	ctx   context.Context
	url   string // the workbench's
	out   string // where screenshots go; "" for none
	start time.Time
}

// newBrowser serves dir and opens a browser on it; both stop when the test ends.
func newBrowser(t *testing.T, dir string) (*browser, *Server) {
	exe := browserPath(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(testProject(t), dir, ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	s.exploreEvery = 25
	hs := &httptest.Server{Listener: ln, Config: &http.Server{Handler: s.Handler()}}
	hs.Start()
	t.Cleanup(hs.Close)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.WindowSize(1600, 1000), chromedp.Flag("lang", "en-GB"))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancel)
	return &browser{t: t, ctx: ctx, url: hs.URL, out: shots(t), start: time.Now()}, s
}

// shot writes a screenshot called name, when screenshots are asked for.
func (b *browser) shot(name string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		if b.out == "" {
			return chromedp.Void{}, nil
		}
		png, err := chromedp.CaptureScreenshot()(ctx, tg)
		if err != nil {
			return chromedp.Void{}, err
		}
		return chromedp.Void{}, os.WriteFile(filepath.Join(b.out, name), png, 0o644)
	}
}

// js evaluates a JavaScript expression for its effect.
func js(expr string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[any](expr)(ctx, tg)
		return chromedp.Void{}, err
	}
}

// run takes a step of actions.
func (b *browser) run(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	defer func() { b.t.Logf("%6.2fs %s", time.Since(b.start).Seconds(), step) }()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
}

// waitFor polls a JavaScript condition.
func (b *browser) waitFor(step, cond string) {
	b.t.Helper()
	defer func() { b.t.Logf("%6.2fs %s", time.Since(b.start).Seconds(), step) }()
	deadline := time.Now().Add(30 * time.Second) // generous: CI machines are shared
	for {
		if ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](cond)); err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			st, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`(document.querySelector("#status") || {}).textContent || ""`))
			b.t.Fatalf("%s: timed out waiting for %s (status: %q)", step, cond, st)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// eval returns the value of a JavaScript expression.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// TestBrowser drives the workbench in a real browser: open a spec, change a parameter and see
// the draft and the findings follow, show a finding in the draft from the keyboard, apply a
// quick fix, save, reload, be refused when the file changed on disk, switch to Ukrainian, open
// a combination from the explorer's plot, and compare the saved spec with the original.
func TestBrowser(t *testing.T) {
	dir := copyDrafts(t, "coalition-mou-15y.yaml")
	b, _ := newBrowser(t, dir)
	run, waitFor, shot, ctx, out := b.run, b.waitFor, b.shot, b.ctx, b.out
	hs := struct{ URL string }{b.url}

	const findingHas = `!!document.querySelector('.finding[data-rule=%q]')`
	base := hs.URL + "/edit/coalition-mou-15y.yaml"

	run("open the editor", chromedp.Navigate(hs.URL+"/?ui=en"), chromedp.WaitVisible(chromedp.CSS("table.specs")), shot("01-list.png"),
		chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS("iframe.page")))
	waitFor("draft shown", fmt.Sprintf(draftHas, "fifteen (15) years"))
	waitFor("short term reported", fmt.Sprintf(findingHas, "G502"))
	run("screenshot", shot("02-editor-en.png"))
	t.Run("labelled controls", func(t *testing.T) { checkLabels(t, ctx) })

	// Change a parameter: the draft and the findings follow.
	run("set years to 20", chromedp.SetValue(chromedp.CSS(`select[name="p.duration/fixed-term.years"]`), "20"),
		js(`document.querySelector('select[name="p.duration/fixed-term.years"]').dispatchEvent(new Event("change", {bubbles: true}))`))
	waitFor("draft updated", fmt.Sprintf(draftHas, "twenty (20) years"))
	waitFor("finding gone", "!"+fmt.Sprintf(findingHas, "G502"))
	run("screenshot", shot("03-param-changed.png"))

	// Keyboard: focus a finding and press Enter; its article lights up in the draft.
	run("show a finding", chromedp.Focus(chromedp.CSS(`.finding[data-target^="art-"] .finding-head`)), chromedp.KeyEvent("\r"))
	waitFor("highlight", `[...document.querySelectorAll("iframe.page")].some(f => f.contentDocument.querySelector(".gw-hl"))`)
	run("screenshot", shot("04-finding-shown.png"))

	// A quick fix applies in one click and can be undone.
	run("quick fix", chromedp.Click(chromedp.CSS(`.finding[data-rule="G101"] button.quickfix`)), chromedp.WaitVisible(chromedp.CSS("#undo")))
	waitFor("form is now a treaty", `document.querySelector('select[name=form]').value === "treaty"`)
	run("screenshot", shot("05-quick-fix.png"), chromedp.Click(chromedp.CSS("#undo")))
	waitFor("undone", `document.querySelector('select[name=form]').value === "mou" && !document.querySelector("#undo")`)

	// Save, reload, see the saved state.
	run("save", chromedp.Click(chromedp.CSS("#save")))
	waitFor("saved", `document.querySelector("#status").textContent.includes("Saved")`)
	run("reload", chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS("iframe.page")))
	waitFor("saved state", `document.querySelector('select[name="p.duration/fixed-term.years"]').value === "20"`)

	// A file changed on disk is not overwritten.
	path := filepath.Join(dir, "coalition-mou-15y.yaml")
	if err := os.WriteFile(path, append(must(os.ReadFile(path)), "# changed elsewhere\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	run("edit and save", chromedp.SetValue(chromedp.CSS(`input[name="title.en"]`), "Memorandum, edited"), chromedp.Click(chromedp.CSS("#save")))
	waitFor("refused", `document.querySelector("#status").textContent.includes("changed on disk")`)
	run("screenshot", shot("06-conflict.png"))
	if got := string(must(os.ReadFile(path))); !strings.HasSuffix(got, "# changed elsewhere\n") || strings.Contains(got, "edited") {
		t.Errorf("the changed file was overwritten:\n%s", got)
	}

	// Ukrainian interface.
	run("switch to Ukrainian", chromedp.Click(chromedp.CSS("a.lang")), chromedp.WaitVisible(chromedp.CSS("iframe.page")))
	waitFor("Ukrainian interface", `document.querySelector("#save").textContent === "Зберегти"`)
	run("screenshot", shot("07-editor-uk.png"), chromedp.Navigate(hs.URL+"/"), chromedp.WaitVisible(chromedp.CSS("table.specs")), shot("08-list-uk.png"))

	// The explorer: click a point of the plot, and the editor opens on that combination.
	run("explorer", chromedp.Navigate(hs.URL+"/explore/coalition-mou-15y.yaml?ui=en"), chromedp.WaitVisible(chromedp.CSS(".plot svg")),
		shot("09-explorer.png"), chromedp.Click(chromedp.CSS(".plot a.point")), chromedp.WaitVisible(chromedp.CSS("iframe.page")))
	waitFor("combination opened", `location.search.startsWith("?combo=") && document.querySelector(".notice.info").textContent.includes("Combination #")`)
	run("screenshot", shot("10-combination.png"))

	// "Saved vs edited" posts the editor's form as a page (here in the same tab): the browser's
	// own form post must pass the origin check.
	run("saved vs edited", js(`document.querySelector('button[formaction$="/compare"]').removeAttribute("formtarget")`),
		chromedp.Click(chromedp.CSS(`button[formaction$="/compare"]`)), chromedp.WaitVisible(chromedp.CSS("main.compare")))
	waitFor("combination compared", `/\d+ changed/.test(document.querySelector(".counts").textContent)`)

	// Compare the saved spec with the example it came from: a redline of the changed term, the
	// unchanged articles folded and opened from the keyboard.
	orig := must(os.ReadFile(filepath.Join("..", "..", "drafts", "coalition-mou-15y.yaml")))
	if err := os.WriteFile(filepath.Join(dir, "original.yaml"), orig, 0o644); err != nil {
		t.Fatal(err)
	}
	run("compare", chromedp.Navigate(hs.URL+"/compare?a=original.yaml&b=coalition-mou-15y.yaml&ui=en"),
		chromedp.WaitVisible(chromedp.CSS(".cmp-unit.changed")), shot("11-compare.png"))
	waitFor("redline", `[...document.querySelectorAll(".cmp-unit.changed del")].some(d => d.textContent.includes("fifteen")) &&
		[...document.querySelectorAll(".cmp-unit.changed ins")].some(d => d.textContent.includes("twenty"))`)
	run("open the unchanged", chromedp.Focus(chromedp.CSS("details.cmp-same > summary")), chromedp.KeyEvent("\r"))
	waitFor("unchanged shown", `document.querySelector("details.cmp-same").open`)
	if out != "" {
		t.Logf("screenshots in %s", out)
	}
}

// checkLabels fails for every visible form control without an accessible name.
func checkLabels(t *testing.T, ctx context.Context) {
	expr := `[...document.querySelectorAll("input:not([type=hidden]), select, textarea, button")]
	  .filter(e => e.offsetParent !== null || e.closest(".seg"))
	  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !(e.textContent || "").trim())
	  .map(e => e.outerHTML.slice(0, 120))`
	unlabelled, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](expr))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range unlabelled {
		t.Errorf("control without a label: %s", u)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
