package web

import (
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// The saved state against the edited one: the changed term is struck and the new one
// inserted, in the article that changed, and the articles that did not change are folded.
func TestCompareEditedRedline(t *testing.T) {
	s, dir := testServer(t, "coalition-mou-15y.yaml")
	c := session(t, s)
	form := formOf(t, s, loadState(t, dir, "coalition-mou-15y.yaml"))
	form.Set("p.duration/fixed-term.years", "20")
	for ui, article := range map[string]string{"en": "Paragraph", "uk": "Пункт"} {
		w := post(s, c, "/edit/coalition-mou-15y.yaml/compare?ui="+ui, form)
		body := w.Body.String()
		if w.Code != 200 {
			t.Fatalf("%s: %d\n%.2000s", ui, w.Code, body)
		}
		changed := regexp.MustCompile(`(?s)<section class="cmp-unit changed"[^>]*>.*?</section>`).FindAllString(body, -1)
		if len(changed) != 1 {
			t.Fatalf("%s: want one changed article, got %d\n%.3000s", ui, len(changed), body)
		}
		if !regexp.MustCompile(`<del>[^<]*15[^<]*</del>`).MatchString(changed[0]) ||
			!regexp.MustCompile(`<ins>[^<]*20[^<]*</ins>`).MatchString(changed[0]) {
			t.Errorf("%s: the old term is not deleted and the new one inserted:\n%s", ui, changed[0])
		}
		if !strings.Contains(changed[0], article) {
			t.Errorf("%s: the changed unit is not labelled %q:\n%s", ui, article, changed[0])
		}
		if !strings.Contains(body, `<details class="cmp-same">`) || strings.Contains(body, "<details class=\"cmp-same\" open") {
			t.Errorf("%s: the unchanged articles are not folded", ui)
		}
		if want := map[string]string{"en": "1 changed, 0 added", "uk": "Змінено: 1, додано: 0"}[ui]; !strings.Contains(body, want) {
			t.Errorf("%s: counts missing %q", ui, want)
		}
	}
}

// Two specs: an article only in the second is shown whole as inserted, one only in the first
// whole as deleted.
func TestCompareFilesAddedRemoved(t *testing.T) {
	s, _ := testServer(t, "coalition-mou-15y.yaml", "coalition-treaty-20y.yaml")
	session(t, s)
	w := do(s, httptest.NewRequest("GET", "/compare?a=coalition-mou-15y.yaml&b=coalition-treaty-20y.yaml", nil))
	body := w.Body.String()
	if w.Code != 200 {
		t.Fatalf("%d\n%.2000s", w.Code, body)
	}
	for status, mark := range map[string]string{"added": "ins", "removed": "del"} {
		units := regexp.MustCompile(`(?s)<section class="cmp-unit `+status+`"[^>]*>.*?</section>`).FindAllString(body, -1)
		if len(units) == 0 {
			t.Errorf("no %s article", status)
			continue
		}
		for _, u := range units {
			for _, p := range regexp.MustCompile(`(?s)<p>(.*?)</p>`).FindAllStringSubmatch(u, -1) {
				if rest := regexp.MustCompile(`<`+mark+`>[^<]*</`+mark+`>`).ReplaceAllString(p[1], ""); strings.TrimSpace(rest) != "" {
					t.Errorf("%s article has text outside <%s>: %q", status, mark, rest)
				}
			}
		}
	}
}
