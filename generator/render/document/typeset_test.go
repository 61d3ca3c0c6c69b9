package document

import (
	"strings"
	"testing"

	"github.com/guarantor-dev/guarantor/generator"
)

func TestTypeset(t *testing.T) {
	for _, c := range []struct {
		lang     generator.Lang
		in, want string
	}{
		{generator.English, "recognised in Article 51 of the Charter", "recognised in Article_51 of the Charter"},
		{generator.English, "signed on 22 November 2026 — not for signature", "signed on 22_November_2026_— not for signature"},
		{generator.English, "within forty-eight (48) hours, or 15 km", "within forty-eight (48)_hours, or 15_km"},
		{generator.English, "a plan and a map", "a plan and a map"},
		{generator.Ukrainian, "Україна і Французька Республіка", "Україна і_Французька Республіка"},
		{generator.Ukrainian, "в м. Києві 20 липня 2026 року", "в_м. Києві 20_липня_2026_року"},
		{generator.Ukrainian, "відповідно до статті 51 і в разі", "відповідно до статті_51 і_в_разі"},
		{generator.Ukrainian, "протягом 24 годин", "протягом 24_годин"},
		{generator.Ukrainian, "[посилання](#art-3) у Статуті", "[посилання](#art-3) у_Статуті"},
	} {
		got := strings.ReplaceAll(typeset(c.lang, c.in), nbsp, "_")
		if got != c.want {
			t.Errorf("typeset(%s, %q)\n got %q\nwant %q", c.lang, c.in, got, c.want)
		}
	}
}
