package contracts_test

import (
	"context"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/config"
	"github.com/etherscale/etherscale/internal/simbackend"
	"github.com/etherscale/etherscale/replay"
)

// The real stack: Inbox, SequencerSet, BatchInbox (signed calldata batches),
// OneStepVerifier and the factory, all as deployed live. Keys: 0 deploys,
// 1…3 play, 4…7 are sequencers (1 ETH each), 8 proves malformed batches.
const (
	sKeys       = 9
	sFirstSeq   = 4
	sSeqs       = 4
	sMalProver  = 8
	sDAWindow   = bMalformedWindow // BatchInbox malformedWindow = factory challengeWindow
	sMaxGameDep = 8
)

type stackEnv struct {
	*gameEnv
	bi      *contracts.BatchInbox
	rules   *replay.Rules
	genesis common.Hash
	st      *replay.State // state after the last posted batch
	pre     []*replay.State
	batches []*replay.Batch
	headers []*contracts.BatchHeader
	data    [][]byte
	posted  []*contracts.PostedBatch
	roots   []common.Hash // S(0) … S(T−1) over every posted batch
	offset  []int
	queue   uint64
}

func stackGenesis() *replay.Genesis {
	return &replay.Genesis{ChainID: bL2ChainID, BaseFee: (*hexutil.Big)(big.NewInt(1e9)), Alloc: map[common.Address]replay.GenesisAccount{
		crypto.PubkeyToAddress(l2Key(0).PublicKey): replay.NewGenesisBalance(ether(10)),
		crypto.PubkeyToAddress(l2Key(1).PublicKey): replay.NewGenesisBalance(ether(1)),
	}}
}

func newStackEnv(t *testing.T) *stackEnv {
	t.Helper()
	ctx := context.Background()
	gen := stackGenesis()
	genesis, err := gen.Root()
	must(t, err)
	st, err := replay.NewGenesisState(ctx, gen, replay.NewMemoryStore())
	must(t, err)

	env := newSimEnv(t)
	e := &stackEnv{gameEnv: env, rules: gen.Rules(), genesis: genesis, st: st}
	dep := e.senders[0]
	inboxAddr, _, err := contracts.DeployInbox(ctx, dep, bInclusionWindow, bMaxTxSize)
	must(t, err)
	e.inbox = contracts.NewInbox(inboxAddr, env.env.Client, dep)
	setAddr, _, err := contracts.DeploySequencerSet(ctx, dep, bSetParams())
	must(t, err)
	e.set = contracts.NewSequencerSet(setAddr, env.env.Client, dep)
	biAddr, _, err := contracts.DeployBatchInbox(ctx, dep, inboxAddr, setAddr, contracts.BatchInboxParams{
		ForceGrace: bForceGrace, MalformedWindow: sDAWindow, MaxBatchTxs: bMaxBatchTxs, MaxBatchBytes: bMaxBatchBytes,
	})
	must(t, err)
	e.bi = contracts.NewBatchInbox(biAddr, env.env.Client, dep)
	e.gameEnv.bi = biAddr
	verifier, _, err := contracts.DeployOneStepVerifier(ctx, dep, e.rules.ChainID, e.rules.BaseFee.ToBig())
	must(t, err)
	fAddr, _, err := contracts.DeployDisputeGameFactory(ctx, dep, biAddr, setAddr, verifier, contracts.DisputeGameParams{
		GenesisRoot: genesis, ChallengeWindow: sDAWindow, ClaimTimeout: e.params.ClaimTimeout,
		MaxGameDepth: e.params.MaxGameDepth, BondsByDepth: e.params.BondsByDepth, AnchorAirgap: e.params.AnchorAirgap,
	})
	must(t, err)
	e.factory = contracts.NewDisputeGameFactory(fAddr, env.env.Client, dep)
	reg, err := e.factory.AnchorRegistry(ctx)
	must(t, err)
	e.registry = contracts.NewAnchorStateRegistry(reg, env.env.Client, dep)
	_, err = e.set.Initialize(ctx, []common.Address{biAddr, fAddr})
	must(t, err)
	for i := sFirstSeq; i < sFirstSeq+sSeqs; i++ {
		s := contracts.NewSequencerSet(setAddr, env.env.Client, e.senders[i])
		_, err := s.Register(ctx, bMinBond, []byte{byte(i)}, "http://seq")
		must(t, err)
	}
	env.env.AdjustTime(t, 1000*time.Second)
	return e
}

