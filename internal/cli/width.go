package cli

import (
	"os"
	"strconv"

	"github.com/guarantor-dev/guarantor/generator/review"
)

// width is the width text output is wrapped to: $COLUMNS when set, else the terminal's width,
// else review.DefaultWidth.
func width(w any) int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f, ok := w.(*os.File); ok {
		if n := terminalWidth(f); n > 0 {
			return n
		}
	}
	return review.DefaultWidth
}
