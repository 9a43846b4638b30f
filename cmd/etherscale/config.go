package main

import (
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/devnode"
)

func configCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "create and check rollup config files",
		Subcommands: []*cli.Command{
			{
				Name:  "init",
				Usage: "print a complete rollup config from a preset",
				Description: `Prints a complete, valid rollup config (every protocol parameter and the L2
genesis) to stdout or --out. Presets:
  devnet   windows of seconds, so a whole dispute finishes in a couple of minutes;
           the embedded L1's dev keys are funded on L2 too.
  mainnet  windows of hours or days.`,
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "preset", Value: config.PresetDevnet, Usage: "devnet or mainnet", EnvVars: env("PRESET")},
					&cli.StringSliceFlag{Name: "fund", Usage: "L2 genesis account to fund (repeatable); devnet defaults to the dev keys"},
					&cli.StringFlag{Name: "fund-amount", Value: "1000000000000000000000", Usage: "wei given to each --fund account"},
					&cli.PathFlag{Name: "out", Usage: "write to this file instead of stdout"},
				},
				Action: configInit,
			},
			{
				Name:      "check",
				Usage:     "validate a rollup config file",
				ArgsUsage: "FILE",
				Action: func(c *cli.Context) error {
					args, err := argsWithFlags(c)
					if err != nil {
						return err
					}
					if len(args) != 1 {
						return fmt.Errorf("want one argument: the config file")
					}
					if _, err := config.Load(args[0]); err != nil {
						return err
					}
					fmt.Fprintln(c.App.Writer, "ok")
					return nil
				},
			},
		},
	}
}

func configInit(c *cli.Context) error {
	amount, err := config.ParseWei(c.String("fund-amount"))
	if err != nil {
		return fmt.Errorf("--fund-amount: %w", err)
	}
	var funded []common.Address
	for _, s := range c.StringSlice("fund") {
		if !common.IsHexAddress(s) {
			return fmt.Errorf("--fund %q: not a hex address", s)
		}
		funded = append(funded, common.HexToAddress(s))
	}
	preset := c.String("preset")
	if len(funded) == 0 && preset == config.PresetDevnet {
		funded = devnode.DevAddresses(devnode.DefaultDevAccounts)
	}
	cfg, err := config.Preset(preset, funded, new(big.Int).Set(amount))
	if err != nil {
		return err
	}
	out, err := cfg.Encode()
	if err != nil {
		return err
	}
	if path := c.Path("out"); path != "" {
		return os.WriteFile(path, out, 0o644)
	}
	_, err = c.App.Writer.Write(out)
	return err
}
