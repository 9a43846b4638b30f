package watcher_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/bisection/agent"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/watcher"
)

// The adversary harness: a dishonest sequencer, dishonest provers and
// challengers and withholding DA members draw random moves from what the
// contracts accept, against one honest watcher (the real watcher.Watcher,
// driven pass by pass) on the real contracts. After the run every game is
// played out and the invariants of docs/PROTOCOL.md are checked: no wrong
// root wins or becomes the anchor, every wrong claim the honest side can
// judge is countered, the watcher kept playing, its bonds and stakes are
// intact (it loses gas, nothing else), malformed batches end void before
// their deadline.
//
// ETHERSCALE_ADVERSARY_SEEDS=N runs N seeds from 1 (default: 2, for CI),
// or from ETHERSCALE_ADVERSARY_FIRST_SEED;
// ETHERSCALE_ADVERSARY_SEED=S runs seed S only; ETHERSCALE_ADVERSARY_STEPS
// sets the moves per run.

// Adversary timing: windows long against the simulated chain's one second
// per transaction, so that the clock moves when the adversary moves it and
// a pass of the watcher (tens of transactions) never closes a window by
// itself; the honest side gets a pass at least every advanceChunk seconds,
// the liveness assumption the protocol makes.
const (
	advClaimTimeout    = 120
	advChallengeWindow = 200 // also BatchInbox's malformed window
	advResolveWindow   = 100
	advanceChunk       = 30
)

// Keys after the committee: the watcher (daWatcher's), the liars, then the
// sequencer's spare identities (a slashed sequencer comes back as a new
// one).
const (
	advLiars     = 3
	advSpareSeqs = 16
	advExtraKeys = 1 + advLiars + advSpareSeqs
	advCISteps   = 30
)

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a number", name, v)
	}
	return n
}

func TestAdversary(t *testing.T) {
	if testing.Short() {
		t.Skip("adversary harness: not in -short")
	}
	steps := envInt(t, "ETHERSCALE_ADVERSARY_STEPS", advCISteps)
	var seeds []uint64
	if s := os.Getenv("ETHERSCALE_ADVERSARY_SEED"); s != "" {
		seeds = []uint64{uint64(envInt(t, "ETHERSCALE_ADVERSARY_SEED", 0))}
	} else {
		first := envInt(t, "ETHERSCALE_ADVERSARY_FIRST_SEED", 1)
		for i := 0; i < envInt(t, "ETHERSCALE_ADVERSARY_SEEDS", 2); i++ {
			seeds = append(seeds, uint64(first+i))
		}
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			start := time.Now()
			a := newAdversary(t, seed)
			a.run(steps)
			a.playOut()
			a.check()
			t.Logf("seed %d: moves (landed, reverted) %v", seed, a.byKind)
			t.Logf("seed %d: %d steps, %d moves landed, %d reverted, %d passes (%d with errors), %d games, %d batches, %s",
				seed, steps, a.landed, a.reverted, a.passes, a.passErrs, a.gameCount(), len(a.batches), time.Since(start).Round(time.Millisecond))
		})
	}
}

// advBatch is what the adversary posted, and what it knows of it.
type advBatch struct {
	pb        *contracts.PostedBatch
	data      []byte // certificate batches: the data dispersed
	txs       [][]byte
	malformed bool // the data does not match the header: must end void
	withheld  bool // certificate data withheld by enough members: must end void
	partial   bool // withheld by fewer than n−k+1: still available
	wrongRoot bool
}

type adversary struct {
	t       *testing.T
	ctx     context.Context
	rng     *rand.Rand
	e       *dawiretest.Env
	w       *watcher.Watcher
	self    common.Address
	dataDir string // the watcher's, kept across restarts

	factory *contracts.DisputeGameFactory
	params  contracts.DisputeGameParams
	set     *contracts.SequencerSet
	liars   []contracts.Transactor

	seqKeys []int // sequencer identities, current last
	seqBI   *contracts.BatchInbox
	nonce   uint64 // the L2 user's next nonce
	batches []*advBatch

	committeeSlashed bool // a full withhold voided a batch: its attesters are gone
	withheldMembers  map[int]bool
	killed           map[int]bool

	registry   *contracts.AnchorStateRegistry
	lastAnchor contracts.Anchor

	startBlock   uint64
	startBalance *big.Int

	landed, reverted, passes, passErrs int
	byKind                             map[string][2]int // landed, reverted
	// faulty are the sequencer identities that posted a faulty batch; the
	// others posted only good ones and must keep their stake.
	faulty map[common.Address]bool
}

