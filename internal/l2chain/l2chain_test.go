package l2chain

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/replay"
)

// TestSyncRebuildsTheChain posts two batches on the simulated backend (one
// consuming a deposit and a forced transaction, one with a wrong state
// root) and checks the follower's chain against an independent replay.
func TestSyncRebuildsTheChain(t *testing.T) {
	ctx := context.Background()
	env := simbackend.New(t, 2)
	cfg, err := config.Preset("devnet", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	dep, err := deploy.Deploy(ctx, env.Client, env.Sender(t, 0), cfg)
	if err != nil {
		t.Fatal(err)
	}
	seqKey := env.Keys[1]
	seq := env.Sender(t, 1)
	set := contracts.NewSequencerSet(dep.Contracts.SequencerSet, env.Client, seq)
	if _, err := set.Register(ctx, cfg.MinBond.Big(), crypto.CompressPubkey(&seqKey.PublicKey), ""); err != nil {
		t.Fatal(err)
	}
	inbox := contracts.NewInbox(dep.Contracts.Inbox, env.Client, env.Sender(t, 0))
	bi := contracts.NewBatchInbox(dep.Contracts.BatchInbox, env.Client, seq)

	user := env.Keys[0]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	l2 := types.LatestSignerForChainID(big.NewInt(int64(cfg.Genesis.ChainID)))
	transfer := func(nonce uint64) []byte {
		to := common.HexToAddress("0xc0")
		tx, err := types.SignNewTx(user, l2, &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		return raw
	}
	if _, err := inbox.Deposit(ctx, userAddr, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	if _, err := inbox.ForceTransaction(ctx, transfer(0)); err != nil {
		t.Fatal(err)
	}

	// The expected chain, replayed independently.
	store := replay.NewMemoryStore()
	st, err := replay.NewGenesisState(ctx, &cfg.Genesis, store)
	if err != nil {
		t.Fatal(err)
	}
	genesisRoot, _ := st.Root()
	b1 := &replay.Batch{Entries: []replay.InboxEntry{replay.NewDeposit(userAddr, uint256.NewInt(1e18)), replay.NewForcedTx(transfer(0))}, Txs: [][]byte{transfer(1)}}
	res1, err := replay.ReplayBatch(ctx, st, cfg.Genesis.Rules(), b1, replay.ReplayOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res2, err := replay.ReplayBatch(ctx, st, cfg.Genesis.Rules(), &replay.Batch{Txs: [][]byte{transfer(2)}}, replay.ReplayOptions{})
	if err != nil {
		t.Fatal(err)
	}

	// post posts a calldata batch; tamper, if set, edits the header first.
	var tamper func(*contracts.BatchHeader)
	post := func(n uint64, parent common.Hash, qs, qe uint64, txs [][]byte, root common.Hash) common.Hash {
		t.Helper()
		h, data, err := contracts.NewCalldataHeader(n, parent, qs, qe, txs, root, 0)
		if err != nil {
			t.Fatal(err)
		}
		if tamper != nil {
			tamper(h)
		}
		sig, err := contracts.SignHeader(seqKey, h, env.ChainID.Uint64(), dep.Contracts.BatchInbox)
		if err != nil {
			t.Fatal(err)
		}
		pb, err := bi.PostBatch(ctx, h, [][]byte{sig}, data)
		if err != nil {
			t.Fatal(err)
		}
		return pb.HeaderHash
	}
	head, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	h1 := post(1, head.HeaderHash, 0, 2, b1.Txs, res1.Root)
	wrong := common.HexToHash("0xbad")
	h2 := post(2, h1, 2, 2, [][]byte{transfer(2)}, wrong)

	f := New(contracts.NewInbox(dep.Contracts.Inbox, env.Client, nil), contracts.NewBatchInbox(dep.Contracts.BatchInbox, env.Client, nil), &cfg.Genesis, dep.DeployBlock)
	chain, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if chain.Head() != 2 || len(chain.Entries) != 2 || chain.GenesisRoot != genesisRoot {
		t.Fatalf("head %d, %d entries, genesis %x", chain.Head(), len(chain.Entries), chain.GenesisRoot)
	}
	if r, _ := chain.RootAfter(1); r != res1.Root {
		t.Fatalf("root after 1: %x, want %x", r, res1.Root)
	}
	if chain.HeadRoot() != res2.Root {
		t.Fatalf("head root %x, want %x", chain.HeadRoot(), res2.Root)
	}
	b2, _ := chain.Batch(2)
	if b2.Posted.Header.StateRoot != wrong || b2.PostRoot == wrong || b2.PreRoot != res1.Root {
		t.Fatalf("batch 2: %+v", b2)
	}
	if signers, err := chain.Signers(2); err != nil || len(signers) != 1 || signers[0] != crypto.PubkeyToAddress(seqKey.PublicKey) {
		t.Fatalf("signers: %v, %v", signers, err)
	}

	// Traces from the genesis and from batch 1, as games anchored there see them.
	p, err := chain.Provider(ctx, 0, genesisRoot, 2)
	if err != nil {
		t.Fatal(err)
	}
	if p.Length() != 4 || p.FinalRoot() != res2.Root {
		t.Fatalf("provider: %d steps, final %x", p.Length(), p.FinalRoot())
	}
	p, err = chain.Provider(ctx, 1, res1.Root, 2)
	if err != nil {
		t.Fatal(err)
	}
	if p.Length() != 1 || p.FinalRoot() != res2.Root {
		t.Fatalf("provider from 1: %d steps, final %x", p.Length(), p.FinalRoot())
	}
	if _, err := chain.Provider(ctx, 1, wrong, 2); !errors.Is(err, ErrInconsistent) {
		t.Fatalf("foreign anchor root: %v", err)
	}
	if _, err := chain.Batch(3); !errors.Is(err, ErrUnknownBatch) {
		t.Fatalf("batch 3: %v", err)
	}
	// The chain's state is where the next batch builds.
	st2, err := chain.State(2)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := st2.Root(); r != res2.Root {
		t.Fatalf("state 2 root %x", r)
	}

	// Batch 3 claims one transaction more than its data holds: the follower
	// stops before it until it is proven malformed, then replays it as void
	// and keeps batches 1 and 2 as they were.
	tamper = func(h *contracts.BatchHeader) { h.TxCount++ }
	post(3, h2, 2, 2, [][]byte{transfer(3)}, res2.Root)
	tamper = nil
	pb3, err := bi.PostedBatch(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	data3, err := bi.DataOf(ctx, pb3)
	if err != nil {
		t.Fatal(err)
	}
	// The chain up to batch 2 is returned (the same batches, not replayed
	// again), with what stops it at batch 3: what proveMalformed needs.
	stopped, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s := stopped.Stop; s == nil || s.Batch != 3 || s.Reason != StopMalformed || s.Malformed != contracts.VoidTxCount ||
		!bytes.Equal(s.Data, data3) || s.Posted.HeaderHash != pb3.HeaderHash || !errors.Is(stopped.Complete(), ErrMalformedBatch) {
		t.Fatalf("stop at malformed batch 3: %+v", stopped.Stop)
	}
	if stopped.Head() != 2 || stopped.Batches[0] != chain.Batches[0] || stopped.Batches[1] != chain.Batches[1] || stopped.HeadRoot() != res2.Root {
		t.Fatalf("stopped chain: head %d, root %x", stopped.Head(), stopped.HeadRoot())
	}
	if _, err := stopped.Batch(3); !errors.Is(err, ErrUnknownBatch) || !errors.Is(err, ErrMalformedBatch) {
		t.Fatalf("batch 3 of the stopped chain: %v", err)
	}
	prover := contracts.NewBatchInbox(dep.Contracts.BatchInbox, env.Client, env.Sender(t, 0))
	if _, _, err := prover.ProveMalformed(ctx, &pb3.Header, pb3.Signers, data3); err != nil {
		t.Fatal(err)
	}
	again, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b3, err := again.Batch(3)
	if err != nil {
		t.Fatal(err)
	}
	if !b3.Input.Void || again.HeadRoot() != res2.Root || again.Batches[0] != chain.Batches[0] || again.Batches[1] != chain.Batches[1] {
		t.Fatalf("after the proof: void %v, head root %x, batches 1–2 reused %v %v", b3.Input.Void, again.HeadRoot(),
			again.Batches[0] == chain.Batches[0], again.Batches[1] == chain.Batches[1])
	}
}
