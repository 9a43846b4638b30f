package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/sequencerset/node"
)

func sequencerCommand() *cli.Command {
	return &cli.Command{
		Name:  "sequencer",
		Usage: "manage a sequencer's bond in the SequencerSet; init, genesis and run a validator of the BFT set",
		Description: `A set of one sequencer is the training-wheels mode: the deployer registers
itself and is then the only key allowed to post batches.`,
		Subcommands: append([]*cli.Command{
			{
				Name:  "register",
				Usage: "bond the key's address as a sequencer",
				Flags: append(l1Flags(),
					&cli.StringFlag{Name: "bond", Usage: "bond in wei (default: the config's minBond)"},
					&cli.StringFlag{Name: "endpoint", Value: "", Usage: "URL where the sequencer serves L2 JSON-RPC"},
					&cli.StringFlag{Name: "consensus-key", Value: "", Usage: "hex consensus public key; default: the L1 key's compressed public key, enough for a single (training-wheels) sequencer"},
					&cli.PathFlag{Name: homeFlag.Name, EnvVars: homeFlag.EnvVars, Usage: "a validator home (`sequencer init`): register its consensus key and endpoint"},
				),
				Action: sequencerRegister,
			},
			{
				Name:      "status",
				Usage:     "show a sequencer's status, stake and endpoint",
				ArgsUsage: "[ADDRESS]  (default: the address of --key / --key-file)",
				Flags:     l1Flags(),
				Action:    sequencerStatus,
			},
			{
				Name:   "exit",
				Usage:  "leave the set; the bond unlocks after the unbonding period",
				Flags:  l1Flags(),
				Action: sequencerTx("exit", (*contracts.SequencerSet).Exit),
			},
			{
				Name:   "unjail",
				Usage:  "come back into the leader schedule after a jail (from the epoch after the jailing; effective at the next epoch)",
				Flags:  l1Flags(),
				Action: sequencerTx("unjail", (*contracts.SequencerSet).Unjail),
			},
			{
				Name:   "withdraw",
				Usage:  "withdraw the bond once the unbonding period has passed",
				Flags:  l1Flags(),
				Action: sequencerTx("withdraw", (*contracts.SequencerSet).Withdraw),
			},
		}, sequencerNodeCommands()...),
	}
}

