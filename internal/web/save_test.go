package web

import (
	"encoding/json"
	"html"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fieldErrors reads the field errors a preview or save answer carries.
func fieldErrors(t testing.TB, body string) map[string]string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<script type="application/json" id="field-errors">(.*?)</script>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no field errors in the answer:\n%.2000s", body)
	}
	var out map[string]string
	if err := json.Unmarshal([]byte(m[1]), &out); err != nil {
		t.Fatal(err, m[1])
	}
	return out
}

func TestSaveWritesKeepingComments(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	st := loadState(t, dir, "coalition-mou-15y.yaml")
	form := formOf(t, s, st)
	form.Set("p.duration/fixed-term.years", "20")
	w := post(s, c, "/edit/coalition-mou-15y.yaml/save", form)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "Saved.") {
		t.Fatalf("save: %d\n%.3000s", w.Code, w.Body)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "coalition-mou-15y.yaml"))
	if !strings.Contains(string(got), "  - use: duration/fixed-term\n    with: {years: 20}\n") {
		t.Errorf("saved file lacks the new value:\n%s", got)
	}
	if !strings.HasPrefix(string(got), "# The same coalition's guarantee written as a memorandum") {
		t.Errorf("saved file lost its comment:\n%s", got)
	}
	if n, _ := filepath.Glob(filepath.Join(dir, ".guarantor-*")); len(n) > 0 {
		t.Errorf("temporary files left: %v", n)
	}
	// The answer carries the new base, so a second save from the same page is no conflict.
	m := regexp.MustCompile(`name="base" id="base" value="(sha256:[0-9a-f]+)"`).FindStringSubmatch(w.Body.String())
	if m == nil {
		t.Fatal("no new base in the answer")
	}
	form.Set("base", m[1])
	form.Set("p.duration/fixed-term.renewal", "12")
	if w := post(s, c, "/edit/coalition-mou-15y.yaml/save", form); w.Code != 200 || !strings.Contains(w.Body.String(), "Saved.") {
		t.Fatalf("second save: %d", w.Code)
	}
}

func TestSaveConflictOverwritesNothing(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	st := loadState(t, dir, "coalition-mou-15y.yaml")
	path := filepath.Join(dir, "coalition-mou-15y.yaml")
	orig, _ := os.ReadFile(path)
	changed := append(orig, []byte("# edited elsewhere\n")...)
	if err := os.WriteFile(path, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	form := formOf(t, s, st)
	form.Set("p.duration/fixed-term.years", "20")
	w := post(s, c, "/edit/coalition-mou-15y.yaml/save", form)
	if w.Code != http.StatusConflict || !strings.Contains(w.Body.String(), "changed on disk") {
		t.Errorf("save over a changed file: %d\n%.500s", w.Code, w.Body)
	}
	got, _ := os.ReadFile(path)
	if string(got) != string(changed) {
		t.Error("the file changed on disk was overwritten")
	}
}

func TestInvalidStateNotWritten(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	path := filepath.Join(dir, "coalition-mou-15y.yaml")
	orig, _ := os.ReadFile(path)
	form := formOf(t, s, loadState(t, dir, "coalition-mou-15y.yaml"))
	form.Set("p.duration/fixed-term.years", "17") // allowed: 15, 20
	form.Set("date", "2026-13-40")
	w := post(s, c, "/edit/coalition-mou-15y.yaml/save", form)
	body := w.Body.String()
	if !strings.Contains(body, "Not saved") {
		t.Errorf("no refusal in the answer:\n%.500s", body)
	}
	errs := fieldErrors(t, body)
	if !strings.Contains(errs["param-duration-fixed-term-years"], "17 is not allowed") {
		t.Errorf("years error not at its field: %v", errs)
	}
	if !strings.Contains(errs["date"], "not a date") {
		t.Errorf("date error not at its field: %v", errs)
	}
	if got, _ := os.ReadFile(path); string(got) != string(orig) {
		t.Error("an invalid state was written")
	}
}

func TestPreviewShowsDraftFindingsProfile(t *testing.T) {
	s, dir := testServer(t, "budapest-1994.yaml")
	c := session(t, s)
	w := post(s, c, "/edit/budapest-1994.yaml/preview", formOf(t, s, loadState(t, dir, "budapest-1994.yaml")))
	body := html.UnescapeString(w.Body.String())
	for _, want := range []string{
		`<iframe class="page"`, "Memorandum on Security Assurances", "G901", "Budapest pattern",
		"Ratification burden", `data-target="art-`, `data-words="obligation"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
}

func TestQuickFixAndUndo(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	form := formOf(t, s, loadState(t, dir, "coalition-mou-15y.yaml"))
	w := post(s, c, "/edit/coalition-mou-15y.yaml/preview", form)
	if !strings.Contains(w.Body.String(), `value="set|duration/fixed-term|years|20"`) {
		t.Fatalf("no quick fix to set the term to 20 years:\n%.300s", w.Body)
	}
	form.Set("fix", "set|duration/fixed-term|years|20")
	w = post(s, c, "/edit/coalition-mou-15y.yaml/apply", form)
	body := w.Body.String()
	if !strings.Contains(body, `<option value="20" selected>`) {
		t.Error("the fix did not set years to 20 in the form")
	}
	if strings.Contains(body, "G502") {
		t.Error("the finding the fix cures is still there")
	}
	m := regexp.MustCompile(`id="undo" name="undo" value="([^"]+)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no undo after a quick fix")
	}
	form.Del("fix")
	form.Set("p.duration/fixed-term.years", "20")
	form.Set("undo", html.UnescapeString(m[1]))
	body = post(s, c, "/edit/coalition-mou-15y.yaml/apply", form).Body.String()
	if !strings.Contains(body, `<option value="15" selected>`) {
		t.Error("undo did not restore 15 years")
	}
}

func TestSuppressNeedsReason(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	form := formOf(t, s, loadState(t, dir, "coalition-mou-15y.yaml"))
	form.Set("suppress", "G502")
	form.Set("reason", " ")
	body := post(s, c, "/edit/coalition-mou-15y.yaml/apply", form).Body.String()
	if strings.Contains(body, `name="sup.rule" value="G502"`) {
		t.Error("a suppression without a reason was added")
	}
	form.Set("reason", "the 15-year term is the US offer under negotiation")
	body = post(s, c, "/edit/coalition-mou-15y.yaml/apply", form).Body.String()
	if !strings.Contains(body, `name="sup.rule" value="G502"`) || !strings.Contains(body, "finding suppressed") && !strings.Contains(body, "Suppressed: the 15-year term") {
		t.Errorf("suppression not applied:\n%.200s", body)
	}
}

func TestExportPDF(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	form := formOf(t, s, loadState(t, dir, "coalition-mou-15y.yaml"))
	form.Set("format", "pdf")
	form.Set("lang-export", "uk")
	w := post(s, c, "/edit/coalition-mou-15y.yaml/export", form)
	if w.Code != 200 || !strings.HasPrefix(w.Body.String(), "%PDF-") {
		t.Fatalf("export: %d %.100s", w.Code, w.Body)
	}
	if cd := w.Header().Get("Content-Disposition"); !strings.Contains(cd, "coalition-mou-15y.uk.pdf") {
		t.Errorf("Content-Disposition = %q", cd)
	}
}

func TestMessagesComplete(t *testing.T) {
	for k := range messages["en"] {
		if messages["uk"][k] == "" {
			t.Errorf("uk lacks %q", k)
		}
	}
	for k := range messages["uk"] {
		if messages["en"][k] == "" {
			t.Errorf("en lacks %q", k)
		}
	}
}