func newAdversary(t *testing.T, seed uint64) *adversary {
	ctx := context.Background()
	e := dawiretest.NewWithConfig(t, advExtraKeys, func(c *config.Config) {
		c.ClaimTimeout = advClaimTimeout
		c.DA.ChallengeWindow, c.DA.ResolveWindow = advChallengeWindow, advResolveWindow
		c.UnbondingPeriod = config.Duration(2 * 3600)
	}, nil)
	a := &adversary{
		t: t, ctx: ctx, rng: rand.New(rand.NewPCG(seed, seed^0x5eed)), e: e, dataDir: t.TempDir(),
		factory:         contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, nil),
		set:             contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil),
		seqKeys:         []int{dawiretest.KeySequencer},
		seqBI:           e.BI,
		withheldMembers: make(map[int]bool),
		killed:          make(map[int]bool),
		byKind:          make(map[string][2]int),
		faulty:          make(map[common.Address]bool),
	}
	a.startWatcher()
	var err error
	if a.params, err = a.factory.Params(ctx); err != nil {
		t.Fatal(err)
	}
	first := dawiretest.KeyFirstMember + int(e.Cfg.DA.N) + 1
	for i := 0; i < advLiars; i++ {
		a.liars = append(a.liars, e.Sender(t, first+i))
	}
	head, err := e.Sim.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	a.startBlock = head.Number.Uint64()
	if a.startBalance, err = e.Sim.Client.BalanceAt(ctx, a.self, nil); err != nil {
		t.Fatal(err)
	}
	return a
}

// startWatcher starts the honest watcher on its data directory: at the
// start, and again after a restart move (a crash and a restart: what is in
// its store survives, what is in its memory does not).
func (a *adversary) startWatcher() {
	var log *slog.Logger
	if os.Getenv("ETHERSCALE_ADVERSARY_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	a.w, a.self = daWatcherLog(a.t, a.e, "", log, func(c *watcher.Config) {
		c.DataDir = a.dataDir
		c.OpenSequencerGames = true
		c.ProveEvery = 2
	})
}

func (a *adversary) restart() {
	if err := a.w.Close(); err != nil {
		a.t.Fatal(err)
	}
	a.startWatcher()
	a.did("restart", "restart the watcher", nil)
}

// pass runs one honest pass. An error is logged, not fatal: a lost race
// fails a pass and the next one re-plans; what matters is the end state.
func (a *adversary) pass() {
	a.passes++
	if err := pass(a.t, a.e, a.w); err != nil {
		a.passErrs++
		a.t.Logf("pass %d: %v", a.passes, err)
	}
	a.checkAnchor()
}

