// Package cli implements guarantor's commands, one file per subcommand. It returns errors;
// cmd/guarantor alone turns them into exit codes (see ExitCode).
package cli
