package node

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/app"
)

// powerUnit converts stake to CometBFT voting power: one unit per gwei
// keeps the power of any realistic stake far below CometBFT's cap
// (2^60) while the > 2/3-of-power certificate still implies BatchInbox's
// ≥ 2/3 of stake up to a gwei per validator.
var powerUnit = big.NewInt(1e9)

// MaxBlockBytes is the consensus block size limit: a batch (≤ 120 KiB by
// the config rules) plus its certificate and entries, with room.
const MaxBlockBytes = 1 << 20

// BuildGenesis derives the consensus genesis from L1: the validators are
// the members of SequencerSet's schedule, in the first epoch that has
// every member registered so far, with an ed25519 consensus key (power =
// weight in gwei); the start batch is BatchInbox's head; the genesis time
// is that epoch's start. Operators who build it from the same L1 set get
// the same document (`etherscale sequencer genesis`).
//
// daMode is where the set puts batch data: sequencerset.DAModeShards (the
// DA committee registered in BatchInbox; the slot leader disperses and
// posts the certificate) or sequencerset.DAModeCalldata.
func BuildGenesis(ctx context.Context, set *contracts.SequencerSet, inbox *contracts.BatchInbox, r sequencerset.Rollup, daMode string) (*cmttypes.GenesisDoc, error) {
	params, err := set.ScheduleParams(ctx)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	epoch, err := set.CurrentEpoch(ctx)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	// The genesis epoch is the first in which every member registered so
	// far is scheduled: a fact of L1's records, so operators who build the
	// genesis at different times (in that epoch or the next) agree.
	members, err := set.EpochSet(ctx, epoch+1)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	var first uint64
	for _, m := range members {
		st, err := set.Standing(ctx, m.Addr)
		if err != nil {
			return nil, fmt.Errorf("genesis: %w", err)
		}
		first = max(first, st.FromEpoch)
	}
	if members, err = set.EpochSet(ctx, first); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	vals, err := validatorsOf(members)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	var gvals []cmttypes.GenesisValidator
	for _, v := range vals {
		pk := ed25519.PubKey(v.PubKey)
		gvals = append(gvals, cmttypes.GenesisValidator{Address: pk.Address(), PubKey: pk, Power: v.Power, Name: v.L1.Hex()})
	}
	if len(vals) == 0 {
		return nil, fmt.Errorf("genesis: no sequencer scheduled in epoch %d has an ed25519 consensus key (register with `etherscale sequencer register --home`)", first)
	}
	latest := params.SlotStart(params.EpochFirstSlot(first))
	head, err := inbox.ChainHead(ctx)
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	root, err := stateRootAt(ctx, r, head)
	if err != nil {
		return nil, err
	}
	g := app.Genesis{Schedule: params, Epoch: first, Validators: vals, Head: head, StateRoot: root}
	switch daMode {
	case sequencerset.DAModeCalldata, "":
	case sequencerset.DAModeShards:
		addr, err := inbox.DACommitteeAddress(ctx)
		if err != nil {
			return nil, fmt.Errorf("genesis: %w", err)
		}
		if addr == (common.Address{}) {
			return nil, fmt.Errorf("genesis: DA mode %s but BatchInbox has no DA committee", daMode)
		}
		p, err := contracts.NewDACommittee(addr, inbox.Backend(), nil).Params(ctx)
		if err != nil {
			return nil, fmt.Errorf("genesis: %w", err)
		}
		g.DA = &app.DAParams{K: int(p.K), N: int(p.N)}
	default:
		return nil, fmt.Errorf("genesis: DA mode %q (want %s or %s)", daMode, sequencerset.DAModeShards, sequencerset.DAModeCalldata)
	}
	raw, err := json.Marshal(g)
	if err != nil {
		return nil, err
	}
	cparams := cmttypes.DefaultConsensusParams()
	cparams.Block.MaxBytes = MaxBlockBytes
	cparams.ABCI.VoteExtensionsEnableHeight = 1
	doc := &cmttypes.GenesisDoc{
		// The genesis epoch's start: consensus begins when the L1 set does.
		GenesisTime:     time.Unix(int64(latest), 0).UTC(),
		ChainID:         "etherscale-" + strconv.FormatUint(r.Genesis.ChainID, 10),
		InitialHeight:   1,
		ConsensusParams: cparams,
		Validators:      gvals,
		AppHash:         root.Bytes(),
		AppState:        raw,
	}
	if err := doc.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	return doc, nil
}

// stateRootAt is the state root after batch head: the genesis root for
// batch 0, else the root the batch claims (checked against the replay when
// the node starts).
func stateRootAt(_ context.Context, r sequencerset.Rollup, head contracts.ChainHead) (common.Hash, error) {
	if head.Number == 0 {
		root, err := r.Genesis.Root()
		if err != nil {
			return common.Hash{}, fmt.Errorf("genesis: %w", err)
		}
		return root, nil
	}
	return common.Hash{}, fmt.Errorf("genesis: BatchInbox is at batch %d; the BFT node starts from batch 0 only (switching a running training-wheels chain over is not built yet)", head.Number)
}

// ensureStartState writes the start state into the node's store if it is
// not there (a fresh home).
func ensureStartState(ctx context.Context, r sequencerset.Rollup, g *app.Genesis, store replay.NodeStore) error {
	if _, err := store.Node(g.StateRoot); err == nil {
		return nil
	}
	if g.Head.Number != 0 {
		return fmt.Errorf("node: start state %s of batch %d is not in the store", g.StateRoot, g.Head.Number)
	}
	st, err := replay.NewGenesisState(ctx, r.Genesis, store)
	if err != nil {
		return fmt.Errorf("node: genesis state: %w", err)
	}
	root, err := st.Root()
	if err != nil {
		return err
	}
	if root != g.StateRoot {
		return fmt.Errorf("node: the deployment's genesis root %s differs from the consensus genesis %s", root, g.StateRoot)
	}
	return nil
}

// validatorsOf turns an epoch's schedule into CometBFT validators: the
// members with an ed25519 consensus key (others are training-wheels keys),
// power = weight in gwei, in the schedule's order (address ascending).
func validatorsOf(members []contracts.EpochMember) ([]app.Validator, error) {
	var vals []app.Validator
	for _, m := range members {
		if len(m.ConsensusKey) != ed25519.PubKeySize {
			continue
		}
		power := new(big.Int).Div(m.Stake, powerUnit)
		if !power.IsInt64() || power.Sign() == 0 {
			return nil, fmt.Errorf("weight %s of %s gives no usable voting power", m.Stake, m.Addr)
		}
		vals = append(vals, app.Validator{L1: m.Addr, PubKey: m.ConsensusKey, Power: power.Int64()})
	}
	return vals, nil
}