// checkAnchor is invariant 1 after every pass, cheaply: whenever the anchor
// moves, its root is the replay's.
func (a *adversary) checkAnchor() {
	if a.registry == nil {
		addr, err := a.factory.AnchorRegistry(a.ctx)
		if err != nil {
			a.t.Fatal(err)
		}
		a.registry = contracts.NewAnchorStateRegistry(addr, a.e.Sim.Client, nil)
	}
	anchor, err := a.registry.Anchor(a.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	if anchor == a.lastAnchor {
		return
	}
	a.lastAnchor = anchor
	if root, err := a.truth().RootAfter(anchor.Batch); err != nil || root != anchor.Root {
		a.t.Errorf("invariant 1: after pass %d the anchor is batch %d root %s, true %s (%v)", a.passes, anchor.Batch, anchor.Root, root, err)
	}
}

// advance moves the clock by d seconds, with an honest pass at least every
// advanceChunk seconds.
func (a *adversary) advance(d uint64) {
	for d > 0 {
		s := min(d, advanceChunk)
		a.e.Sim.AdjustTime(a.t, time.Duration(s)*time.Second)
		a.pass()
		d -= s
	}
}

// did counts an adversary move: a reverted one is simply skipped.
func (a *adversary) did(kind, what string, err error) {
	k := a.byKind[kind]
	if err != nil {
		k[1]++
	} else {
		k[0]++
	}
	a.byKind[kind] = k
	if err != nil {
		a.reverted++
		a.t.Logf("adversary %s: refused: %v", what, err)
		return
	}
	a.landed++
	a.t.Logf("adversary %s", what)
}

func (a *adversary) liar() contracts.Transactor { return a.liars[a.rng.IntN(len(a.liars))] }

func (a *adversary) randHash() common.Hash {
	var h common.Hash
	for i := range h {
		h[i] = byte(a.rng.UintN(256))
	}
	return h
}

type advMove struct {
	name   string
	weight int
	do     func()
}

func (a *adversary) run(steps int) {
	moves := []advMove{
		{"post-good", 3, func() { a.postCalldata("good") }},
		{"post-wrong-root", 2, func() { a.postCalldata("wrong-root") }},
		{"post-malformed", 3, func() {
			a.postCalldata([]string{"garbage-rlp", "txcount+1", "txcount-1", "txcount-max", "txroot"}[a.rng.IntN(5)])
		}},
		{"post-certificate", 2, a.postCertificate},
		{"prover-game", 3, a.proverGame},
		{"sequencer-game", 1, a.sequencerGame},
		{"move", 6, func() { a.move() }},
		{"spam", 2, func() {
			for range 2 + a.rng.IntN(4) {
				a.move()
			}
		}},
		{"da-challenge", 1, a.daChallenge},
		{"bad-resolve-or-step", 1, a.badResolveOrStep},
		{"clock", 5, func() { a.advance(1 + a.rng.Uint64N(2*advClaimTimeout)) }},
		{"restart", 1, a.restart},
		{"kill", 1, a.kill},
	}
	total := 0
	for _, m := range moves {
		total += m.weight
	}
	for i := 0; i < steps; i++ {
		r := a.rng.IntN(total)
		for _, m := range moves {
			if r < m.weight {
				m.do()
				break
			}
			r -= m.weight
		}
		a.pass()
	}
}

// truth returns the chain as an independent follower replays it now, with
// the certificate data the adversary dispersed (the test's local replay:
// it does not depend on what the shards still serve).
func (a *adversary) truth() *l2chain.Chain {
	f := l2chain.New(contracts.NewInbox(a.e.Dep.Contracts.Inbox, a.e.Sim.Client, nil),
		contracts.NewBatchInbox(a.e.Dep.Contracts.BatchInbox, a.e.Sim.Client, nil), &a.e.Cfg.Genesis, a.e.Dep.DeployBlock)
	f.SetDataSource(a)
	chain, err := f.Sync(a.ctx)
	if err != nil {
		a.t.Fatalf("independent follower: %v", err)
	}
	return chain
}

// CertificateData implements l2chain.DataSource from what was dispersed;
// a withheld batch's data is known only once it is void (its txs are
// no-ops then), as for anyone outside the committee.
func (a *adversary) CertificateData(_ context.Context, pb *contracts.PostedBatch) ([]byte, error) {
	for _, b := range a.batches {
		if b.pb.HeaderHash == pb.HeaderHash && b.data != nil && !b.withheld {
			return b.data, nil
		}
	}
	return nil, fmt.Errorf("batch %d: no data", pb.Header.Number)
}

// expectedRoot is the true root after the batches posted so far, as the
// test predicts it: malformed and fully withheld batches void.
func (a *adversary) expectedRoot(txs [][]byte) common.Hash {
	var bs []*replay.Batch
	for _, b := range a.batches {
		rb := &replay.Batch{Txs: b.txs}
		if b.malformed || b.withheld {
			rb.Void = true
			if b.malformed {
				rb.Txs = make([][]byte, b.pb.Header.TxCount)
			}
		}
		bs = append(bs, rb)
	}
	bs = append(bs, &replay.Batch{Txs: txs})
	return a.e.ReplayRoot(a.t, bs...)
}

// sequencer returns the current dishonest sequencer, registering a fresh
// identity if the last one was slashed out of the set.
func (a *adversary) sequencer() (*ecdsa.PrivateKey, bool) {
	k := a.seqKeys[len(a.seqKeys)-1]
	key := a.e.Sim.Keys[k]
	if ok, err := a.set.IsActive(a.ctx, crypto.PubkeyToAddress(key.PublicKey)); err == nil && ok {
		return key, true
	}
	next := dawiretest.KeyFirstMember + int(a.e.Cfg.DA.N) + 1 + advLiars + len(a.seqKeys) - 1
	if next >= len(a.e.Sim.Keys) {
		return nil, false
	}
	tx := a.e.Sender(a.t, next)
	key = a.e.Sim.Keys[next]
	set := contracts.NewSequencerSet(a.e.Dep.Contracts.SequencerSet, a.e.Sim.Client, tx)
	if _, err := set.Register(a.ctx, a.e.Cfg.MinBond.Big(), crypto.CompressPubkey(&key.PublicKey), ""); err != nil {
		a.t.Logf("register sequencer %d: %v", next, err)
		return nil, false
	}
	a.seqKeys = append(a.seqKeys, next)
	a.seqBI = contracts.NewBatchInbox(a.e.Dep.Contracts.BatchInbox, a.e.Sim.Client, tx)
	a.seqBI.SetDeployBlock(a.e.Dep.DeployBlock)
	a.t.Logf("sequencer comes back as key %d", next)
	return key, true
}

func (a *adversary) newTxs() [][]byte {
	var txs [][]byte
	for range a.rng.IntN(3) + 1 {
		txs = append(txs, a.e.Transfer(a.t, a.nonce))
		a.nonce++
	}
	return txs
}

func (a *adversary) postCalldata(kind string) {
	key, ok := a.sequencer()
	if !ok {
		return
	}
	txs := a.newTxs()
	b := &advBatch{txs: txs}
	root := a.expectedRoot(txs)
	var tamper func(*contracts.BatchHeader, []byte) []byte
	switch kind {
	case "wrong-root":
		root, b.wrongRoot = a.randHash(), true
	case "garbage-rlp":
		tamper = func(h *contracts.BatchHeader, data []byte) []byte {
			g := append([]byte{0xc0 | byte(a.rng.IntN(64))}, data...)
			h.DataHash, h.DataLength = replay.BatchDataHash(g), uint32(len(g))
			return g
		}
	case "txcount+1", "txcount-1", "txcount-max":
		tamper = func(h *contracts.BatchHeader, data []byte) []byte {
			switch kind {
			case "txcount+1":
				h.TxCount++
			case "txcount-1":
				h.TxCount--
			default:
				h.TxCount = uint32(a.e.Cfg.MaxBatchTxs)
			}
			return data
		}
	case "txroot":
		tamper = func(h *contracts.BatchHeader, data []byte) []byte {
			h.TxRoot = a.randHash()
			return data
		}
	}
	b.malformed = tamper != nil
	if b.malformed {
		// A malformed batch's txs are no-ops: the user's nonces are unused.
		a.nonce -= uint64(len(txs))
		root = a.randHash()
	}
	pb, err := a.e.PostCalldataAs(a.ctx, a.seqBI, key, txs, root, tamper)
	a.did("post "+kind, "post "+kind, err)
	if err != nil {
		if b.malformed {
			return
		}
		a.nonce -= uint64(len(txs))
		return
	}
	b.pb = pb
	a.batches = append(a.batches, b)
	if b.malformed || b.withheld || b.wrongRoot {
		a.faulty[pb.Poster] = true
	}
}

func (a *adversary) postCertificate() {
	if a.committeeSlashed {
		return
	}
	key, ok := a.sequencer()
	if !ok {
		return
	}
	txs := a.newTxs()
	root := a.expectedRoot(txs)
	b := &advBatch{txs: txs}
	n := int(a.e.Cfg.DA.N)
	// Killed shards serve nothing either: the batch is unavailable when
	// fewer than k live members serve it.
	var alive []int
	for m := range n {
		if !a.killed[m] {
			alive = append(alive, m)
		}
	}
	spare := len(alive) - int(a.e.Cfg.DA.K) // members that may withhold with the data still available
	withhold := 0
	switch r := a.rng.IntN(4); {
	case r == 0:
		withhold = spare + 1 // unavailable
	case r == 1 && spare > 0:
		withhold = 1 + a.rng.IntN(spare) // still available
	}
	if withhold > spare {
		b.withheld = true
		a.nonce -= uint64(len(txs))
	}
	if a.rng.IntN(4) == 0 {
		root, b.wrongRoot = a.randHash(), true
	}
	pb, data, err := a.e.PostCertificateBatchAs(a.ctx, a.seqBI, key, txs, root)
	a.did("post certificate", fmt.Sprintf("post certificate (withhold %d)", withhold), err)
	if err != nil {
		if !b.withheld {
			a.nonce -= uint64(len(txs))
		}
		return
	}
	if withhold > 0 {
		var members []int
		for _, i := range a.rng.Perm(len(alive))[:withhold] {
			members = append(members, alive[i])
		}
		for _, m := range members {
			a.withheldMembers[m] = true
		}
		a.e.Withhold(pb.Header.DataRoot, members...)
		b.partial = !b.withheld
	}
	if b.withheld {
		a.committeeSlashed = true
	}
	b.pb, b.data = pb, data
	a.batches = append(a.batches, b)
	if b.malformed || b.withheld || b.wrongRoot {
		a.faulty[pb.Poster] = true
	}
}

// randBatch picks a posted batch, mostly among those past the challenge
// window (games on younger ones revert).
// kill stops a shard for good (at most two: the committee must still
// reach its threshold), when no certificate batch is inside its DA
// windows: a batch whose availability a kill changes after the watcher
// read it has no single right outcome to check.
func (a *adversary) kill() {
	if len(a.killed) >= 2 {
		return
	}
	head, err := a.e.Sim.Client.HeaderByNumber(a.ctx, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	for _, b := range a.batches {
		if b.pb.DAMode != contracts.DAModeCertificate {
			continue
		}
		if at, err := a.e.BI.PostedAt(a.ctx, b.pb.Header.Number); err != nil || head.Time <= at+advChallengeWindow+advResolveWindow {
			return
		}
	}
	m := a.rng.IntN(int(a.e.Cfg.DA.N))
	if a.killed[m] {
		return
	}
	a.killed[m] = true
	a.e.Kill(a.t, m)
	a.did("kill", fmt.Sprintf("kill shard %d", m), nil)
}

func (a *adversary) randBatch() *advBatch {
	if len(a.batches) == 0 {
		return nil
	}
	head, err := a.e.Sim.Client.HeaderByNumber(a.ctx, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	var final []*advBatch
	for _, b := range a.batches {
		if at, err := a.e.BI.PostedAt(a.ctx, b.pb.Header.Number); err == nil && contracts.BatchDisputable(at, advChallengeWindow, head.Time+1) {
			final = append(final, b)
		}
	}
	if len(final) > 0 && a.rng.IntN(8) > 0 {
		return final[a.rng.IntN(len(final))]
	}
	return a.batches[a.rng.IntN(len(a.batches))]
}

func (a *adversary) proverGame() {
	b := a.randBatch()
	if b == nil {
		return
	}
	n := b.pb.Header.Number
	root := a.randHash()
	if a.rng.IntN(3) == 0 {
		if r, err := a.truth().RootAfter(n); err == nil {
			root = r
		}
	}
	f := contracts.NewDisputeGameFactory(a.e.Dep.Contracts.DisputeGameFactory, a.e.Sim.Client, a.liar())
	bond, err := f.BondAt(a.ctx, 0)
	if err != nil {
		a.t.Fatal(err)
	}
	_, _, err = f.Create(a.ctx, n, root, bond)
	a.did("prover game", fmt.Sprintf("prover game on batch %d root %s", n, root), err)
}

func (a *adversary) sequencerGame() {
	b := a.randBatch()
	if b == nil {
		return
	}
	f := contracts.NewDisputeGameFactory(a.e.Dep.Contracts.DisputeGameFactory, a.e.Sim.Client, a.liar())
	bond, err := f.BondAt(a.ctx, 1)
	if err != nil {
		a.t.Fatal(err)
	}
	// A wrong attack, or the true root (a colluder opening the game first,
	// a freeloader the watcher must still beat to the slash reward).
	attack := a.randHash()
	if a.rng.IntN(3) == 0 {
		if r, err := a.truth().RootAfter(b.pb.Header.Number); err == nil {
			attack = r
		}
	}
	_, _, err = f.CreateSequencerGame(a.ctx, &b.pb.Header, attack, bond)
	a.did("sequencer game", fmt.Sprintf("sequencer game on batch %d", b.pb.Header.Number), err)
}

func (a *adversary) gameCount() int {
	n, err := a.factory.GameCount(a.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	return int(n.Int64())
}

// randGame picks a game, mostly among those in progress.
func (a *adversary) randGame() (*big.Int, bool) {
	n := a.gameCount()
	if n == 0 {
		return nil, false
	}
	var open []int
	for i := range n {
		if info, err := a.factory.Game(big.NewInt(int64(i))).Info(a.ctx); err == nil && info.Status == contracts.GameInProgress {
			open = append(open, i)
		}
	}
	if len(open) > 0 && a.rng.IntN(10) > 0 {
		return big.NewInt(int64(open[a.rng.IntN(len(open))])), true
	}
	return big.NewInt(int64(a.rng.IntN(n))), true
}

// move attacks or defends a random claim of a random game, with a wrong
// value mostly, the true one sometimes; at the game depth it tries a step
// with a made-up proof instead.
func (a *adversary) move() {
	id, ok := a.randGame()
	if !ok {
		return
	}
	game := contracts.NewDisputeGameFactory(a.e.Dep.Contracts.DisputeGameFactory, a.e.Sim.Client, a.liar()).Game(id)
	info, err := game.Info(a.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	claims, err := game.Claims(a.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	c := claims[a.rng.IntN(len(claims))]
	pos := bisection.Position(c.Position)
	if pos.Depth() >= info.MaxDepth {
		_, _, err := game.Step(a.ctx, c.Index, a.rng.IntN(2) == 0, contracts.StepProof{Witness: a.randHash().Bytes()})
		a.did("step", fmt.Sprintf("step on game %s claim %d", id, c.Index), err)
		return
	}
	attack := pos == bisection.RootPosition || a.rng.IntN(3) > 0
	next, err := pos.Attack(info.MaxDepth)
	if !attack {
		next, err = pos.Defend(info.MaxDepth)
	}
	if err != nil {
		return
	}
	value := a.randHash()
	if a.rng.IntN(10) < 3 {
		if p, err := a.truth().Provider(a.ctx, info.AnchorBatch, info.AnchorRoot, info.Batch); err == nil {
			if ti, err := next.TraceIndex(info.MaxDepth); err == nil {
				if v, err := p.StateAt(a.ctx, ti); err == nil {
					value = v
				}
			}
		}
	}
	bond, err := a.factory.BondAt(a.ctx, next.Depth())
	if err != nil {
		a.t.Fatal(err)
	}
	_, _, err = game.Move(a.ctx, c.Value, c.Index, value, attack, bond)
	a.did("move", fmt.Sprintf("move on game %s claim %d attack=%v", id, c.Index, attack), err)
}

// daChallenge challenges a certificate batch's data (or one attester's
// chunk) whether or not it is available.
func (a *adversary) daChallenge() {
	var certs []*advBatch
	for _, b := range a.batches {
		if b.pb.DAMode == contracts.DAModeCertificate {
			certs = append(certs, b)
		}
	}
	if len(certs) == 0 {
		return
	}
	b := certs[a.rng.IntN(len(certs))]
	ch := a.e.Challenge(a.liar())
	bond := a.e.Cfg.DA.ChallengeBond.Big()
	if a.rng.IntN(2) == 0 {
		_, err := ch.Challenge(a.ctx, &b.pb.Header, bond)
		a.did("DA challenge", fmt.Sprintf("DA challenge on batch %d", b.pb.Header.Number), err)
		return
	}
	att, err := a.e.BI.Attesters(a.ctx, b.pb.Header.Number)
	if err != nil || len(att) == 0 {
		return
	}
	_, err = ch.ChallengeChunk(a.ctx, &b.pb.Header, att, uint64(a.rng.IntN(len(att))), bond)
	a.did("DA chunk challenge", fmt.Sprintf("DA chunk challenge on batch %d", b.pb.Header.Number), err)
}

func (a *adversary) badResolveOrStep() {
	id, ok := a.randGame()
	if !ok {
		return
	}
	game := contracts.NewDisputeGameFactory(a.e.Dep.Contracts.DisputeGameFactory, a.e.Sim.Client, a.liar()).Game(id)
	info, err := game.Info(a.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	idx := uint32(a.rng.IntN(int(info.ClaimCount)))
	if a.rng.IntN(2) == 0 {
		_, _, err = game.ResolveClaim(a.ctx, idx, 0)
		a.did("resolve", fmt.Sprintf("resolve game %s claim %d", id, idx), err)
		return
	}
	_, _, err = game.Step(a.ctx, idx, a.rng.IntN(2) == 0, contracts.StepProof{})
	a.did("step", fmt.Sprintf("step game %s claim %d", id, idx), err)
}

// playOut lets time run, with honest passes, until every game is over,
// every credit of the watcher is claimed and every DA window has closed.
func (a *adversary) playOut() {
	for i := 0; ; i++ {
		why := a.unsettled()
		if why == "" {
			return
		}
		if i > 400 {
			a.t.Fatalf("invariant 3: not settled after %d rounds of play-out: %s", i, why)
		}
		a.e.Sim.AdjustTime(a.t, advanceChunk*time.Second)
		a.resolveAll()
		a.pass()
	}
}

// resolveAll is the adversary cashing in: it resolves every game it can
// (a game nobody plays would otherwise just stay open, where the wrong
// side's win is what matters).
func (a *adversary) resolveAll() {
	f := contracts.NewDisputeGameFactory(a.e.Dep.Contracts.DisputeGameFactory, a.e.Sim.Client, a.liar())
	for i := range a.gameCount() {
		g := f.Game(big.NewInt(int64(i)))
		if info, err := g.Info(a.ctx); err == nil && info.Status == contracts.GameInProgress {
			_ = g.ResolveAll(a.ctx, 0) // refused until every window closed
		}
	}
}

// unsettled says what is still open ("" once everything is settled).
func (a *adversary) unsettled() string {
	head, err := a.e.Sim.Client.HeaderByNumber(a.ctx, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	for _, b := range a.batches {
		if b.pb.Block > 0 {
			at, err := a.e.BI.PostedAt(a.ctx, b.pb.Header.Number)
			if err != nil {
				a.t.Fatal(err)
			}
			if head.Time <= at+advChallengeWindow+advResolveWindow+advanceChunk {
				return fmt.Sprintf("batch %d in its DA windows", b.pb.Header.Number)
			}
		}
	}
	if pending, err := a.e.Challenge(nil).ChallengesPending(a.ctx); err != nil || pending {
		return fmt.Sprintf("DA challenges pending (%v)", err)
	}
	for i := range a.gameCount() {
		g := a.factory.Game(big.NewInt(int64(i)))
		info, err := g.Info(a.ctx)
		if err != nil {
			a.t.Fatal(err)
		}
		if info.Status == contracts.GameInProgress {
			return fmt.Sprintf("game %d on batch %d in progress (%d claims)", i, info.Batch, info.ClaimCount)
		}
		owed, err := g.Credit(a.ctx, a.self)
		if err != nil {
			a.t.Fatal(err)
		}
		if owed.Sign() > 0 {
			return fmt.Sprintf("game %d owes the watcher %v", i, owed)
		}
	}
	return ""
}

// check asserts the invariants on the settled chain.
func (a *adversary) check() {
	t, ctx := a.t, a.ctx
	chain := a.truth()
	if err := chain.Complete(); err != nil {
		t.Errorf("invariant 3: the chain still stops at a batch after the play-out: %v", err)
	}
	// The test's own model of which batches are void agrees with the
	// replay's.
	for _, b := range a.batches {
		n := b.pb.Header.Number
		rb, err := chain.Batch(n)
		if err != nil {
			t.Errorf("batch %d not in the replay: %v", n, err)
			continue
		}
		if want := b.malformed || b.withheld; rb.Input.Void != want {
			t.Errorf("batch %d void = %v, want %v (%+v)", n, rb.Input.Void, want, b)
		}
		if b.malformed {
			deadline, err := a.e.BI.MalformedDeadline(ctx, n)
			if err != nil {
				t.Fatal(err)
			}
			if void, err := a.e.BI.IsVoid(ctx, n); err != nil || !void {
				t.Errorf("invariant 4: malformed batch %d not void: %v, %v", n, void, err)
			}
			a.checkVoidedBy(n, deadline)
		}
	}
	// A wrong stateRoot in a header that stands (not void) is the
	// sequencer's claim: the watcher disputes it, and wins.
	disputed := map[uint64]bool{}
	for i := range a.gameCount() {
		info, err := a.factory.Game(big.NewInt(int64(i))).Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if info.Sequencer && info.Status == contracts.GameChallengerWins && info.SignersSlashed {
			disputed[info.Batch] = true
		}
	}
	for _, b := range a.batches {
		if b.wrongRoot && !b.malformed && !b.withheld && !disputed[b.pb.Header.Number] {
			t.Errorf("invariant 1: batch %d's wrong stateRoot stood: no sequencer game won with its signers slashed", b.pb.Header.Number)
		}
	}
	// Invariants 1 and 2: outcomes and countered claims.
	for i := range a.gameCount() {
		g := a.factory.Game(big.NewInt(int64(i)))
		info, err := g.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		claims, err := g.Claims(ctx)
		if err != nil {
			t.Fatal(err)
		}
		root, err := chain.RootAfter(info.Batch)
		if err != nil {
			t.Errorf("game %d on batch %d: no true root: %v", i, info.Batch, err)
			continue
		}
		want := contracts.GameChallengerWins
		if claims[0].Value == root {
			want = contracts.GameDefenderWins
		}
		if info.Status != want {
			t.Errorf("invariant 1: game %d (batch %d, sequencer %v, root %s, true %s): %v, want %v",
				i, info.Batch, info.Sequencer, claims[0].Value, root, info.Status, want)
		}
		if anchorRoot, err := chain.RootAfter(info.AnchorBatch); err != nil || anchorRoot != info.AnchorRoot {
			t.Errorf("game %d on a wrong anchor: batch %d root %s, true %s (%v)", i, info.AnchorBatch, info.AnchorRoot, anchorRoot, err)
			continue
		}
		prov, err := chain.Provider(ctx, info.AnchorBatch, info.AnchorRoot, info.Batch)
		if err != nil {
			t.Errorf("game %d: trace: %v", i, err)
			continue
		}
		bg, err := agent.FromChain(info, claims, a.params)
		if err != nil {
			t.Fatal(err)
		}
		cls, err := bisection.Classify(ctx, bg, prov)
		if err != nil {
			t.Fatal(err)
		}
		for j, c := range claims {
			if cls.Relevant[j] && !cls.Correct[j] && !c.Countered {
				t.Errorf("invariant 2: game %d claim %d (wrong, by %s) stood", i, j, c.Claimant)
			}
			if c.Claimant == a.self && (!c.Resolved || c.Payee != a.self) {
				t.Errorf("invariant 4: game %d: the watcher's claim %d paid to %s (resolved %v)", i, j, c.Payee, c.Resolved)
			}
		}
	}
	reg, err := a.factory.AnchorRegistry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	anchor, err := contracts.NewAnchorStateRegistry(reg, a.e.Sim.Client, nil).Anchor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if root, err := chain.RootAfter(anchor.Batch); err != nil || root != anchor.Root {
		t.Errorf("invariant 1: anchor batch %d root %s, true %s (%v)", anchor.Batch, anchor.Root, root, err)
	}
	a.checkBalance()
	for _, k := range a.seqKeys {
		addr := crypto.PubkeyToAddress(a.e.Sim.Keys[k].PublicKey)
		if a.faulty[addr] {
			continue
		}
		if stake, err := a.set.StakeOf(ctx, addr); err != nil || stake.Cmp(a.e.Cfg.MinBond.Big()) != 0 {
			t.Errorf("invariant 4: sequencer %s posted only good batches, stake %v (%v)", addr, stake, err)
		}
	}
	// Members that never withheld keep their stake unless a batch they
	// attested was voided as unavailable (the certificate is collective).
	if !a.committeeSlashed {
		com := a.e.Committee()
		for m := range int(a.e.Cfg.DA.N) {
			addr := crypto.PubkeyToAddress(a.e.Sim.Keys[dawiretest.KeyFirstMember+m].PublicKey)
			if stake, err := com.StakeOf(ctx, addr); err != nil || stake.Cmp(a.e.Cfg.DA.MemberBond.Big()) != 0 {
				t.Errorf("invariant 4: member %d (withheld %v) stake %v, %v", m, a.withheldMembers[m], stake, err)
			}
		}
	}
}

func (a *adversary) checkVoidedBy(n, deadline uint64) {
	voids, err := a.e.BI.Voids(a.ctx, a.e.Dep.DeployBlock, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	for _, v := range voids {
		if v.Number != n {
			continue
		}
		h, err := a.e.Sim.Client.HeaderByNumber(a.ctx, new(big.Int).SetUint64(v.Block))
		if err != nil {
			a.t.Fatal(err)
		}
		if h.Time > deadline {
			a.t.Errorf("invariant 4: batch %d voided at %d, after its deadline %d", n, h.Time, deadline)
		}
		return
	}
	a.t.Errorf("invariant 4: no BatchVoided event for malformed batch %d", n)
}

// checkBalance: the watcher's balance fell by at most its gas. Every wei
// it staked came back (its claims' payees are checked above), plus what
// it won; the ledger is logged.
func (a *adversary) checkBalance() {
	ctx := a.ctx
	end, err := a.e.Sim.Client.BalanceAt(ctx, a.self, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	head, err := a.e.Sim.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		a.t.Fatal(err)
	}
	gas, sent := new(big.Int), new(big.Int)
	txs := 0
	for n := a.startBlock + 1; n <= head.Number.Uint64(); n++ {
		b, err := a.e.Sim.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			a.t.Fatal(err)
		}
		signer := types.LatestSignerForChainID(a.e.Sim.ChainID)
		for _, tx := range b.Transactions() {
			if from, err := types.Sender(signer, tx); err != nil || from != a.self {
				continue
			}
			rcpt, err := a.e.Sim.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				a.t.Fatal(err)
			}
			txs++
			gas.Add(gas, new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice))
			sent.Add(sent, tx.Value())
		}
	}
	// received = what flowed in: end − start + gas + sent.
	received := new(big.Int).Sub(end, a.startBalance)
	received.Add(received, gas).Add(received, sent)
	a.t.Logf("watcher: %d transactions, gas %s wei, staked %s, received %s, net %s", txs, gas, sent, received, new(big.Int).Sub(received, sent))
	var unclaimed []string
	for name, f := range map[string]func(context.Context, common.Address) (*big.Int, error){
		"SequencerSet": a.set.Credit, "DAChallenge": a.e.Challenge(nil).Credit, "DACommittee": a.e.Committee().Credit,
	} {
		if c, err := f(ctx, a.self); err != nil || c.Sign() != 0 {
			unclaimed = append(unclaimed, fmt.Sprintf("%s %v (%v)", name, c, err))
		}
	}
	if len(unclaimed) > 0 {
		a.t.Errorf("invariant 4: watcher credits left unclaimed: %v", unclaimed)
	}
	// To the wei: what flowed in is exactly the credits the watcher
	// withdrew (CreditClaimed events naming it), nothing else.
	if paid := a.creditsWithdrawn(); paid.Cmp(received) != 0 {
		a.t.Errorf("invariant 4: the watcher received %s wei, its withdrawals add up to %s", received, paid)
	}
	if received.Cmp(sent) < 0 {
		a.t.Errorf("invariant 4: the watcher lost %s wei besides gas", new(big.Int).Sub(sent, received))
	}
}

// creditsWithdrawn sums the CreditClaimed events paying the watcher: the
// factory's (per game) and those of SequencerSet, DACommittee and
// DAChallenge, CreditClaimed(address indexed account, uint256 amount).
func (a *adversary) creditsWithdrawn() *big.Int {
	sum := new(big.Int)
	topic := crypto.Keccak256Hash([]byte("CreditClaimed(address,uint256)"))
	c := a.e.Dep.Contracts
	logs, err := a.e.Sim.Client.FilterLogs(a.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(a.startBlock),
		Addresses: []common.Address{c.SequencerSet, c.DACommittee, c.DAChallenge},
		Topics:    [][]common.Hash{{topic}, {common.BytesToHash(a.self.Bytes())}},
	})
	if err != nil {
		a.t.Fatal(err)
	}
	for _, l := range logs {
		sum.Add(sum, new(big.Int).SetBytes(l.Data))
	}
	flogs, err := a.e.Sim.Client.FilterLogs(a.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(a.startBlock), Addresses: []common.Address{c.DisputeGameFactory},
	})
	if err != nil {
		a.t.Fatal(err)
	}
	ptrs := make([]*types.Log, len(flogs))
	for i := range flogs {
		ptrs[i] = &flogs[i]
	}
	ev, err := a.factory.DecodeEvents(ptrs)
	if err != nil {
		a.t.Fatal(err)
	}
	if v := ev.Credits[a.self]; v != nil {
		sum.Add(sum, v)
	}
	return sum
}
