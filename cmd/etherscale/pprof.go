package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/httplimit"
)

var pprofFlag = &cli.StringFlag{
	Name: "pprof-addr", EnvVars: env("PPROF_ADDR"),
	Usage: "serve Go's runtime profiles (net/http/pprof) on this address, e.g. 127.0.0.1:6060; keep it on loopback",
}

// startPprof serves the runtime profiles on addr until the command ends, for
// an operator looking into a long-running service's memory or CPU.
func startPprof(c *cli.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("--pprof-addr: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	// A CPU profile or trace streams for up to its ?seconds= (30 by
	// default), so writes may take minutes; everything else stays bounded.
	lim := httplimit.Defaults()
	lim.WriteTimeout, lim.MaxConns, lim.MaxConnsPerClient, lim.ClientRate, lim.ClientBurst = 5*time.Minute, 16, 8, 20, 40
	guard, err := httplimit.New(lim)
	if err != nil {
		ln.Close()
		return fmt.Errorf("--pprof-addr: %w", err)
	}
	srv := guard.Server(mux)
	go func() {
		if err := srv.Serve(guard.Listener(ln)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(c.App.ErrWriter, "pprof server:", err)
		}
	}()
	// Stop with the command (After runs when its action returns), or with
	// the process.
	after := c.App.After
	c.App.After = func(c *cli.Context) error {
		srv.Close()
		if after != nil {
			return after(c)
		}
		return nil
	}
	return nil
}
