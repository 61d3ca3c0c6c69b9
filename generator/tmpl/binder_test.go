package tmpl

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/generator"
)

// A Binder keeps no template alive: once the templates it ran are dropped (texts re-parsed on
// every edit in the workbench), their pools go too.
func TestBinderDropsCollectedTemplates(t *testing.T) {
	var b Binder
	held := map[int]any{} // the templates, alive until the first count
	for i := range 200 {
		body := generator.Body{Src: fmt.Sprintf(`{{ upper "x" }} %d`, i), Pos: generator.Position{File: "spec.yaml", Line: 1, Col: 1}}
		tm, err := Parse(body)
		if err != nil {
			t.Fatal(err)
		}
		body.Tmpl, held[i] = tm, tm
		if _, err := b.Execute(body, "", &Env{}, nil); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	if n := b.size(); n != 200 {
		t.Fatalf("%d pools for 200 templates in use, want 200", n)
	}
	clear(held)
	for deadline := time.Now().Add(20 * time.Second); b.size() > 0 && time.Now().Before(deadline); {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if n := b.size(); n > 0 {
		t.Errorf("%d pools of templates nobody holds are still kept", n)
	}
}