// newSimEnv is a gameEnv shell (chain, keys, senders, parameters) for the
// real stack; newStackEnv fills in the contracts.
func newSimEnv(t *testing.T) *gameEnv {
	env := simbackend.New(t, sKeys)
	e := &gameEnv{t: t, ctx: context.Background(), env: env}
	cfg := simbackend.SenderConfig()
	cfg.ErrorABIs = contracts.ErrorABIs()
	for i := 0; i < sKeys; i++ {
		e.senders = append(e.senders, env.SenderWithConfig(t, i, cfg))
	}
	e.params = bisection.TestParams()
	e.params.MaxGameDepth = sMaxGameDep
	return e
}

// post replays b on the running state, posts it signed by signers (the
// stateRoot is the true one unless claimRoot is non-zero) with data (the
// real batch data unless non-nil), and returns its header.
func (e *stackEnv) post(b *replay.Batch, claimRoot common.Hash, data []byte, signers ...int) *contracts.BatchHeader {
	t := e.t
	t.Helper()
	e.pre = append(e.pre, e.st.Copy())
	e.offset = append(e.offset, len(e.roots))
	res, err := replay.ReplayBatch(e.ctx, e.st, e.rules, b, replay.ReplayOptions{Trace: true})
	must(t, err)
	for _, s := range res.Steps {
		e.roots = append(e.roots, s.Root)
	}
	head, err := e.bi.ChainHead(e.ctx)
	must(t, err)
	root := res.Root
	if claimRoot != (common.Hash{}) {
		root = claimRoot
	}
	h, d, err := contracts.NewCalldataHeader(head.Number+1, head.HeaderHash, e.queue, e.queue+uint64(len(b.Entries)), b.Txs, root, e.now())
	must(t, err)
	if data != nil {
		d = data
		h.DataHash = crypto.Keccak256Hash(d)
		h.DataLength = uint32(len(d))
	}
	var sigs [][]byte
	for _, k := range signers {
		sig, err := contracts.SignHeader(e.env.Keys[k], h, e.env.ChainID.Uint64(), e.bi.Address())
		must(t, err)
		sigs = append(sigs, sig)
	}
	sorted, _, err := contracts.SortHeaderSignatures(h, sigs, e.env.ChainID.Uint64(), e.bi.Address())
	must(t, err)
	poster := contracts.NewBatchInbox(e.bi.Address(), e.env.Client, e.senders[signers[0]])
	pb, err := poster.PostBatch(e.ctx, h, sorted, d)
	must(t, err)
	e.batches = append(e.batches, b)
	e.headers = append(e.headers, h)
	e.data = append(e.data, d)
	e.posted = append(e.posted, pb)
	e.queue = h.QueueEnd
	return h
}

// S is the true state after global step i (padding-aware).
func (e *stackEnv) S(i uint64) common.Hash {
	return bisection.SliceTrace(e.genesis, e.roots).StateAt(i)
}

// proof is the StepProof of global step s.
func (e *stackEnv) proof(s int) contracts.StepProof {
	b := len(e.batches) - 1
	for e.offset[b] > s {
		b--
	}
	sp, err := replay.BuildStepProof(e.ctx, e.pre[b], e.rules, e.batches[b], s-e.offset[b])
	must(e.t, err)
	w, err := replay.EncodeWitnessABI(&sp.Witness)
	must(e.t, err)
	return contracts.StepProof{Header: e.headers[b], Kind: uint8(sp.Element.Kind), Payload: sp.Element.Payload, Witness: w}
}

// final waits until every posted batch is past its DA window.
func (e *stackEnv) final() {
	last := e.posted[len(e.posted)-1]
	at, err := e.bi.PostedAt(e.ctx, last.Header.Number)
	must(e.t, err)
	e.at(at + sDAWindow + 2) // estimation runs at the latest block's time
}

