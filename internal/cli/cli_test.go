package cli_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/guarantor-dev/guarantor/internal/cli"
)

func TestMain(m *testing.M) {
	// Tests that need a real process (to signal it) run the test binary as guarantor.
	if os.Getenv("GUARANTOR_AS_MAIN") == "1" {
		os.Exit(cli.ExitCode(cli.Run(os.Args[1:], os.Stdout, os.Stderr)))
	}
	testscript.Main(m, map[string]func(){
		"guarantor": func() { os.Exit(cli.ExitCode(cli.Run(os.Args[1:], os.Stdout, os.Stderr))) },
	})
}

// The scripts in testdata/script run the real binary; $REPO is the repository root, so they
// can build the example drafts.
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			// Wide enough that no line wraps after a path, whatever the checkout's path;
			// review_output.txtar sets the widths it tests.
			env.Setenv("COLUMNS", "400")
			return nil
		},
	})
}
