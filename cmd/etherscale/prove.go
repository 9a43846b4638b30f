package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func proveCommand() *cli.Command {
	return &cli.Command{
		Name:  "prove",
		Usage: "run the prover: claim the true root every N batches, defend it and move the anchor",
		Description: `The prover is the watcher with one more role: every --every batches (once
the batch's data-challenge window has closed) it opens a claim with the
replayed root, unless one exists. It defends its own and every other
correct claim, counters wrong ones, resolves, claims credits and, after the
airgap, moves the AnchorStateRegistry to the newest won claim.`,
		Flags: append(serviceFlags(),
			&cli.Uint64Flag{Name: "every", Value: 1, EnvVars: env("PROVE_EVERY"), Usage: "claim every N-th batch"},
		),
		Action: func(c *cli.Context) error {
			cfg := serviceConfig(c)
			cfg.ProveEvery = c.Uint64("every")
			if cfg.ProveEvery == 0 {
				return fmt.Errorf("--every must be at least 1")
			}
			return runService(c, cfg)
		},
	}
}