// The L2 accounts of the stack tests.
var (
	sAlice = crypto.PubkeyToAddress(l2Key(0).PublicKey)
	sBob   = crypto.PubkeyToAddress(l2Key(1).PublicKey)
	sCarol = common.HexToAddress("0xca201")
)

// batch1 queues a deposit and posts batch 1 (the deposit, two transfers)
// signed by sequencers 4, 5, 6 of 4…7: steps 0, 1, 2.
func (e *stackEnv) batch1() {
	_, err := e.inbox.Deposit(e.ctx, sBob, big.NewInt(5e17))
	must(e.t, err)
	e.post(&replay.Batch{Entries: []replay.InboxEntry{replay.NewDeposit(sBob, uint256.NewInt(5e17))}, Txs: [][]byte{
		l2Transfer(e.t, l2Key(0), 0, sBob, big.NewInt(1)), l2Transfer(e.t, l2Key(0), 1, sCarol, big.NewInt(2)),
	}}, common.Hash{}, nil, 4, 5, 6)
}

// playStep3 plays the dispute "S(3) is wrong" on batch 2's game (T = 5,
// D = 3): an honest creator claims the true root, a dishonest challenger
// attacks it with wrongS3 at trace index 3, the honest side attacks back at
// index 1, the challenger defends at index 2 with the true S(2), and the
// honest side counters that claim with a defend step executing step 3.
// Returns the game and the gas of each action.
// prep, if set, rewrites the proof the honest step sends.
func (e *stackEnv) playStep3(wrongS3 common.Hash, tamper, prep func(p *contracts.StepProof)) (*contracts.DisputeGame, map[string]uint64, *contracts.Stepped) {
	t, ctx := e.t, e.ctx
	gas := map[string]uint64{}
	honest, dishonest := e.as(2), e.as(1)
	bond := e.params.BondAt
	g, r, err := honest.Create(ctx, 2, e.S(4), bond(0))
	must(t, err)
	gas["create (prover claim)"] = r.GasUsed
	info, err := g.Info(ctx)
	must(t, err)
	if info.TraceLength != 5 || info.MaxDepth != 3 {
		t.Fatalf("game %+v", info)
	}
	gid := g.ID()
	_, r, err = dishonest.Game(gid).Attack(ctx, e.S(4), 0, wrongS3, bond(1)) // 1: pos 2, t 3
	must(t, err)
	gas["move at depth 1 (parent's first child)"] = r.GasUsed
	_, r, err = honest.Game(gid).Attack(ctx, wrongS3, 1, e.S(1), bond(2)) // 2: pos 4, t 1
	must(t, err)
	_, r, err = dishonest.Game(gid).Defend(ctx, e.S(1), 2, e.S(2), bond(3)) // 3: pos 10, t 2, at D
	must(t, err)
	gas["move at max depth (parent's first child)"] = r.GasUsed
	// The true S(2) cannot be attack-stepped: step 2 yields it.
	_, _, err = honest.Game(gid).Step(ctx, 3, true, e.proof(2))
	wantGameRevert(t, err, "ValidStep")
	p := e.proof(3)
	if tamper != nil {
		bad := p
		bad.Payload = append(append([]byte{}, p.Payload...), 0)
		tamper(&bad)
	}
	if prep != nil {
		prep(&p)
	}
	ev, r, err := honest.Game(gid).Step(ctx, 3, false, p)
	must(t, err)
	if ev.StepIndex != 3 || ev.PreRoot != e.S(2) || ev.PostRoot != e.S(3) {
		t.Fatalf("step %+v, want 3: %v → %v", ev, e.S(2), e.S(3))
	}
	gas["step"] = r.GasUsed
	// Windows: no step or move after a claim's window, no resolution before it.
	_, _, err = g.ResolveClaim(ctx, 3, 0)
	wantGameRevert(t, err, "CounterWindowOpen")
	e.at(info.CreatedAt + e.params.ClaimTimeout*2)
	_, _, err = dishonest.Game(gid).Defend(ctx, e.S(2), 3, common.Hash{1}, bond(4))
	wantGameRevert(t, err, "GameDepthExceeded")
	_, _, err = dishonest.Game(gid).Attack(ctx, e.S(1), 2, common.Hash{2}, bond(3))
	wantGameRevert(t, err, "CounterWindowClosed")
	_, _, err = dishonest.Game(gid).Step(ctx, 3, false, p)
	wantGameRevert(t, err, "CounterWindowClosed")
	for i := 3; i >= 0; i-- {
		_, r, err := g.ResolveClaim(ctx, uint32(i), 0)
		must(t, err)
		if i == 1 {
			gas["resolve claim, 1 child"] = r.GasUsed
		}
	}
	if st, _ := g.Status(ctx); st != contracts.GameDefenderWins {
		t.Fatalf("status %v", st)
	}
	// The honest side takes every bond: its own 0 and 2 back, 1 and 3 won.
	want := new(big.Int)
	for d := uint8(0); d <= 3; d++ {
		want.Add(want, bond(d))
	}
	got, r, err := g.ClaimCredit(ctx, e.addr(2))
	must(t, err)
	gas["claimCredit (4 claims)"] = r.GasUsed
	if got.Cmp(want) != 0 {
		t.Fatalf("honest credit %v, want %v", got, want)
	}
	_, _, err = g.ClaimCredit(ctx, e.addr(1))
	wantGameRevert(t, err, "NoCreditToClaim")
	return g, gas, ev
}

