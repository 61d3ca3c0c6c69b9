package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/guarantor-dev/guarantor/internal/web"
)

type serveOptions struct {
	*options
	addr string
}

func newServe(o *options) *cobra.Command {
	s := &serveOptions{options: o}
	cmd := &cobra.Command{
		Use:   "serve [DIR]",
		Short: "Open the reviewer's workbench in the browser over a folder of specs",
		Long: `Serve starts the workbench, a local web application over the *.yaml specs of DIR (default
drafts/): pick a spec, change its form, parties, clauses and parameters, and see the draft (in
English, Ukrainian or side by side), the findings and the profile follow as you type. Quick
fixes apply a rule's remedy in one click; Save writes the spec back atomically with its comments,
and refuses to overwrite a file that changed on disk since you opened it.

It listens on 127.0.0.1:8080 by default and makes no external request. Requests must name a
loopback host (localhost, 127.0.0.1, [::1]) with the port, writes must come from the page itself
and carry the session's token, and only *.yaml files directly inside DIR are read or written.`,
		Example: `  guarantor serve                  # drafts/ on http://127.0.0.1:8080
  guarantor serve my-specs --addr 127.0.0.1:9000`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error { return s.run(cmd.Context(), args) },
	}
	cmd.Flags().StringVar(&s.addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	return cmd
}

func (s *serveOptions) run(ctx context.Context, args []string) error {
	dir := "drafts"
	if len(args) == 1 {
		dir = args[0]
	}
	p, err := s.project()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return &UsageError{fmt.Errorf("--addr %s: %v", s.addr, err)}
	}
	srv, err := web.New(p, dir, ln.Addr().String())
	if err != nil {
		ln.Close()
		return &UsageError{err}
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: 2 * time.Minute}
	fmt.Fprintf(s.stdout, "guarantor workbench on http://%s/ over %s (Ctrl-C to stop)\n", ln.Addr(), dir)
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(shut)
	}()
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
