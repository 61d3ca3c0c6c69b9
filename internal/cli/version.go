package cli

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/generator"
)

func newVersion(o *options) *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the guarantor version",
		Example: "  guarantor version",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(o.stdout, "guarantor %s (%s)\n", generator.Version, runtime.Version())
			return nil
		},
	}
}