// TestGameStackForcedTx: on the real stack, a dishonest challenger's wrong
// claim about a forced transaction (trace index 3, batch 2's inbox entry) is
// countered by a one-step proof of that forced transaction; a payload that
// is not the Inbox's entry is rejected with EntryMismatch first.
func TestGameStackForcedTx(t *testing.T) {
	e := newStackEnv(t)
	e.batch1()
	forced := l2Transfer(t, l2Key(1), 0, sCarol, big.NewInt(7))
	_, err := e.inbox.ForceTransaction(e.ctx, forced)
	must(t, err)
	e.post(&replay.Batch{Entries: []replay.InboxEntry{replay.NewForcedTx(forced)}, Txs: [][]byte{
		l2Transfer(t, l2Key(0), 2, sCarol, big.NewInt(6)),
	}}, common.Hash{}, nil, 4, 5, 6)
	if len(e.roots) != 5 || e.S(3) == e.S(2) {
		t.Fatalf("trace %d steps; forced tx a no-op: %v", len(e.roots), e.S(3) == e.S(2))
	}
	e.final()
	var tampered bool
	_, gas, _ := e.playStep3(bisection.H(0xbad3), func(p *contracts.StepProof) {
		// Before the real step: the entry must be the Inbox's (kind and payload).
		_, _, err := e.as(2).Game(big.NewInt(0)).Step(e.ctx, 3, false, *p)
		wantGameRevert(t, err, "EntryMismatch")
		p.Kind = contracts.StepKindDeposit
		p.Payload = p.Payload[:len(p.Payload)-1]
		_, _, err = e.as(2).Game(big.NewInt(0)).Step(e.ctx, 3, false, *p)
		wantGameRevert(t, err, "EntryMismatch")
		p.Kind = contracts.StepKindBatchTx
		_, _, err = e.as(2).Game(big.NewInt(0)).Step(e.ctx, 3, false, *p)
		wantGameRevert(t, err, "WrongElementKind")
		tampered = true
	}, nil)
	if !tampered {
		t.Fatal("tamper checks did not run")
	}
	for _, k := range []string{"create (prover claim)", "move at depth 1 (parent's first child)", "move at max depth (parent's first child)",
		"step", "resolve claim, 1 child", "claimCredit (4 claims)"} {
		t.Logf("gas %-42s %8d", k, gas[k])
	}
	// The bond floor of the config (twice config.HonestCounterGas at the
	// reference gas price) rests on this sum: the counter (a move, plus a
	// fresh child word when a parent has many children, or this step, the
	// costliest kind), resolving the wrong claim and our own, and the
	// credit claim (here for all four claims: an over-estimate).
	const freshChildWord = 22_100
	counter := max(gas["move at max depth (parent's first child)"]+freshChildWord, gas["step"])
	total := counter + 2*gas["resolve claim, 1 child"] + gas["claimCredit (4 claims)"]
	t.Logf("honest counter, measured: %d gas (bound %d)", total, config.HonestCounterGas)
	if total > config.HonestCounterGas {
		t.Errorf("the honest side spends %d gas to defeat one claim, more than config.HonestCounterGas = %d: raise it (bonds are sized by it)", total, config.HonestCounterGas)
	}
}

