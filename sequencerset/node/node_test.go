package node_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/loopback"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/node"
)

// network is four validators in this process over loopback, on an
// embedded L1 where the four registered as bonded sequencers.
type network struct {
	t      *testing.T
	l1     *ethclient.Client
	d      *devnet.Devnet
	rollup sequencerset.Rollup
	cfgs   []node.Config
	nodes  []*node.Node
	stops  []func()
	user   *ecdsa.PrivateKey
}

func logger(t *testing.T, i int) *slog.Logger {
	if os.Getenv("ETHERSCALE_NODE_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	level := slog.LevelInfo
	if os.Getenv("ETHERSCALE_NODE_LOG") == "debug" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})).With("v", i)
}

func startNetwork(t *testing.T, n int, faults ...node.Faults) *network {
	t.Helper()
	return startNetworkWith(t, n, n+1, faults...)
}

// startNetworkWith is startNetwork with accounts dev keys (the first n
// are the validators' L1 keys, key n the test's user).
func startNetworkWith(t *testing.T, n, accounts int, faults ...node.Faults) *network {
	t.Helper()
	return startNetworkBond(t, n, accounts, 1, faults...)
}

// startNetworkBond is startNetworkWith with each validator bonding
// minBonds times the deployment's minBond.
func startNetworkBond(t *testing.T, n, accounts int, minBonds int64, faults ...node.Faults) *network {
	t.Helper()
	return startNetworkOpts(t, netOpts{n: n, accounts: accounts, minBonds: minBonds, faults: faults})
}

// netOpts are startNetworkOpts' settings; before runs on the fresh L1
// before the validators register.
type netOpts struct {
	n, accounts int
	minBonds    int64
	faults      []node.Faults
	before      func(net *network)
}

func startNetworkOpts(t *testing.T, o netOpts) *network {
	t.Helper()
	n, accounts, minBonds, faults := o.n, o.accounts, o.minBonds, o.faults
	ctx := context.Background()
	cfg := devnet.DefaultConfig()
	cfg.DataDir, cfg.BlockPeriod, cfg.DevAccounts = t.TempDir(), 1, accounts
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	l1, err := ethclient.Dial(d.L1HTTP())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	net := &network{t: t, l1: l1, d: d, rollup: sequencerset.RollupOf(d.Deployment), user: d.DevKeys()[n]}
	set := contracts.NewSequencerSet(d.Deployment.Contracts.SequencerSet, l1, nil)
	if o.before != nil {
		o.before(net)
	}
	for i := 0; i < n; i++ {
		key := d.DevKeys()[i]
		home := filepath.Join(t.TempDir(), fmt.Sprintf("v%d", i))
		id, err := node.Init(home, node.InitOptions{P2PAddr: loopback.TestAddr(t), RPCAddr: loopback.TestAddr(t)})
		if err != nil {
			t.Fatal(err)
		}
		sender, err := txmgr.New(ctx, l1, key, net.txConfig())
		if err != nil {
			t.Fatal(err)
		}
		reg := contracts.NewSequencerSet(set.Address(), l1, sender)
		bond := new(big.Int).Mul(d.Deployment.Config.MinBond.Big(), big.NewInt(minBonds))
		if _, err := reg.Register(ctx, bond, id.ConsensusKey, id.Endpoint()); err != nil {
			t.Fatal(err)
		}
		var f node.Faults
		if i < len(faults) {
			f = faults[i]
		}
		net.cfgs = append(net.cfgs, node.Config{Faults: f, Home: home, P2PAddr: id.P2PAddr, RPCAddr: id.RPCAddr, L1: l1, Tx: sender, Key: key, Rollup: net.rollup, PollInterval: 200 * time.Millisecond, Log: logger(t, i)})
	}
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, l1, nil)
	gen, err := node.BuildGenesis(ctx, set, bi, net.rollup, sequencerset.DAModeCalldata)
	if err != nil {
		t.Fatal(err)
	}
	if len(gen.Validators) != n {
		t.Fatalf("genesis has %d validators, want %d", len(gen.Validators), n)
	}
	for _, c := range net.cfgs {
		if err := gen.SaveAs(node.GenesisFile(c.Home)); err != nil {
			t.Fatal(err)
		}
	}
	for i := range net.cfgs {
		net.nodes = append(net.nodes, nil)
		net.stops = append(net.stops, nil)
		net.start(i)
	}
	return net
}

// txConfig is the validators' Sender configuration.
func (net *network) txConfig() txmgr.Config {
	cfg := txmgr.DefaultConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	return cfg
}

