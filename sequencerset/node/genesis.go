package node

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/app"
)

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
	vals := validatorsOf(members)
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
	root, err := stateRootAt(ctx, r, inbox.Backend(), head)
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
// batch 0, else the root a replay of L1's batches up to head reaches (a
// set taking over a running chain, PROTOCOL.md §5.9.1).
func stateRootAt(ctx context.Context, r sequencerset.Rollup, l1 contracts.Backend, head contracts.ChainHead) (common.Hash, error) {
	if head.Number == 0 {
		root, err := r.Genesis.Root()
		if err != nil {
			return common.Hash{}, fmt.Errorf("genesis: %w", err)
		}
		return root, nil
	}
	_, root, err := replayL1(ctx, r, l1, head, nil)
	return root, err
}

// replayL1 rebuilds L1's batch chain up to head (calldata from the posting
// transactions, certificate batches from the DA committee, as every
// follower does) with its state nodes in store (nil: memory), and returns
// the chain cut at head and the state root after it.
func replayL1(ctx context.Context, r sequencerset.Rollup, l1 contracts.Backend, head contracts.ChainHead, store replay.NodeStore) (*l2chain.Chain, common.Hash, error) {
	f := l2chain.New(contracts.NewInbox(r.Inbox, l1, nil), contracts.NewBatchInbox(r.BatchInbox, l1, nil), r.Genesis, r.DeployBlock)
	if store != nil {
		f.SetStore(store)
	}
	fetcher := dawire.NewFetcher(l1, r.BatchInbox, r.DeployBlock, da.DefaultRetrieverConfig())
	defer fetcher.Close()
	f.SetDataSource(fetcher)
	chain, err := f.Sync(ctx)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("replay L1's batches: %w", err)
	}
	if chain.Head() < head.Number {
		return nil, common.Hash{}, fmt.Errorf("replay L1's batches: reached batch %d of %d: %w", chain.Head(), head.Number, chain.Complete())
	}
	hdr, err := chain.Header(head.Number)
	if err != nil {
		return nil, common.Hash{}, err
	}
	if hh := hdr.Hash(); hh != head.HeaderHash {
		return nil, common.Hash{}, fmt.Errorf("replay L1's batches: batch %d is %s on L1, the genesis says %s", head.Number, hh, head.HeaderHash)
	}
	root, err := chain.RootAfter(head.Number)
	if err != nil {
		return nil, common.Hash{}, err
	}
	cut := *chain
	cut.Batches, cut.Stop = chain.Batches[:head.Number], nil
	return &cut, root, nil
}

// ensureStartState writes the start state into the node's store, and the
// L2 blocks up to the start batch into blocks, if they are not there (a
// fresh home).
func ensureStartState(ctx context.Context, r sequencerset.Rollup, l1 contracts.Backend, g *app.Genesis, store replay.NodeStore, blocks *sequencerset.BlockStore) error {
	if _, err := store.Node(g.StateRoot); err == nil && (g.Head.Number == 0 || blocks.Head() >= g.Head.Number) {
		return nil
	}
	if g.Head.Number > 0 {
		chain, root, err := replayL1(ctx, r, l1, g.Head, store)
		if err != nil {
			return fmt.Errorf("node: start state: %w", err)
		}
		if root != g.StateRoot {
			return fmt.Errorf("node: L1's batches up to %d replay to %s, the consensus genesis says %s", g.Head.Number, root, g.StateRoot)
		}
		if err := blocks.Sync(ctx, chain, r.MaxBatchTxs*replay.TransferGas); err != nil {
			return fmt.Errorf("node: L2 blocks up to the start batch: %w", err)
		}
		return nil
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
// power = weight in whole gwei (contracts.StakePower), in the schedule's
// order (address ascending).
//
// What L1 holds is whatever its members registered, so the rule must seat
// a set CometBFT accepts whatever that is, and the same on every node. A
// key two members hold (SequencerSet refuses that since ConsensusKeyTaken;
// a deployment from before, or another contract, may not) would put the key
// in the validator updates twice, and CometBFT's consensus fails on a
// duplicate entry: every node would halt at the epoch boundary. Such a key
// seats none of its holders: choosing one, say the lowest address, would let
// a copier grind an address below its victim's and take the victim's seat.
// A member whose weight gives no usable power (below 1 gwei; a minBond of at
// least 1 gwei keeps every scheduled member above) is left out too, instead
// of failing the whole set: one member's record must not stop every
// validator's view of L1. Members left out still count in BatchInbox's
// total, like a member that does not sign.
func validatorsOf(members []contracts.EpochMember) []app.Validator {
	holders := make(map[string]int, len(members))
	for _, m := range members {
		if len(m.ConsensusKey) == ed25519.PubKeySize {
			holders[string(m.ConsensusKey)]++
		}
	}
	var vals []app.Validator
	for _, m := range members {
		if len(m.ConsensusKey) != ed25519.PubKeySize || holders[string(m.ConsensusKey)] > 1 {
			continue
		}
		// The power BatchInbox counts the member's signature with
		// (contracts.PowerUnit): one rule on both sides.
		power, err := contracts.StakePower(m.Stake)
		if err != nil {
			continue
		}
		vals = append(vals, app.Validator{L1: m.Addr, PubKey: m.ConsensusKey, Power: power})
	}
	return vals
}
