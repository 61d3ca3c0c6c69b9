package cli_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mattn/go-shellwords"
	"github.com/rhysd/actionlint"

	"github.com/guarantor-dev/guarantor/internal/cli"
)

// readmeWorkflow returns the CI workflow the README shows.
func readmeWorkflow(t *testing.T) []byte {
	t.Helper()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const start = "```yaml\n# .github/workflows/drafts.yml\n"
	_, rest, ok := strings.Cut(string(readme), start)
	if !ok {
		t.Fatal("README.md shows no .github/workflows/drafts.yml")
	}
	body, _, _ := strings.Cut(rest, "```")
	return []byte(body)
}

// The README's workflow passes actionlint, uploads SARIF with the permission it needs and a
// current codeql-action, and its guarantor commands run as written, in order, on a folder of
// sound specs whose drafts are committed.
func TestReadmeWorkflow(t *testing.T) {
	wf := readmeWorkflow(t)
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := linter.Lint("<stdin>", wf, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range errs {
		t.Errorf("actionlint: %d:%d: %s [%s]", e.Line, e.Column, e.Message, e.Kind)
	}
	parsed, perrs := actionlint.Parse(wf)
	if len(perrs) > 0 {
		t.Fatalf("parse: %v", perrs[0])
	}
	var commands []string
	for _, job := range parsed.Jobs {
		for _, step := range job.Steps {
			switch exec := step.Exec.(type) {
			case *actionlint.ExecAction:
				if strings.HasPrefix(exec.Uses.Value, "github/codeql-action/upload-sarif@") {
					checkSARIFJob(t, job, exec.Uses.Value)
				}
			case *actionlint.ExecRun:
				for _, line := range strings.Split(exec.Run.Value, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "guarantor ") {
						commands = append(commands, strings.TrimSpace(line))
					}
				}
			}
		}
	}
	if len(commands) < 3 {
		t.Fatalf("found %d guarantor commands in the workflow", len(commands))
	}
	runCommands(t, commands)
}

func checkSARIFJob(t *testing.T, job *actionlint.Job, uses string) {
	if !strings.HasSuffix(uses, "@v4") {
		t.Errorf("%s: use codeql-action v4", uses)
	}
	if job.Permissions == nil || job.Permissions.Scopes["security-events"] == nil ||
		job.Permissions.Scopes["security-events"].Value.Value != "write" {
		t.Errorf("job %s uploads SARIF without permissions: security-events: write", job.ID.Value)
	}
}

// runCommands runs each command in a folder whose specs/ holds sound examples and whose out/
// holds their committed drafts.
func runCommands(t *testing.T, commands []string) {
	dir := t.TempDir()
	specs := filepath.Join(dir, "specs")
	os.Mkdir(specs, 0o755)
	for _, name := range []string{"coalition-treaty-20y", "option-2-snapback"} {
		src, err := os.ReadFile("../../drafts/" + name + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(specs, name+".yaml"), src, 0o644)
	}
	t.Chdir(dir)
	var out, errOut bytes.Buffer
	if err := cli.Run([]string{"build", "specs/", "-o", "out"}, &out, &errOut); err != nil {
		t.Fatalf("committing the drafts: %v\n%s", err, errOut.String())
	}
	for _, c := range commands {
		args, err := shellwords.Parse(c)
		if err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		var redirect string
		if i := indexOf(args, ">"); i >= 0 && i+1 < len(args) {
			redirect, args = args[i+1], args[:i]
		}
		out.Reset()
		errOut.Reset()
		if err := cli.Run(args[1:], &out, &errOut); err != nil {
			t.Errorf("%s: exit %d: %v\n%s", c, cli.ExitCode(err), err, errOut.String())
			continue
		}
		if redirect != "" {
			if out.Len() == 0 {
				t.Errorf("%s: wrote nothing", c)
			}
			os.WriteFile(redirect, out.Bytes(), 0o644)
		}
	}
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