func sequencerRegister(c *cli.Context) error {
	s, err := openL1(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	bond := s.dep.Config.MinBond.Big()
	if v := c.String("bond"); v != "" {
		if bond, err = config.ParseWei(v); err != nil {
			return fmt.Errorf("--bond: %w", err)
		}
	}
	// A lone sequencer runs no consensus, so its L1 identity is all the set
	// needs; members of a rotating set pass their CometBFT key.
	consensusKey := crypto.CompressPubkey(s.senderKey)
	endpoint := c.String("endpoint")
	if home := c.Path(homeFlag.Name); home != "" {
		id, err := node.LoadIdentity(home)
		if err != nil {
			return err
		}
		consensusKey = id.ConsensusKey
		if endpoint == "" {
			endpoint = id.Endpoint()
		}
	}
	if v := c.String("consensus-key"); v != "" {
		if consensusKey = common.FromHex(v); len(consensusKey) == 0 {
			return fmt.Errorf("--consensus-key: not hex")
		}
	}
	set := contracts.NewSequencerSet(s.dep.Contracts.SequencerSet, s.client, s.sender)
	if _, err := set.Register(c.Context, bond, consensusKey, endpoint); err != nil {
		return err
	}
	return printSequencer(c, set, s.sender.From())
}

func sequencerStatus(c *cli.Context) error {
	args, err := argsWithFlags(c)
	if err != nil {
		return err
	}
	var who common.Address
	switch {
	case len(args) == 1 && common.IsHexAddress(args[0]):
		who = common.HexToAddress(args[0])
	case len(args) == 1:
		return fmt.Errorf("invalid address %q: want a 0x-prefixed hex address", args[0])
	case len(args) > 1:
		return fmt.Errorf("want at most one argument, a hex address (got %d)", len(args))
	case c.String(keyFlag.Name) == "" && c.Path(keyFileFlag.Name) == "":
		return errors.New("whose status? give a sequencer address, or --key/--key-file for the key's own")
	}
	s, err := openL1(c, len(args) == 0)
	if err != nil {
		return err
	}
	defer s.Close()
	if len(args) == 0 {
		who = s.sender.From()
	}
	return printSequencer(c, contracts.NewSequencerSet(s.dep.Contracts.SequencerSet, s.client, nil), who)
}

// sequencerTx runs one state-changing SequencerSet call for the key's address.
func sequencerTx(what string, call func(*contracts.SequencerSet, context.Context) (*types.Receipt, error)) cli.ActionFunc {
	return func(c *cli.Context) error {
		s, err := openL1(c, true)
		if err != nil {
			return err
		}
		defer s.Close()
		set := contracts.NewSequencerSet(s.dep.Contracts.SequencerSet, s.client, s.sender)
		if _, err := call(set, c.Context); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return printSequencer(c, set, s.sender.From())
	}
}

type sequencerOut struct {
	Address      string `json:"address"`
	Status       string `json:"status"`
	Stake        string `json:"stake"`
	Endpoint     string `json:"endpoint"`
	ConsensusKey string `json:"consensusKey,omitempty"`
	ExitAt       uint64 `json:"exitAt,omitempty"`
	// The schedule (docs/PROTOCOL.md §5.6): the latest block's slot and its
	// leader, and the member's standing.
	CurrentSlot  uint64 `json:"currentSlot"`
	CurrentEpoch uint64 `json:"currentEpoch"`
	SlotLeader   string `json:"slotLeader"`
	Scheduled    bool   `json:"scheduled"`
	FromEpoch    uint64 `json:"fromEpoch"`
	UntilEpoch   uint64 `json:"untilEpoch,omitempty"`
	Strikes      uint8  `json:"strikes"`
	Jailed       bool   `json:"jailed"`
	JailedFrom   uint64 `json:"jailedFrom,omitempty"`
}

func printSequencer(c *cli.Context, set *contracts.SequencerSet, who common.Address) error {
	info, err := set.Sequencer(c.Context, who)
	if err != nil {
		return err
	}
	out := sequencerOut{
		Address: info.Address.Hex(), Status: info.Status.String(), Stake: new(big.Int).Set(info.Stake).String(),
		Endpoint: info.Endpoint, ExitAt: info.ExitAt,
	}
	if len(info.ConsensusKey) > 0 {
		out.ConsensusKey = common.Bytes2Hex(info.ConsensusKey)
	}
	if err := scheduleStatus(c, set, who, &out); err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(c.App.Writer, out)
	}
	fmt.Fprintf(c.App.Writer, "sequencer  %s\nstatus     %s\nstake      %s wei\nendpoint   %s\n", out.Address, out.Status, out.Stake, out.Endpoint)
	if out.ExitAt != 0 {
		fmt.Fprintf(c.App.Writer, "exit at    %d\n", out.ExitAt)
	}
	fmt.Fprintf(c.App.Writer, "slot       %d (epoch %d), leader %s\nscheduled  %v (from epoch %d)\nstrikes    %d\n", out.CurrentSlot, out.CurrentEpoch, out.SlotLeader, out.Scheduled, out.FromEpoch, out.Strikes)
	if out.Jailed {
		fmt.Fprintf(c.App.Writer, "jailed     since epoch %d (etherscale sequencer unjail, from epoch %d)\n", out.JailedFrom, out.JailedFrom+1)
	}
	return nil
}

// scheduleStatus fills in the leader schedule part of the status.
func scheduleStatus(c *cli.Context, set *contracts.SequencerSet, who common.Address, out *sequencerOut) error {
	slot, err := set.CurrentSlot(c.Context)
	if err != nil {
		return err
	}
	leader, err := set.LeaderOf(c.Context, slot)
	if err != nil {
		return err
	}
	st, err := set.Standing(c.Context, who)
	if err != nil {
		return err
	}
	if out.Scheduled, err = set.IsActive(c.Context, who); err != nil {
		return err
	}
	out.CurrentSlot, out.SlotLeader = slot, leader.Hex()
	if out.CurrentEpoch, err = set.CurrentEpoch(c.Context); err != nil {
		return err
	}
	out.FromEpoch, out.Strikes, out.Jailed, out.JailedFrom = st.FromEpoch, st.Strikes, st.Jailed, st.JailedFrom
	if st.UntilEpoch != contracts.NeverEpoch {
		out.UntilEpoch = st.UntilEpoch
	}
	return nil
}