// TestGameStackVoidBatch: batch 2 is posted with malformed data and voided
// through BatchInbox.proveMalformed inside its window (its signers are
// slashed there); once the window is over a game covers it, and the wrong
// claim "batch 2's first transaction applied" loses to a one-step proof in
// which that transaction is a no-op because the batch is void.
func TestGameStackVoidBatch(t *testing.T) {
	e := newStackEnv(t)
	e.batch1()
	txs := [][]byte{l2Transfer(t, l2Key(0), 2, sCarol, big.NewInt(3)), l2Transfer(t, l2Key(0), 3, sBob, big.NewInt(4))}
	garbage := []byte{0xc3, 0x01, 0x02}
	// What an implementation ignoring the void flag would compute.
	applied := e.st.Copy()
	res, err := replay.ReplayBatch(e.ctx, applied, e.rules, &replay.Batch{Txs: txs}, replay.ReplayOptions{Trace: true})
	must(t, err)
	wrongS3 := res.Steps[0].Root
	e.post(&replay.Batch{Txs: txs, Void: true}, common.Hash{}, garbage, 5, 6, 7)
	if e.S(3) != e.S(2) || wrongS3 == e.S(3) {
		t.Fatal("void batch steps must be no-ops, the non-void replay not")
	}
	pb := e.posted[1]
	_, _, err = e.factory.Create(e.ctx, 2, e.S(4), e.params.BondAt(0))
	wantGameRevert(t, err, "BatchNotFinal")
	prover := contracts.NewBatchInbox(e.bi.Address(), e.env.Client, e.senders[sMalProver])
	v, _, err := prover.ProveMalformed(e.ctx, e.headers[1], pb.Signers, garbage)
	must(t, err)
	if v.Reason != contracts.VoidMalformedRLP {
		t.Fatalf("void %+v", v)
	}
	e.final()
	_, _, err = e.as(3).CreateSequencerGame(e.ctx, e.headers[1], common.Hash{1}, e.params.BondAt(1))
	wantGameRevert(t, err, "BatchIsVoid")
	// The batch's data may be withheld for good (that is why it is void), so
	// the step must not need the transaction or its proof.
	_, gas, ev := e.playStep3(wrongS3, nil, func(p *contracts.StepProof) { p.Payload, p.Witness = nil, nil })
	if ev.PostRoot != ev.PreRoot {
		t.Fatalf("void step changed the state: %+v", ev)
	}
	t.Logf("gas %-42s %8d", "step: batch tx in a void batch", gas["step"])
}

