// Command man writes the manual pages of guarantor, one per command, generated from the
// command tree (its help texts, flags and examples): go run ./internal/cli/man -o man.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra/doc"

	"github.com/guarantor-dev/guarantor/generator"
	"github.com/guarantor-dev/guarantor/internal/cli"
)

func main() {
	out := flag.String("o", "man", "folder to write the pages into")
	flag.Parse()
	if err := write(*out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// write writes a page per command into dir.
func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root := cli.NewRoot(io.Discard, io.Discard)
	root.DisableAutoGenTag = true
	// A fixed date keeps the pages reproducible.
	date := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	header := &doc.GenManHeader{Title: "GUARANTOR", Section: "1", Source: "guarantor " + generator.Version,
		Manual: "guarantor manual", Date: &date}
	return doc.GenManTree(root, header, dir)
}
