package cli_test

import (
	"fmt"
	"os"
	"os/exec"
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
	bin, err := os.MkdirTemp("", "guarantor-bin")
	if err == nil {
		defer os.RemoveAll(bin)
		plainBinary(bin)
	}
	testscript.Main(m, map[string]func(){
		"guarantor": func() { os.Exit(cli.ExitCode(cli.Run(os.Args[1:], os.Stdout, os.Stderr))) },
	})
}

// plainDir holds a guarantor built without the race detector for the scripts, which run it a
// few hundred times: the race detector makes each run several times slower, and the package's
// own tests run under it anyway. Empty when it could not be built: the scripts then run the
// test binary as guarantor.
var plainDir string

func plainBinary(dir string) {
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "guarantor"), "../../cmd/guarantor")
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "cli tests: cannot build guarantor (%v), the scripts run the test binary:\n%s", err, out)
		return
	}
	plainDir = dir
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
			if plainDir != "" {
				env.Setenv("PATH", plainDir+string(os.PathListSeparator)+env.Getenv("PATH"))
			}
			return nil
		},
	})
}