// TestGameStackSequencerSlash: batch 2's header, signed by 3 of the 4
// sequencers, claims a wrong stateRoot. A prover opens a sequencer game on
// it, nobody defends the root, it resolves CHALLENGER_WINS, and slashSigners
// slashes each of the three signers in full (not the fourth), crediting the
// prover its share in SequencerSet; the ETH adds up to the wei.
func TestGameStackSequencerSlash(t *testing.T) {
	e := newStackEnv(t)
	ctx := e.ctx
	e.batch1()
	h := e.post(&replay.Batch{Txs: [][]byte{l2Transfer(t, l2Key(0), 2, sCarol, big.NewInt(3))}}, bisection.H(0xbad), nil, 4, 6, 7)
	signers := e.posted[1].Signers
	if len(signers) != 3 || !sort.SliceIsSorted(signers, func(i, j int) bool { return signers[i].Cmp(signers[j]) < 0 }) {
		t.Fatalf("signers %v", signers)
	}
	e.final()
	prover := e.as(3)
	g, r, err := prover.CreateSequencerGame(ctx, h, e.S(1), e.params.BondAt(1))
	must(t, err)
	t.Logf("gas %-42s %8d", "create (sequencer claim, with the attack)", r.GasUsed)
	_, _, err = g.SlashSigners(ctx, signers)
	wantGameRevert(t, err, "NotSlashable")
	info, err := g.Info(ctx)
	must(t, err)
	e.at(info.CreatedAt + e.params.ClaimTimeout + 1)
	must(t, g.ResolveAll(ctx, 0))
	if st, _ := g.Status(ctx); st != contracts.GameChallengerWins {
		t.Fatalf("status %v", st)
	}
	if rc, _ := g.SlashRecipient(ctx); rc != e.addr(3) {
		t.Fatalf("slash recipient %v", rc)
	}

	stake := func(a common.Address) *big.Int {
		s, err := e.set.StakeOf(ctx, a)
		must(t, err)
		return s
	}
	before := map[common.Address]*big.Int{}
	total := new(big.Int)
	for _, s := range signers {
		before[s] = stake(s)
		total.Add(total, before[s])
	}
	bystander := e.addr(5)
	burned0, err := e.set.TotalBurned(ctx)
	must(t, err)

	_, _, err = g.SlashSigners(ctx, signers[:2])
	wantGameRevert(t, err, "SignersMismatch")
	_, _, err = g.SlashSigners(ctx, []common.Address{signers[1], signers[0], signers[2]})
	wantGameRevert(t, err, "SignersMismatch")
	ev, r, err := g.SlashSigners(ctx, signers)
	must(t, err)
	t.Logf("gas %-42s %8d", "slashSigners (3 signers)", r.GasUsed)
	_, _, err = g.SlashSigners(ctx, signers)
	wantGameRevert(t, err, "AlreadySlashed")
	if ev.Recipient != e.addr(3) || ev.Signers.Int64() != 3 || ev.Slashed.Cmp(total) != 0 {
		t.Fatalf("slashed %+v, want %v", ev, total)
	}
	for _, s := range signers {
		if st := stake(s); st.Sign() != 0 || before[s].Sign() == 0 {
			t.Fatalf("signer %v: stake %v → %v", s, before[s], st)
		}
		if ok, _ := e.set.IsActive(ctx, s); ok {
			t.Fatalf("signer %v still active", s)
		}
	}
	if st := stake(bystander); st.Cmp(bMinBond) != 0 {
		t.Fatalf("non-signer slashed: %v", st)
	}
	reward, err := e.set.Credit(ctx, e.addr(3))
	must(t, err)
	burned, err := e.set.TotalBurned(ctx)
	must(t, err)
	burned.Sub(burned, burned0)
	want := new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(bRewardPercent)), big.NewInt(100))
	if reward.Cmp(want) != 0 || new(big.Int).Add(reward, burned).Cmp(total) != 0 {
		t.Fatalf("prover credit %v (want %v), burned %v, slashed %v", reward, want, burned, total)
	}
	// The game's own bonds: the prover's attack bond comes back.
	got, _, err := g.ClaimCredit(ctx, e.addr(3))
	must(t, err)
	if got.Cmp(e.params.BondAt(1)) != 0 {
		t.Fatalf("game credit %v", got)
	}
}

