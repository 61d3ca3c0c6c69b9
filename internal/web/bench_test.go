package web

import (
	"testing"
)

// BenchmarkPreview measures the answer to one change in the editor: the form read, the spec
// patched, loaded, assembled, reviewed and rendered in both languages. The issue asks for less
// than 200 ms.
func BenchmarkPreview(b *testing.B) {
	for _, name := range []string{"layered-treaty.yaml", "budapest-1994.yaml"} {
		b.Run(name, func(b *testing.B) {
			s, dir := testServer(b, name)
			c := session(b, s)
			form := formOf(b, s, loadState(b, dir, name))
			form.Set("view", "both")
			b.ResetTimer()
			for b.Loop() {
				if w := post(s, c, "/edit/"+name+"/preview", form); w.Code != 200 {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
