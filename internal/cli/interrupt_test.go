package cli_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/guarantor-dev/guarantor/internal/cli"
)

// A build stopped at any moment, by Ctrl-C or by kill -9, leaves every file either as the last
// complete build wrote it or absent, never partial; the next build completes the folder.
func TestInterruptedBuild(t *testing.T) {
	dir := t.TempDir()
	specs, ref := filepath.Join(dir, "specs"), filepath.Join(dir, "ref")
	mustCLI(t, "corpus", "16", "-o", specs)
	mustCLI(t, "build", specs, "-o", ref, "-q", "--format", "md,pdf")
	want := files(t, ref)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(dir, "out-"+strings.ReplaceAll(sig.String(), " ", "-"))
			code, stopped, said := interrupt(t, sig, out, "build", specs, "-o", out, "-q", "-j", "2", "--format", "md,pdf")
			if !stopped {
				t.Skip("the build finished before it could be interrupted")
			}
			if sig == syscall.SIGINT && code != cli.ExitInterrupted {
				t.Errorf("exit code %d after Ctrl-C, want %d", code, cli.ExitInterrupted)
			}
			if n := strings.Count(said, "interrupted"); sig == syscall.SIGINT && n != 1 {
				t.Errorf("Ctrl-C said \"interrupted\" %d times:\n%s", n, said)
			}
			for name, data := range files(t, out) {
				if strings.HasPrefix(filepath.Base(name), ".") {
					if sig == syscall.SIGINT && !strings.HasSuffix(name, ".guarantor.lock") {
						t.Errorf("Ctrl-C left a temporary file: %s", name)
					}
					continue
				}
				if !bytes.Equal(data, want[name]) {
					t.Errorf("%s is partial or wrong after the interruption", name)
				}
			}
			mustCLI(t, "build", specs, "-o", out, "-q", "--format", "md,pdf")
			got := files(t, out)
			for name := range got {
				if strings.HasPrefix(filepath.Base(name), ".") && !strings.HasSuffix(name, ".guarantor.lock") {
					t.Errorf("the rebuild left a temporary file: %s", name)
				}
			}
			for name, data := range want {
				if !bytes.Equal(got[name], data) {
					t.Errorf("%s differs from a clean build after the rebuild", name)
				}
			}
		})
	}
}

// interrupt starts guarantor, sends sig once its first draft is written into out, and returns
// the exit code, whether the signal arrived before the build finished, and what it printed.
func interrupt(t *testing.T, sig syscall.Signal, out string, args ...string) (int, bool, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "GUARANTOR_AS_MAIN=1")
	var said bytes.Buffer
	cmd.Stdout, cmd.Stderr = &said, &said
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(filepath.Join(out, "*", "manifest.json")); len(m) > 0 {
			break
		}
		time.Sleep(2 * time.Millisecond)
	}
	stopped := cmd.Process.Signal(sig) == nil
	err := cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return -1, stopped, said.String()
		}
		return exit.ExitCode(), stopped, said.String()
	}
	return 0, stopped && err != nil, said.String()
}

func mustCLI(t *testing.T, args ...string) {
	t.Helper()
	var stderr bytes.Buffer
	if err := cli.Run(args, io.Discard, &stderr); err != nil {
		t.Fatalf("guarantor %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
}

// files reads every file under dir, by path relative to dir.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			out[rel], _ = os.ReadFile(path)
		}
		return nil
	})
	return out
}
