package main

import (
	"encoding/hex"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/internal/devnode"
)

type keyOut struct {
	Address string `json:"address"`
	Key     string `json:"key,omitempty"`
}

func keysCommand() *cli.Command {
	return &cli.Command{
		Name:  "keys",
		Usage: "create and inspect keys",
		Subcommands: []*cli.Command{
			{
				Name:  "new",
				Usage: "generate a new private key",
				Flags: []cli.Flag{
					jsonFlag,
					&cli.PathFlag{Name: "out", Usage: "write the key (hex) to this file, mode 0600, and print only the address"},
				},
				Action: func(c *cli.Context) error {
					key, err := crypto.GenerateKey()
					if err != nil {
						return err
					}
					out := keyOut{Address: crypto.PubkeyToAddress(key.PublicKey).Hex(), Key: hex.EncodeToString(crypto.FromECDSA(key))}
					if path := c.Path("out"); path != "" {
						if err := os.WriteFile(path, []byte(out.Key+"\n"), 0o600); err != nil {
							return err
						}
						out.Key = ""
					}
					return printKeys(c, []keyOut{out})
				},
			},
			{
				Name:  "address",
				Usage: "print the address of --key or --key-file",
				Flags: []cli.Flag{keyFlag, keyFileFlag, jsonFlag},
				Action: func(c *cli.Context) error {
					key, err := loadKey(c)
					if err != nil {
						return err
					}
					return printKeys(c, []keyOut{{Address: crypto.PubkeyToAddress(key.PublicKey).Hex()}})
				},
			},
			{
				Name:  "dev",
				Usage: "print the deterministic dev keys funded on the devnet (never use them elsewhere)",
				Flags: []cli.Flag{jsonFlag, &cli.IntFlag{Name: "n", Value: devnode.DefaultDevAccounts, Usage: "how many"}},
				Action: func(c *cli.Context) error {
					var out []keyOut
					for _, k := range devnode.DevKeys(c.Int("n")) {
						out = append(out, keyOut{Address: crypto.PubkeyToAddress(k.PublicKey).Hex(), Key: hex.EncodeToString(crypto.FromECDSA(k))})
					}
					return printKeys(c, out)
				},
			},
		},
	}
}

func printKeys(c *cli.Context, keys []keyOut) error {
	if c.Bool(jsonFlag.Name) {
		if len(keys) == 1 {
			return writeJSON(c.App.Writer, keys[0])
		}
		return writeJSON(c.App.Writer, keys)
	}
	for _, k := range keys {
		if k.Key != "" {
			fmt.Fprintf(c.App.Writer, "%s  %s\n", k.Address, k.Key)
		} else {
			fmt.Fprintln(c.App.Writer, k.Address)
		}
	}
	return nil
}
