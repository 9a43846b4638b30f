package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// l2Trace is a real L2 trace of two batches over a genesis: batch 1 consumes
// a deposit and holds five transactions (one with a wrong nonce, a no-op),
// batch 2 consumes a forced transaction and holds two more: T = 9, D = 4.
type l2Trace struct {
	rules   *replay.Rules
	genesis common.Hash
	pre     []*replay.State // state before each batch
	batches []*replay.Batch
	headers []*contracts.BatchHeader
	roots   []common.Hash // S(0) … S(T−1)
	offset  []int         // global step index of each batch's first step
}

func buildL2Trace(t *testing.T, e *gameEnv) *l2Trace {
	ctx := context.Background()
	alice, bob := l2Key(0), l2Key(1)
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	carol := common.HexToAddress("0xca201")
	g := &replay.Genesis{ChainID: bL2ChainID, BaseFee: (*hexutil.Big)(big.NewInt(1e9)), Alloc: map[common.Address]replay.GenesisAccount{
		aliceAddr: replay.NewGenesisBalance(ether(10)),
	}}
	st, err := replay.NewGenesisState(ctx, g, replay.NewMemoryStore())
	must(t, err)
	tr := &l2Trace{rules: g.Rules()}
	tr.genesis, err = st.Root()
	must(t, err)

	// The Inbox entries, queued on chain so the game can authenticate them.
	_, err = e.inbox.Deposit(ctx, bobAddr, big.NewInt(5e17))
	must(t, err)
	forced := l2Transfer(t, bob, 0, carol, big.NewInt(7))
	_, err = e.inbox.ForceTransaction(ctx, forced)
	must(t, err)

	tr.batches = []*replay.Batch{
		{Entries: []replay.InboxEntry{replay.NewDeposit(bobAddr, uint256.NewInt(5e17))}, Txs: [][]byte{
			l2Transfer(t, alice, 0, bobAddr, big.NewInt(1)), l2Transfer(t, alice, 1, carol, big.NewInt(2)),
			l2Transfer(t, alice, 5, carol, big.NewInt(3)), // wrong nonce: a no-op step
			l2Transfer(t, alice, 2, carol, big.NewInt(4)), l2Transfer(t, alice, 3, bobAddr, big.NewInt(5)),
		}},
		{Entries: []replay.InboxEntry{replay.NewForcedTx(forced)}, Txs: [][]byte{
			l2Transfer(t, alice, 4, carol, big.NewInt(6)), l2Transfer(t, bob, 1, aliceAddr, big.NewInt(1)),
		}},
	}
	parent := common.Hash{}
	queue := uint64(0)
	cum := uint64(0)
	for i, b := range tr.batches {
		tr.pre = append(tr.pre, st.Copy())
		tr.offset = append(tr.offset, len(tr.roots))
		res, err := replay.ReplayBatch(ctx, st, tr.rules, b, replay.ReplayOptions{Trace: true})
		must(t, err)
		for _, s := range res.Steps {
			tr.roots = append(tr.roots, s.Root)
		}
		n := uint64(i + 1)
		h, _, err := contracts.NewCalldataHeader(n, parent, queue, queue+uint64(len(b.Entries)), b.Txs, res.Root, n)
		must(t, err)
		tr.headers = append(tr.headers, h)
		cum += uint64(b.Len())
		e.setBatch(n, h.Hash(), common.Hash{}, cum, 0, false)
		parent, queue = h.Hash(), h.QueueEnd
	}
	return tr
}

// S returns the true state after step i (padding-aware).
func (tr *l2Trace) S(i uint64) common.Hash {
	return bisection.SliceTrace(tr.genesis, tr.roots).StateAt(i)
}

// proof returns the StepProof of global step s.
func (tr *l2Trace) proof(t *testing.T, s int) contracts.StepProof {
	b := len(tr.batches) - 1
	for tr.offset[b] > s {
		b--
	}
	sp, err := replay.BuildStepProof(context.Background(), tr.pre[b], tr.rules, tr.batches[b], s-tr.offset[b])
	must(t, err)
	w, err := replay.EncodeWitnessABI(&sp.Witness)
	must(t, err)
	return contracts.StepProof{Header: tr.headers[b], Kind: uint8(sp.Element.Kind), Payload: sp.Element.Payload, Witness: w}
}

