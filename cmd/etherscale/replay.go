package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/replay"
)

func replayCommand() *cli.Command {
	return &cli.Command{
		Name:  "replay",
		Usage: "replay L2 transactions from a genesis and print the resulting state root",
		Description: `Applies the deposits (in order), then the transactions, to the genesis state
with the L2 state transition function, exactly as a batch is replayed, and
prints the genesis and post-state roots. Invalid transactions are no-ops and
are reported with the reason.

  --genesis   {"chainId": N, "baseFee": "0x…", "alloc": {"0xaddr": {"balance": "0x…", "nonce": 0}}}
  --txs       one 0x-hex raw signed transaction per line; blank lines and # comments ignored
  --deposits  [{"to": "0x…", "amount": "0x…"}, …]`,
		Flags: []cli.Flag{
			&cli.PathFlag{Name: "genesis", Required: true, EnvVars: env("GENESIS"), Usage: "L2 genesis JSON file"},
			&cli.PathFlag{Name: "txs", Required: true, Usage: "transactions file"},
			&cli.PathFlag{Name: "deposits", Usage: "deposits JSON file, applied before the transactions"},
			&cli.BoolFlag{Name: "trace", Usage: "also print every step with its result and the root after it"},
			jsonFlag,
		},
		Action: func(c *cli.Context) error {
			g, err := replay.LoadGenesis(c.Path("genesis"))
			if err != nil {
				return err
			}
			txs, err := replay.ReadTxsFile(c.Path("txs"))
			if err != nil {
				return err
			}
			batch := &replay.Batch{Txs: txs}
			if path := c.Path("deposits"); path != "" {
				if batch.Entries, err = replay.ReadDepositsFile(path); err != nil {
					return err
				}
			}
			st, err := replay.NewGenesisState(c.Context, g, replay.NewMemoryStore())
			if err != nil {
				return err
			}
			genesisRoot, err := st.Root()
			if err != nil {
				return err
			}
			trace := c.Bool("trace")
			res, err := replay.ReplayBatch(c.Context, st, g.Rules(), batch, replay.ReplayOptions{Trace: trace})
			if err != nil {
				return err
			}
			report := replay.NewReport(genesisRoot, batch, res, trace)
			if c.Bool(jsonFlag.Name) {
				return writeJSON(c.App.Writer, report)
			}
			w := c.App.Writer
			fmt.Fprintf(w, "genesis root  %s\nstate root    %s\nsteps         %d applied, %d no-op\n", report.GenesisRoot, report.StateRoot, report.Applied, report.NoOps)
			for _, s := range report.Steps {
				outcome := "applied"
				if !s.Applied {
					outcome = "no-op: " + s.Error
				}
				fmt.Fprintf(w, "%5d  %-7s  %s  %s  %s\n", s.Index, s.Kind, s.Hash, s.Root, outcome)
			}
			return nil
		},
	}
}