// TestGameStackResolve16: a claim with 16 children, all resolved, resolves
// in one call; and the gas of each step kind on the real verifier.
func TestGameStackResolve16(t *testing.T) {
	e := newStackEnv(t)
	ctx := e.ctx
	e.batch1()
	forced := l2Transfer(t, l2Key(1), 0, sCarol, big.NewInt(7))
	_, err := e.inbox.ForceTransaction(ctx, forced)
	must(t, err)
	e.post(&replay.Batch{Entries: []replay.InboxEntry{replay.NewForcedTx(forced)}, Txs: [][]byte{
		l2Transfer(t, l2Key(0), 2, sCarol, big.NewInt(6)),
	}}, common.Hash{}, nil, 4, 5, 6)
	e.final()
	bond := e.params.BondAt
	a, b := e.as(1), e.as(2)
	gas := map[string]uint64{}

	// Steps of every kind on one game (T = 5, D = 3), by b against a's wrong
	// leaves: pos 8 (t 0, the deposit), pos 10 (t 2, a batch tx), pos 12
	// (t 4, attack: step 4, a batch tx; defend: step 5, padding).
	g, _, err := b.Create(ctx, 2, bisection.H(0x5001), bond(0))
	must(t, err)
	id := g.ID()
	mv := func(f *contracts.DisputeGameFactory, parent uint32, attack bool, v common.Hash, d uint8) uint32 {
		c, err := g.Claim(ctx, parent)
		must(t, err)
		i, _, err := f.Game(id).Move(ctx, c.Value, parent, v, attack, bond(d))
		must(t, err)
		return i
	}
	c1 := mv(a, 0, true, e.S(3), 1)             // pos 2, t 3
	c2 := mv(b, c1, true, e.S(1), 2)            // pos 4, t 1
	c3 := mv(a, c2, true, bisection.H(0xa0), 3) // pos 8, t 0: wrong
	c4 := mv(a, c2, false, bisection.H(0xa2), 3)
	c5 := mv(b, c1, false, e.S(5), 2)            // pos 6, t 5 (padding: S(4))
	c6 := mv(a, c5, true, bisection.H(0xa4), 3)  // pos 12, t 4: wrong
	c7 := mv(a, c5, false, bisection.H(0xa6), 3) // pos 14, t 6: wrong, in the padding
	for _, s := range []struct {
		claim  uint32
		attack bool
		step   int
		key    string
	}{
		{c3, true, 0, "step: deposit (attack, index 0)"},
		{c4, true, 2, "step: batch tx (attack, index 2)"},
		{c6, true, 4, "step: batch tx (attack, index 4)"},
		{c7, true, 6, "step: padding (attack, index 6)"},
	} {
		var p contracts.StepProof
		if s.step < len(e.roots) {
			p = e.proof(s.step)
		}
		ev, r, err := b.Game(id).Step(ctx, s.claim, s.attack, p)
		must(t, err)
		if ev.StepIndex != uint64(s.step) {
			t.Fatalf("step %+v", ev)
		}
		gas[s.key] = r.GasUsed
	}

	// 16 attacks on one root (game on batch 1), each resolved, then the root
	// in one call.
	g16, _, err := b.Create(ctx, 1, e.S(2), bond(0))
	must(t, err)
	for i := 0; i < 16; i++ {
		_, _, err := e.as(1+i%3).Game(g16.ID()).Attack(ctx, e.S(2), 0, bisection.H(uint64(0x100+i)), bond(1))
		must(t, err)
	}
	info, err := g16.Info(ctx)
	must(t, err)
	e.at(info.CreatedAt + e.params.ClaimTimeout + 20)
	for i := 16; i >= 1; i-- {
		_, r, err := g16.ResolveClaim(ctx, uint32(i), 0)
		must(t, err)
		if i == 16 {
			gas["resolve claim, 0 children"] = r.GasUsed
		}
	}
	done, r, err := g16.ResolveClaim(ctx, 0, 0)
	must(t, err)
	if !done {
		t.Fatal("root not resolved in one call")
	}
	gas["resolve claim, 16 children (one call)"] = r.GasUsed
	if st, _ := g16.Status(ctx); st != contracts.GameChallengerWins {
		t.Fatalf("status %v", st)
	}
	// Leftmost = smallest position, ties to the earliest: child 1 takes the root's bond.
	c, err := g16.Credit(ctx, e.addr(1))
	must(t, err)
	if want := new(big.Int).Add(bond(0), new(big.Int).Mul(bond(1), big.NewInt(6))); c.Cmp(want) != 0 {
		t.Fatalf("credit of the first attacker %v, want %v", c, want)
	}
	for _, k := range []string{"step: deposit (attack, index 0)", "step: batch tx (attack, index 2)", "step: batch tx (attack, index 4)",
		"step: padding (attack, index 6)", "resolve claim, 0 children", "resolve claim, 16 children (one call)"} {
		t.Logf("gas %-42s %8d", k, gas[k])
	}
}
