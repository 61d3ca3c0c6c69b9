// Command mkproxy writes a GOPROXY file tree holding one version of the module in a directory.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

func main() {
	dir, out, path, version := os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	base := filepath.Join(out, path, "@v")
	must(os.MkdirAll(base, 0o755))
	f, err := os.Create(filepath.Join(base, version+".zip"))
	must(err)
	must(zip.CreateFromDir(f, module.Version{Path: path, Version: version}, dir))
	must(f.Close())
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	must(err)
	must(os.WriteFile(filepath.Join(base, version+".mod"), mod, 0o644))
	must(os.WriteFile(filepath.Join(base, version+".info"), []byte(fmt.Sprintf(`{"Version":%q,"Time":"2026-12-02T00:00:00Z"}`, version)), 0o644))
	must(os.WriteFile(filepath.Join(base, "list"), []byte(version+"\n"), 0o644))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
