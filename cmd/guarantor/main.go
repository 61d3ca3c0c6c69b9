// Command guarantor drafts security-guarantee instruments for Ukraine and reviews them.
package main

import (
	"os"

	"github.com/guarantor-dev/guarantor/internal/cli"
)

func main() {
	os.Exit(cli.ExitCode(cli.Run(os.Args[1:], os.Stdout, os.Stderr)))
}
