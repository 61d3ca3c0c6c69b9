package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every command gets a page, with its examples, and the pages are the same on every run.
func TestManPages(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := write(a); err != nil {
		t.Fatal(err)
	}
	if err := write(b); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"guarantor.1", "guarantor-build.1", "guarantor-review.1", "guarantor-clauses-show.1", "guarantor-parties.1"} {
		pa, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		pb, _ := os.ReadFile(filepath.Join(b, name))
		if string(pa) != string(pb) {
			t.Errorf("%s differs between runs", name)
		}
		if !strings.Contains(string(pa), ".SH EXAMPLE") {
			t.Errorf("%s has no examples", name)
		}
	}
}