// start runs validator i until the returned stop (also a cleanup).
func (net *network) start(i int) {
	t := net.t
	t.Helper()
	nd, err := node.New(context.Background(), net.cfgs[i])
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- nd.Run(ctx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("validator %d: Run: %v", i, err)
		}
	}
	t.Cleanup(stop)
	net.nodes[i], net.stops[i] = nd, stop
}

func (net *network) transfer(nonce uint64, to common.Address, value int64) []byte {
	net.t.Helper()
	chainID := new(big.Int).SetUint64(net.rollup.Genesis.ChainID)
	tx, err := types.SignNewTx(net.user, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: net.rollup.Genesis.BaseFee.ToInt(),
		Gas: 21000, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		net.t.Fatal(err)
	}
	raw, _ := tx.MarshalBinary()
	return raw
}

// waitL1Batch waits until BatchInbox holds batch n and returns L1's head.
func (net *network) waitL1Batch(n uint64, timeout time.Duration) contracts.ChainHead {
	net.t.Helper()
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil)
	deadline := time.Now().Add(timeout)
	for {
		head, err := bi.ChainHead(context.Background())
		if err == nil && head.Number >= n {
			return head
		}
		if time.Now().After(deadline) {
			net.t.Fatalf("L1 batch chain at %d after %s, want %d (err %v)", head.Number, timeout, n, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestFourValidatorsSequenceAndPost(t *testing.T) {
	net := startNetwork(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	to := common.Address{0xab}
	// Sent to one validator; whichever proposes, the mempools gossip them
	// (a wallet sends its nonces to one node: no future queue is needed).
	for i := uint64(0); i < 3; i++ {
		if err := net.nodes[2].Submit(ctx, net.transfer(i, to, 1000)); err != nil {
			t.Fatalf("submit %d: %v", i, err)
		}
	}
	head := net.waitL1Batch(1, time.Minute)
	// Every validator decided the same chain and state.
	deadline := time.Now().Add(30 * time.Second)
	for {
		var bal []*big.Int
		for _, nd := range net.nodes {
			acc, err := nd.App().Account(to)
			if err != nil {
				t.Fatal(err)
			}
			bal = append(bal, acc.Balance.ToBig())
		}
		same := true
		for _, b := range bal {
			same = same && b.Int64() == 3000
		}
		if same {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("balances of the recipient on the four validators: %v, want 3000 each", bal)
		}
		time.Sleep(100 * time.Millisecond)
	}
	b, err := net.nodes[3].App().Batch(head.Number)
	if err != nil {
		t.Fatal(err)
	}
	if b.Header.Hash() != head.HeaderHash {
		t.Fatalf("L1 batch %d header %s, consensus %s", head.Number, head.HeaderHash, b.Header.Hash())
	}

	// The Ethereum JSON-RPC of every node serves the same block.
	var hashes []common.Hash
	for _, nd := range net.nodes {
		c, err := ethclient.Dial(nd.URL())
		if err != nil {
			t.Fatal(err)
		}
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(head.Number))
		c.Close()
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h.Hash())
	}
	for _, h := range hashes[1:] {
		if h != hashes[0] {
			t.Fatalf("nodes serve different blocks %d: %v", head.Number, hashes)
		}
	}

	// One of four down: the chain goes on, and a wallet's transfer sent to
	// another node lands.
	net.stops[1]()
	wallet, err := ethclient.Dial(net.nodes[3].URL())
	if err != nil {
		t.Fatal(err)
	}
	defer wallet.Close()
	nonce, err := wallet.PendingNonceAt(ctx, crypto.PubkeyToAddress(net.user.PublicKey))
	if err != nil || nonce != 3 {
		t.Fatalf("pending nonce %d, %v; want 3", nonce, err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(net.transfer(3, to, 1000)); err != nil {
		t.Fatal(err)
	}
	if err := wallet.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	rcpt, err := bind.WaitMined(ctx, wallet, tx.Hash())
	if err != nil || rcpt.Status != 1 {
		t.Fatalf("receipt %+v, %v", rcpt, err)
	}
	net.waitL1Batch(rcpt.BlockNumber.Uint64(), time.Minute)
}

// TestEquivocatorIsSlashedAndLeaves: a validator that signs a second
// header for a batch (served from its RPC) is proven by the others on L1,
// loses its bond, leaves the set at the next epoch, and the L2 goes on
// with three.
func TestEquivocatorIsSlashedAndLeaves(t *testing.T) {
	// Mostly waiting on L1 (epochs, windows): runs beside the others.
	t.Parallel()
	net := startNetwork(t, 4, node.Faults{}, node.Faults{}, node.Faults{}, node.Faults{Equivocate: true})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	to := common.Address{0xcd}
	if err := net.nodes[0].Submit(ctx, net.transfer(0, to, 1)); err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(net.d.Deployment.Contracts.SequencerSet, net.l1, nil)
	liar := crypto.PubkeyToAddress(net.d.DevKeys()[3].PublicKey)
	deadline := time.Now().Add(90 * time.Second)
	// Batches keep coming, as on a live chain: a certificate holds the
	// votes that arrived in time (> 2/3), so the liar's signature on the
	// first batch, the proof's other half, may be missing from it.
	nonce := uint64(1)
	for last := time.Now(); ; {
		stake, err := set.StakeOf(ctx, liar)
		if err == nil && stake.Sign() == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the equivocator still has %v at stake (%v)", stake, err)
		}
		if time.Since(last) > 2*time.Second {
			if err := net.nodes[0].Submit(ctx, net.transfer(nonce, common.Address{0xce}, 1)); err != nil {
				t.Fatal(err)
			}
			nonce, last = nonce+1, time.Now()
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Its provers were credited.
	var credited int
	for i := 0; i < 3; i++ {
		c, err := set.Credit(ctx, crypto.PubkeyToAddress(net.d.DevKeys()[i].PublicKey))
		if err == nil && c.Sign() > 0 {
			credited++
		}
	}
	if credited == 0 {
		t.Fatal("nobody was credited for the proof")
	}
	// The next epoch's set has three validators, on every node.
	deadline = time.Now().Add(90 * time.Second)
	for {
		if len(net.nodes[0].App().Validators()) == 3 && len(net.nodes[2].App().Validators()) == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("validator sets %d/%d after the slash", len(net.nodes[0].App().Validators()), len(net.nodes[2].App().Validators()))
		}
		time.Sleep(200 * time.Millisecond)
	}
	// And the L2 goes on: a transfer lands and reaches L1.
	if err := net.nodes[0].Submit(ctx, net.transfer(nonce, to, 1)); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(time.Minute)
	for {
		acc, err := net.nodes[2].App().Account(to)
		if err == nil && acc.Balance.Uint64() == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("second transfer not applied: %v, %v", acc.Balance, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	head, _ := net.nodes[2].App().Head()
	net.waitL1Batch(head.Number, time.Minute)
}

// TestLateValidatorJoins: a sequencer that registers after the genesis
// starts its node from the same genesis, catches up by block sync, joins
// the consensus set at the next epoch (validator_updates from L1's
// schedule), and its signature appears in the certificates.
func TestLateValidatorJoins(t *testing.T) {
	// Mostly waiting on L1 (epochs, windows): runs beside the others.
	t.Parallel()
	net := startNetworkWith(t, 4, 6)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	to := common.Address{0xee}
	if err := net.nodes[0].Submit(ctx, net.transfer(0, to, 1)); err != nil {
		t.Fatal(err)
	}
	net.waitL1Batch(1, time.Minute)

	key := net.d.DevKeys()[5]
	home := filepath.Join(t.TempDir(), "late")
	id, err := node.Init(home, node.InitOptions{P2PAddr: loopback.TestAddr(t), RPCAddr: loopback.TestAddr(t)})
	if err != nil {
		t.Fatal(err)
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, net.l1, key, tcfg)
	if err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(net.d.Deployment.Contracts.SequencerSet, net.l1, sender)
	if _, err := set.Register(ctx, net.d.Deployment.Config.MinBond.Big(), id.ConsensusKey, id.Endpoint()); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(node.GenesisFile(net.cfgs[0].Home))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(node.GenesisFile(home), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	net.cfgs = append(net.cfgs, node.Config{Home: home, P2PAddr: id.P2PAddr, RPCAddr: id.RPCAddr, L1: net.l1, Tx: sender, Key: key, Rollup: net.rollup, PollInterval: 200 * time.Millisecond, Log: logger(t, 4)})
	net.nodes, net.stops = append(net.nodes, nil), append(net.stops, nil)
	net.start(4)
	late := crypto.PubkeyToAddress(key.PublicKey)

	// It joins the set at the next epoch, on every node, itself included.
	deadline := time.Now().Add(2 * time.Minute)
	for {
		n0, n4 := len(net.nodes[0].App().Validators()), len(net.nodes[4].App().Validators())
		if n0 == 5 && n4 == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("validator sets %d (old node) and %d (late node), want 5", n0, n4)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// It caught up: same head as the others; and it signs.
	for nonce := uint64(1); ; nonce++ {
		if err := net.nodes[1].Submit(ctx, net.transfer(nonce, to, 1)); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Second)
		head, _ := net.nodes[1].App().Head()
		for n := head.Number; n > 1; n-- {
			_, cert, err := net.nodes[4].App().Certified(n)
			if err != nil || cert == nil {
				continue
			}
			for _, s := range cert.Signers {
				if s == late {
					return
				}
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the late validator's signature never appears in a certificate")
		}
	}
}

// TestSetAdoptsForcedBatch: the set keeps deciding but posts nothing (its
// posting held, as an outage of its L1 access would) while a transfer and
// a deposit wait; after inclusionWindow + forceGrace anyone posts a forced
// batch on L1. The validators adopt it: the consensus chain drops the
// batches it can never post, applies the deposit, proposes the dropped
// transfer again and posts on top of the forced batch. Before adoption
// existed the set logged "L1's batch chain left the consensus chain" and
// never posted again.
func TestSetAdoptsForcedBatch(t *testing.T) {
	// Mostly waiting on L1 (epochs, windows): runs beside the others.
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Three minBonds each: the forced batch's penalty must not eject them.
	net := startNetworkBond(t, 4, 6, 3)
	to := common.Address{0xab}
	if err := net.nodes[0].Submit(ctx, net.transfer(0, to, 1000)); err != nil {
		t.Fatal(err)
	}
	net.waitL1Batch(1, time.Minute)
	for _, nd := range net.nodes {
		nd.HoldPosts(true)
	}
	time.Sleep(2 * time.Second) // a post under way lands
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil)
	l1Head, err := bi.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// A transfer the set decides and cannot post.
	dropped := new(types.Transaction)
	if err := dropped.UnmarshalBinary(net.transfer(1, to, 1000)); err != nil {
		t.Fatal(err)
	}
	raw, _ := dropped.MarshalBinary()
	if err := net.nodes[1].Submit(ctx, raw); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the transfer decided", func() bool {
		acc, err := net.nodes[2].App().Account(crypto.PubkeyToAddress(net.user.PublicKey))
		return err == nil && acc.Nonce == 2
	})
	decided, _ := net.nodes[2].App().Head()
	if decided.Number <= l1Head.Number {
		t.Fatalf("consensus head %d, L1 head %d: nothing to drop", decided.Number, l1Head.Number)
	}

	// A deposit: the set includes it, L1 never sees it consumed.
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(ctx, net.l1, net.d.DevKeys()[5], tcfg)
	if err != nil {
		t.Fatal(err)
	}
	depositor := common.Address{0xde}
	if _, err := contracts.NewInbox(net.rollup.Inbox, net.l1, sender).Deposit(ctx, depositor, big.NewInt(777)); err != nil {
		t.Fatal(err)
	}
	forcer := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, sender)
	var forced *contracts.PostedBatch
	waitFor(t, 90*time.Second, "the escape hatch", func() bool {
		pb, _, err := forcer.PostForcedBatch(ctx)
		if err != nil && !contracts.Reverted(err, "EscapeHatchClosed") {
			t.Fatalf("post forced batch: %v", err)
		}
		forced = pb
		return err == nil
	})
	if forced.Header.Number != l1Head.Number+1 {
		t.Fatalf("forced batch %d on L1 head %d", forced.Header.Number, l1Head.Number)
	}

	// Every validator adopts it and applies the deposit.
	for i, nd := range net.nodes {
		waitFor(t, 30*time.Second, fmt.Sprintf("validator %d adopting batch %d", i, forced.Header.Number), func() bool {
			b, err := nd.App().Batch(forced.Header.Number)
			return err == nil && b.Header.Hash() == forced.HeaderHash
		})
		acc, err := nd.App().Account(depositor)
		if err != nil || acc.Balance.Uint64() != 777 {
			t.Fatalf("validator %d: deposit balance %s (%v)", i, acc.Balance.Dec(), err)
		}
	}

	// Posting again: the next batch extends the forced one, and the dropped
	// transfer lands in it or a later one, served by every node's RPC.
	for _, nd := range net.nodes {
		nd.HoldPosts(false)
	}
	next := net.waitL1Batch(forced.Header.Number+1, time.Minute)
	pb, err := bi.PostedBatch(ctx, forced.Header.Number+1)
	if err != nil {
		t.Fatal(err)
	}
	if pb.Header.ParentHash != forced.HeaderHash {
		t.Fatalf("L1 batch %d extends %s, not the forced batch %s", next.Number, pb.Header.ParentHash, forced.HeaderHash)
	}
	wallet, err := ethclient.Dial(net.nodes[3].URL())
	if err != nil {
		t.Fatal(err)
	}
	defer wallet.Close()
	rcpt, err := bind.WaitMined(ctx, wallet, dropped.Hash())
	if err != nil || rcpt.Status != 1 || rcpt.BlockNumber.Uint64() <= forced.Header.Number {
		t.Fatalf("dropped transfer: receipt %+v, %v", rcpt, err)
	}
	net.waitL1Batch(rcpt.BlockNumber.Uint64(), time.Minute)
}

func waitFor(t *testing.T, timeout time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestSetTakesOverARunningChain: a training-wheels sequencer posts batch 1
// and exits; four validators register, derive the genesis at L1's head
// (the state a replay of L1's batches reaches) and go on: their first
// batch extends the training-wheels one, the old transfer's balance and
// block are served by every node.
func TestSetTakesOverARunningChain(t *testing.T) {
	// Mostly waiting on L1 (epochs, windows): runs beside the others.
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	to := common.Address{0xab}
	var tw *contracts.PostedBatch
	var first *types.Transaction
	net := startNetworkOpts(t, netOpts{n: 4, accounts: 6, minBonds: 1, before: func(net *network) {
		key := net.d.DevKeys()[5]
		tcfg := txmgr.DefaultConfig()
		tcfg.ErrorABIs = contracts.ErrorABIs()
		sender, err := txmgr.New(ctx, net.l1, key, tcfg)
		if err != nil {
			t.Fatal(err)
		}
		set := contracts.NewSequencerSet(net.d.Deployment.Contracts.SequencerSet, net.l1, sender)
		if _, err := set.Register(ctx, net.d.Deployment.Config.MinBond.Big(), crypto.CompressPubkey(&key.PublicKey), ""); err != nil {
			t.Fatal(err)
		}
		waitFor(t, time.Minute, "the training-wheels key scheduled", func() bool {
			e, err := set.CurrentEpoch(ctx)
			if err != nil {
				return false
			}
			ms, err := set.EpochSet(ctx, e)
			return err == nil && len(ms) == 1
		})
		poster, err := sequencerset.NewPosterWithConfig(net.l1, sender, key, net.rollup, sequencerset.PosterConfig{})
		if err != nil {
			t.Fatal(err)
		}
		defer poster.Close()
		raw := net.transfer(0, to, 1000)
		first = new(types.Transaction)
		if err := first.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		built, err := poster.Build(ctx, [][]byte{raw})
		if err != nil {
			t.Fatal(err)
		}
		if tw, err = poster.Post(ctx, built, built.TrueRoot); err != nil {
			t.Fatal(err)
		}
		if _, err := set.Exit(ctx); err != nil {
			t.Fatal(err)
		}
	}})
	if err := net.nodes[0].Submit(ctx, net.transfer(1, to, 1000)); err != nil {
		t.Fatal(err)
	}
	head := net.waitL1Batch(tw.Header.Number+1, 2*time.Minute)
	pb, err := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil).PostedBatch(ctx, tw.Header.Number+1)
	if err != nil {
		t.Fatal(err)
	}
	if pb.Header.ParentHash != tw.HeaderHash || len(pb.Signers) < 3 {
		t.Fatalf("the set's first batch %d: parent %s (training wheels' %s), %d signers", head.Number, pb.Header.ParentHash, tw.HeaderHash, len(pb.Signers))
	}
	for i, nd := range net.nodes {
		waitFor(t, 30*time.Second, fmt.Sprintf("validator %d's balance", i), func() bool {
			acc, err := nd.App().Account(to)
			return err == nil && acc.Balance.Uint64() == 2000
		})
		c, err := ethclient.Dial(nd.URL())
		if err != nil {
			t.Fatal(err)
		}
		rcpt, err := c.TransactionReceipt(ctx, first.Hash())
		c.Close()
		if err != nil || rcpt.BlockNumber.Uint64() != tw.Header.Number || rcpt.Status != 1 {
			t.Fatalf("validator %d: the training-wheels transfer's receipt %+v, %v", i, rcpt, err)
		}
	}
}
