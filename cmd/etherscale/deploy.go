package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func deployCommand() *cli.Command {
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy every EtherScale contract and write the deployment file",
		Description: `Deploys all contracts for a rollup config to the L1 at --l1, checks them by
reading their parameters back, and writes the deployment file (addresses, L1
chain id, deploy block, the full config) that every other command reads.`,
		Flags: []cli.Flag{
			l1Flag, keyFlag, keyFileFlag, jsonFlag,
			&cli.PathFlag{Name: "config", Required: true, EnvVars: env("CONFIG"), Usage: "rollup config file (see `etherscale config init`)"},
			&cli.PathFlag{Name: "out", Value: "deployment.json", EnvVars: env("DEPLOYMENT"), Usage: "where to write the deployment file"},
			&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "blocks to wait on top of each deploy transaction"},
		},
		Action: func(c *cli.Context) error {
			if c.String(l1Flag.Name) == "" {
				return fmt.Errorf("--l1 is required")
			}
			cfg, err := config.Load(c.Path("config"))
			if err != nil {
				return err
			}
			key, err := loadKey(c)
			if err != nil {
				return err
			}
			client, err := ethclient.DialContext(c.Context, c.String(l1Flag.Name))
			if err != nil {
				return fmt.Errorf("connect to L1 %s: %w", c.String(l1Flag.Name), err)
			}
			defer client.Close()
			tcfg := txmgr.DefaultConfig()
			tcfg.Confirmations = c.Uint64("confirmations")
			tcfg.ErrorABIs = contracts.ErrorABIs()
			sender, err := txmgr.New(c.Context, client, key, tcfg)
			if err != nil {
				return err
			}
			d, err := deploy.Deploy(c.Context, client, sender, cfg)
			if err != nil {
				return err
			}
			if err := d.Verify(c.Context, client); err != nil {
				return fmt.Errorf("verify deployment: %w", err)
			}
			if err := d.Save(c.Path("out")); err != nil {
				return err
			}
			recorded := true
			if err := recordL1(c.Path("out"), c.String(l1Flag.Name)); errors.Is(err, errRemoteL1) {
				recorded = false
			} else if err != nil {
				return err
			}
			if c.Bool(jsonFlag.Name) {
				return writeJSON(c.App.Writer, d)
			}
			fmt.Fprintf(c.App.Writer, "deployed to L1 chain %d at block %d\n", d.L1ChainID, d.DeployBlock)
			printAddresses(c.App.Writer, d.Contracts)
			fmt.Fprintf(c.App.Writer, "wrote %s\n", c.Path("out"))
			if !recorded {
				fmt.Fprintf(c.App.Writer, "the L1 endpoint is %v: give --l1 to every command\n", errRemoteL1)
			}
			return nil
		},
	}
}

// printAddresses lists every deployed contract, one per line.
func printAddresses(w io.Writer, a deploy.Addresses) {
	for _, c := range a.List() {
		fmt.Fprintf(w, "  %-20s %s\n", c.Name, c.Address)
	}
}
