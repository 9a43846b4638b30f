// Command etherscale is the EtherScale CLI: the devnet, deployment, and (as
// the project grows) the sequencer, shard, prover, watcher and dispute tools.
// It only parses flags and wires packages together; the behaviour lives in the
// packages it calls.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newApp().RunContext(ctx, os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "etherscale:", err)
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			os.Exit(ec.ExitCode())
		}
		os.Exit(1)
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:  "etherscale",
		Usage: "fraud-proof challenger and watchtower toolkit for a decentralized rollup",
		Description: `EtherScale watches a rollup's batches on L1, replays them, and defeats invalid
state roots through interactive bisection games that slash faulty sequencers
and provers.

Start here:  etherscale devnet          (everything on an embedded L1)
Every flag can also be set through an ETHERSCALE_* environment variable,
shown next to the flag.`,
		Flags:                []cli.Flag{logLevelFlag, logFormatFlag, pprofFlag},
		EnableBashCompletion: true,
		Before: func(c *cli.Context) error {
			if _, err := newLogger(c); err != nil {
				return err
			}
			if addr := c.String(pprofFlag.Name); addr != "" {
				return startPprof(c, addr)
			}
			return nil
		},
		Commands: []*cli.Command{
			devnetCommand(),
			deployCommand(),
			configCommand(),
			keysCommand(),
			replayCommand(),
			sequencerCommand(),
			inboxCommand(), batchCommand(), disputeCommand(),
			watchCommand(), proveCommand(),
			shardCommand(),
		},
	}
}