func newTraceEnv(t *testing.T) (*gameEnv, *l2Trace) {
	// The verifier needs the L2 rules, the factory the genesis root: build
	// the trace's genesis first (it is pure), then deploy.
	g := &replay.Genesis{ChainID: bL2ChainID, BaseFee: (*hexutil.Big)(big.NewInt(1e9)), Alloc: map[common.Address]replay.GenesisAccount{
		crypto.PubkeyToAddress(l2Key(0).PublicKey): replay.NewGenesisBalance(ether(10)),
	}}
	root, err := g.Root()
	must(t, err)
	p := bisection.TestParams()
	p.MaxGameDepth = 8
	e := newGameEnv(t, gameEnvOpts{params: &p, genesis: &root, rules: g.Rules()})
	tr := buildL2Trace(t, e)
	if tr.genesis != root {
		t.Fatal("genesis root mismatch")
	}
	return e, tr
}

// TestGameRealTrace plays a game on a real two-batch L2 trace with the real
// OneStepVerifier: an invalid root loses to an honest challenger who wins
// by an attack step (a deposit, trace index 0), a defend step (a batch
// transaction, a no-op with a wrong nonce) and a padding attack step (past
// the trace end). The same moves on the Go model give the same tree,
// resolution and credits. Then a valid root survives and becomes the anchor.
func TestGameRealTrace(t *testing.T) {
	e, tr := newTraceEnv(t)
	ctx := e.ctx
	chal, def := e.as(1), e.as(2)
	bond := func(d uint8) *big.Int { return e.params.BondAt(d) }
	gas := map[string]uint64{}

	bogus := bisection.H(0xbad)
	g, r, err := def.Create(ctx, 2, bogus, bond(0))
	must(t, err)
	gas["create (prover claim)"] = r.GasUsed
	info, err := g.Info(ctx)
	must(t, err)
	if info.TraceLength != 9 || info.MaxDepth != 4 || info.AnchorRoot != tr.genesis {
		t.Fatalf("game info %+v", info)
	}
	model, err := bisection.NewGame(e.params, bisection.Setup{Batch: 2, AnchorRoot: tr.genesis, TraceLength: 9, RootClaim: bogus,
		Claimant: e.addr(2), Bond: bond(0), Time: info.CreatedAt})
	must(t, err)

	type mv struct {
		by     *contracts.DisputeGameFactory
		who    int
		parent uint32
		attack bool
		value  common.Hash
		gasKey string
	}
	W3, W0, V, U := bisection.H(0x3), bisection.H(0xf0), bisection.H(0x11), bisection.H(0x10) // W0 ≠ 0: a zero value would store for free and skew the gas
	moves := []mv{
		{chal, 1, 0, true, tr.S(7), "move at depth 1"}, // 1: pos 2,  t 7
		{def, 2, 1, true, W3, ""},                      // 2: pos 4,  t 3 (wrong)
		{chal, 1, 2, true, tr.S(1), ""},                // 3: pos 8,  t 1
		{def, 2, 3, true, W0, "move at max depth"},     // 4: pos 16, t 0 (wrong)
		{def, 2, 3, false, tr.S(2), ""},                // 5: pos 18, t 2 (right, but its defence bound 2 is wrong)
		{def, 2, 1, false, V, ""},                      // 6: pos 6,  t 11 (wrong)
		{chal, 1, 6, true, tr.S(9), ""},                // 7: pos 12, t 9
		{def, 2, 7, false, U, ""},                      // 8: pos 26, t 10 (wrong, in the padding)
	}
	for i, m := range moves {
		parent, err := g.Claim(ctx, m.parent)
		must(t, err)
		d := bisection.Position(parent.Position).Depth() + 1
		idx, r, err := m.by.Game(g.ID()).Move(ctx, parent.Value, m.parent, m.value, m.attack, bond(d))
		must(t, err)
		if idx != uint32(i+1) {
			t.Fatalf("move %d got index %d", i, idx)
		}
		if m.gasKey != "" {
			gas[m.gasKey] = r.GasUsed
		}
		_, err = model.Move(bisection.MoveArgs{Parent: m.parent, Disputed: parent.Value, Attack: m.attack, Value: m.value,
			Claimant: e.addr(m.who), Bond: bond(d), Time: e.blockTime(r)})
		must(t, err)
	}

	step := func(by int, idx uint32, attack bool, s int, gasKey string) error {
		var p contracts.StepProof
		if s < len(tr.roots) {
			p = tr.proof(t, s)
		}
		ev, r, err := e.as(by).Game(g.ID()).Step(ctx, idx, attack, p)
		if err != nil {
			return err
		}
		if ev.StepIndex != uint64(s) {
			t.Fatalf("step on %d: index %d, want %d", idx, ev.StepIndex, s)
		}
		if gasKey != "" {
			gas[gasKey] = r.GasUsed
		}
		return model.Step(bisection.StepArgs{Claim: idx, Attack: attack, Stepper: e.addr(by), VerifierPost: ev.PostRoot, Time: e.blockTime(r)})
	}
	// A step that does not counter: claim 5 is the true S(2).
	wantGameRevert(t, step(2, 5, true, 2, ""), "ValidStep")
	must(t, step(1, 4, true, 0, "step: deposit (attack, index 0)"))
	must(t, step(1, 5, false, 3, "step: batch tx (defend, no-op tx)"))
	must(t, step(1, 8, true, 10, "step: padding (attack, index 10)"))
	wantGameRevert(t, step(1, 4, true, 0, ""), "DuplicateStep")
	wantGameRevert(t, step(1, 3, true, 1, ""), "NotMaxDepth")

	// Resolution: not before the windows close, then children first.
	_, _, err = g.ResolveClaim(ctx, 8, 0)
	wantGameRevert(t, err, "CounterWindowOpen")
	e.at(e.now() + e.params.ClaimTimeout + 1)
	_, _, err = g.ResolveClaim(ctx, 0, 0)
	wantGameRevert(t, err, "OutOfOrderResolution")
	_, _, err = def.Game(g.ID()).Move(ctx, tr.S(9), 7, bisection.H(0x99), true, bond(4))
	wantGameRevert(t, err, "CounterWindowClosed")
	now := e.now() + 1
	for i := len(moves); i >= 0; i-- {
		_, r, err := g.ResolveClaim(ctx, uint32(i), 0)
		must(t, err)
		switch i {
		case 4:
			gas["resolve claim, 0 children"] = r.GasUsed
		case 2:
			gas["resolve claim, 1 child"] = r.GasUsed
		}
		now = e.blockTime(r)
		_, err = model.ResolveClaim(uint32(i), 0, now)
		must(t, err)
	}
	compareGame(t, e, 0, g, model)
	if model.Status != bisection.StatusChallengerWins {
		t.Fatalf("model status %v", model.Status)
	}
	_, _, err = e.registry.Update(ctx, g.ID())
	wantGameRevert(t, err, "NotDefenderWin")
	// Credits: everyone is paid exactly what the model says.
	total := new(big.Int)
	for who, amount := range model.Credits() {
		got, r, err := chal.Game(g.ID()).ClaimCredit(ctx, who)
		must(t, err)
		gas[fmt.Sprintf("claimCredit, %d claims", len(model.CreditClaims(who)))] = r.GasUsed
		if got.Cmp(amount) != 0 {
			t.Fatalf("credit %v: %v, model %v", who, got, amount)
		}
		total.Add(total, got)
	}
	if total.Cmp(model.TotalBonds()) != 0 {
		t.Fatalf("paid %v, bonds %v", total, model.TotalBonds())
	}
	_, _, err = g.ClaimCredit(ctx, e.addr(1))
	wantGameRevert(t, err, "NoCreditToClaim")

	// A valid root on batch 2 survives an attack and becomes the anchor.
	good, _, err := def.Create(ctx, 2, tr.S(8), bond(0))
	must(t, err)
	_, _, err = chal.Game(good.ID()).Attack(ctx, tr.S(8), 0, bisection.H(0x77), bond(1))
	must(t, err)
	_, _, err = def.Game(good.ID()).Attack(ctx, bisection.H(0x77), 1, tr.S(3), bond(2))
	must(t, err)
	e.at(e.now() + e.params.ClaimTimeout + 1)
	must(t, good.ResolveAll(ctx, 0))
	if st, _ := good.Status(ctx); st != contracts.GameDefenderWins {
		t.Fatalf("valid root: %v", st)
	}
	_, _, err = e.registry.Update(ctx, good.ID())
	wantGameRevert(t, err, "AirgapNotElapsed")
	e.at(e.now() + e.params.AnchorAirgap + 1)
	a, _, err := e.registry.Update(ctx, good.ID())
	must(t, err)
	if a.Batch != 2 || a.Root != tr.S(8) {
		t.Fatalf("anchor %+v", a)
	}
	_, _, err = e.registry.Update(ctx, good.ID())
	wantGameRevert(t, err, "AnchorNotNewer")
	// New games start from the new anchor: batch 2 is no longer after it.
	_, _, err = def.Create(ctx, 2, bisection.H(1), bond(0))
	wantGameRevert(t, err, "BatchNotAfterAnchor")

	for _, k := range []string{"create (prover claim)", "move at depth 1", "move at max depth", "step: deposit (attack, index 0)",
		"step: batch tx (defend, no-op tx)", "step: padding (attack, index 10)", "resolve claim, 0 children", "resolve claim, 1 child"} {
		t.Logf("gas %-36s %8d", k, gas[k])
	}
	for k, v := range gas {
		if strings.HasPrefix(k, "claimCredit") {
			t.Logf("gas %-36s %8d", k, v)
		}
	}
}
