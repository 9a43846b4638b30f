package main

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
)

func inboxCommand() *cli.Command {
	return &cli.Command{
		Name:  "inbox",
		Usage: "queue deposits and forced transactions in the L1 Inbox",
		Description: `Every entry must be consumed by a batch within the inclusion window; a
forced transaction is how a censored user (or a watcher on its behalf) gets a
transaction into L2 without the sequencer's consent.`,
		Subcommands: []*cli.Command{
			{
				Name:  "deposit",
				Usage: "lock ETH in the Inbox and credit it to an L2 account",
				Flags: append(l1Flags(),
					&cli.StringFlag{Name: "to", Required: true, Usage: "L2 recipient address"},
					&cli.StringFlag{Name: "amount", Required: true, Usage: "amount in wei"},
				),
				Action: inboxDeposit,
			},
			{
				Name:  "force",
				Usage: "queue a raw signed L2 transaction",
				Flags: append(l1Flags(),
					&cli.StringFlag{Name: "tx", Required: true, Usage: "raw signed L2 transaction as 0x-hex"},
				),
				Action: inboxForce,
			},
		},
	}
}

type entryOut struct {
	Index     uint64 `json:"index"`
	Kind      string `json:"kind"`
	Hash      string `json:"hash"`
	Timestamp uint64 `json:"timestamp"`
	L1Tx      string `json:"l1Tx"`
}

func inboxDeposit(c *cli.Context) error {
	if !common.IsHexAddress(c.String("to")) {
		return fmt.Errorf("--to: not a hex address")
	}
	amount, err := config.ParseWei(c.String("amount"))
	if err != nil {
		return fmt.Errorf("--amount: %w", err)
	}
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	inbox := contracts.NewInbox(s.dep.Contracts.Inbox, s.client, s.sender)
	e, err := inbox.Deposit(c.Context, common.HexToAddress(c.String("to")), amount)
	if err != nil {
		return err
	}
	return printEntry(c, e)
}

func inboxForce(c *cli.Context) error {
	raw, err := hexutil.Decode(strings.TrimSpace(c.String("tx")))
	if err != nil {
		return fmt.Errorf("--tx: %w", err)
	}
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	inbox := contracts.NewInbox(s.dep.Contracts.Inbox, s.client, s.sender)
	e, err := inbox.ForceTransaction(c.Context, raw)
	if err != nil {
		return err
	}
	return printEntry(c, e)
}

func printEntry(c *cli.Context, e *contracts.QueuedEntry) error {
	kind := "deposit"
	if e.Kind == contracts.EntryKindForcedTx {
		kind = "forced-tx"
	}
	out := entryOut{Index: e.Index, Kind: kind, Hash: e.Hash.Hex(), Timestamp: e.Timestamp, L1Tx: e.TxHash.Hex()}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	fmt.Fprintf(c.App.Writer, "entry      %d (%s)\nhash       %s\nqueued at  %d\nL1 tx      %s\n", out.Index, out.Kind, out.Hash, out.Timestamp, out.L1Tx)
	return nil
}
