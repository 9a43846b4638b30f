package main

import (
	"encoding/hex"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnet"
)

func devnetCommand() *cli.Command {
	def := devnet.DefaultConfig()
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a complete EtherScale network on an embedded L1 until interrupted",
		Description: `Starts go-ethereum's dev-mode node in process (JSON-RPC on 127.0.0.1), deploys
every contract with the devnet preset, writes DATA-DIR/deployment.json, prints
the L1 RPC URL and the funded dev keys, and runs until Ctrl-C.

Restarting on the same --data-dir reuses the chain and the deployment;
--fresh starts over.`,
		Flags: []cli.Flag{
			&cli.PathFlag{Name: "data-dir", Value: def.DataDir, EnvVars: env("DATA_DIR"), Usage: "where the L1 chain and deployment.json live"},
			&cli.Uint64Flag{Name: "block-period", Value: def.BlockPeriod, EnvVars: env("BLOCK_PERIOD"), Usage: "L1 block period in seconds (0 = a block per transaction)"},
			&cli.IntFlag{Name: "http-port", Value: 8545, EnvVars: env("HTTP_PORT"), Usage: "L1 JSON-RPC HTTP port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "ws-port", Value: 8546, EnvVars: env("WS_PORT"), Usage: "L1 JSON-RPC WebSocket port on 127.0.0.1 (0 = any free port)"},
			&cli.IntFlag{Name: "accounts", Value: def.DevAccounts, Usage: "number of pre-funded dev keys"},
			&cli.BoolFlag{Name: "fresh", Usage: "delete --data-dir first"},
			jsonFlag,
		},
		Action: func(c *cli.Context) error {
			log, err := newLogger(c)
			if err != nil {
				return err
			}
			cfg := devnet.Config{
				DataDir:     c.Path("data-dir"),
				BlockPeriod: c.Uint64("block-period"),
				HTTPPort:    c.Int("http-port"),
				WSPort:      c.Int("ws-port"),
				DevAccounts: c.Int("accounts"),
				Fresh:       c.Bool("fresh"),
				Logger:      log,
			}
			d, err := devnet.Start(c.Context, cfg)
			if err != nil {
				return err
			}
			defer d.Close()
			printDevnet(c, d)
			<-c.Context.Done()
			log.Info("shutting down")
			return d.Close()
		},
	}
}

type devnetInfo struct {
	L1HTTP     string           `json:"l1Http"`
	L1WS       string           `json:"l1Ws"`
	L1ChainID  uint64           `json:"l1ChainId"`
	L2ChainID  uint64           `json:"l2ChainId"`
	Deployment string           `json:"deployment"`
	Contracts  deploy.Addresses `json:"contracts"`
	Keys       []keyOut         `json:"keys"`
}

func printDevnet(c *cli.Context, d *devnet.Devnet) {
	info := devnetInfo{
		L1HTTP: d.L1HTTP(), L1WS: d.L1WS(),
		L1ChainID: d.Deployment.L1ChainID, L2ChainID: d.Deployment.Config.Genesis.ChainID,
		Deployment: d.DeploymentPath(), Contracts: d.Deployment.Contracts,
	}
	for _, k := range d.DevKeys() {
		info.Keys = append(info.Keys, keyOut{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), Key: hex.EncodeToString(crypto.FromECDSA(k))})
	}
	if c.Bool(jsonFlag.Name) {
		_ = writeJSON(c.App.Writer, info)
		return
	}
	w := c.App.Writer
	fmt.Fprintf(w, "\nEtherScale devnet is running. Ctrl-C stops it.\n\n")
	fmt.Fprintf(w, "  L1 RPC       %s\n  L1 WS        %s\n  L1 chain id  %d\n  L2 chain id  %d\n", info.L1HTTP, info.L1WS, info.L1ChainID, info.L2ChainID)
	fmt.Fprintf(w, "  deployment   %s\n", info.Deployment)
	printAddresses(w, d.Deployment.Contracts)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Funded dev keys (L1 and L2; public, never use them elsewhere):\n")
	for i, k := range info.Keys {
		fmt.Fprintf(w, "  (%d) %s  %s\n", i, k.Address, k.Key)
	}
	fmt.Fprintln(w)
}
