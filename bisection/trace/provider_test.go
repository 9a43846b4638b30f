package trace

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/replay"
)

const testChainID = 901

func testKey(tb testing.TB, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("etherscale trace test key %d", i))))
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func transfer(tb testing.TB, key *ecdsa.PrivateKey, chainID uint64, nonce uint64, to common.Address, value *big.Int) []byte {
	tb.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)),
		&types.LegacyTx{Nonce: nonce, To: &to, Value: value, Gas: 21000, GasPrice: gwei(2)})
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// genesis funds the first n test keys with 1 ether each.
func genesis(tb testing.TB, n int) (*replay.Genesis, []*ecdsa.PrivateKey) {
	g := &replay.Genesis{ChainID: testChainID, BaseFee: (*hexutil.Big)(gwei(1)), Alloc: map[common.Address]replay.GenesisAccount{}}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = testKey(tb, i)
		g.Alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = replay.NewGenesisBalance(new(big.Int).Mul(gwei(1e9), big.NewInt(1)))
	}
	return g, keys
}

// smallTrace is genesis plus three batches: deposits (one to a fresh
// account), forced transactions (one valid, one with a wrong nonce),
// ordinary transfers, invalid transactions (garbage, wrong chain id, an
// unaffordable value, a replayed nonce), an empty batch and a void batch.
func smallTrace(t *testing.T) (*ReplayProvider, *replay.Rules) {
	t.Helper()
	ctx := context.Background()
	gen, keys := genesis(t, 3)
	store := replay.NewMemoryStore()
	st, err := replay.NewGenesisState(ctx, gen, store)
	if err != nil {
		t.Fatal(err)
	}
	anchor, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(keys[i].PublicKey) }
	fresh := common.HexToAddress("0x00000000000000000000000000000000000f4e54")
	batches := []BatchInput{
		{
			Entries: []replay.InboxEntry{
				replay.NewDeposit(fresh, uint256.NewInt(5e17)),
				replay.NewDeposit(addr(0), uint256.NewInt(1)),
				replay.NewForcedTx(transfer(t, keys[1], testChainID, 0, addr(2), big.NewInt(1000))),
			},
			Txs: [][]byte{
				transfer(t, keys[0], testChainID, 0, addr(1), big.NewInt(7)),
				{0xde, 0xad},
				transfer(t, keys[0], testChainID, 1, fresh, big.NewInt(9)),
				transfer(t, keys[2], testChainID+1, 0, addr(0), big.NewInt(1)),         // wrong chain id
				transfer(t, keys[2], testChainID, 0, addr(0), gwei(2e9)),               // unaffordable
				transfer(t, keys[0], testChainID, 1, addr(2), big.NewInt(3)),           // nonce reused
				transfer(t, keys[2], testChainID, 0, addr(1), big.NewInt(11)),          // valid
				transfer(t, keys[1], testChainID, 1, addr(0), big.NewInt(13)),          // valid after the forced tx
				transfer(t, keys[1], testChainID, 1, addr(0), big.NewInt(13)),          // duplicate: nonce
				transfer(t, keys[0], testChainID, 2, addr(0), big.NewInt(1)),           // self transfer
				transfer(t, keys[2], testChainID, 1, fresh, new(big.Int).SetUint64(2)), // to the deposited account
			},
		},
		{}, // an empty batch: no steps
		{
			Entries: []replay.InboxEntry{
				replay.NewForcedTx(transfer(t, keys[1], testChainID, 5, addr(2), big.NewInt(1))), // wrong nonce
				replay.NewDeposit(addr(2), uint256.NewInt(77)),
			},
			Txs:  [][]byte{transfer(t, keys[0], testChainID, 3, addr(1), big.NewInt(5))},
			Void: true, // its transactions are no-ops, its entries apply
		},
		{
			Txs: [][]byte{
				transfer(t, keys[0], testChainID, 3, addr(1), big.NewInt(5)),
				transfer(t, keys[1], testChainID, 2, addr(2), big.NewInt(6)),
			},
		},
	}
	p, err := NewReplayProvider(ctx, gen.Rules(), store, anchor, batches)
	if err != nil {
		t.Fatal(err)
	}
	return p, gen.Rules()
}

// checkProof checks the provider's proof of step i with the Go verifier,
// from the ABI encodings as the contract receives them: the successor of
// the proof's pre-state must be the provider's root after step i.
func checkProof(t *testing.T, p *ReplayProvider, rules *replay.Rules, i uint64) {
	t.Helper()
	ctx := context.Background()
	elb, wb, pre, err := p.StepProof(ctx, i)
	if err != nil {
		t.Fatalf("step %d: %v", i, err)
	}
	if want, _ := bisection.PreStateAt(ctx, p, i); pre != want {
		t.Fatalf("step %d: pre-state %x, trace %x", i, pre, want)
	}
	el, err := replay.DecodeElementABI(elb)
	if err != nil {
		t.Fatalf("step %d: %v", i, err)
	}
	w, err := replay.DecodeWitnessABI(wb)
	if err != nil {
		t.Fatalf("step %d: %v", i, err)
	}
	post, err := replay.VerifyStep(rules, pre, el, w)
	if err != nil {
		t.Fatalf("step %d: %v", i, err)
	}
	if want, _ := p.StateAt(ctx, i); post != want {
		t.Fatalf("step %d: verifier %x, trace %x", i, post, want)
	}
}

func TestReplayProviderTrace(t *testing.T) {
	p, rules := smallTrace(t)
	ctx := context.Background()
	if p.Length() != 14+0+3+2 {
		t.Fatalf("length %d", p.Length())
	}
	for i := range p.Length() {
		checkProof(t, p, rules, i)
	}
	for i, want := range [][2]int{{0, 0}, {13, 0}, {14, 2}, {16, 2}, {17, 3}, {18, 3}} {
		k, off, err := p.Locate(uint64(want[0]))
		if err != nil || k != want[1] {
			t.Fatalf("case %d: locate %d = batch %d offset %d, %v", i, want[0], k, off, err)
		}
	}
	if _, _, _, err := p.StepProof(ctx, p.Length()); !errors.Is(err, bisection.ErrPaddingStep) {
		t.Fatalf("padding: %v", err)
	}
	if r, _ := p.StateAt(ctx, 1<<40); r != p.FinalRoot() {
		t.Fatal("padding root")
	}
	if _, err := NewReplayProvider(ctx, rules, replay.NewMemoryStore(), common.Hash{}, nil); !errors.Is(err, ErrNoBatches) {
		t.Fatalf("no batches: %v", err)
	}
}

// TestReplayProviderGames plays games over the small real trace: a dishonest
// actor makes random claims (true or false values) against the honest party,
// the solver answers on every tick, and every step the solver asks for is
// proven with the provider and checked with replay.VerifyStep.
func TestReplayProviderGames(t *testing.T) {
	p, rules := smallTrace(t)
	ctx := context.Background()
	honest := common.HexToAddress("0x000000000000000000000000000000000000e057")
	bad := common.HexToAddress("0x0000000000000000000000000000000000000bad")
	params := bisection.TestParams()
	trace, err := bisection.ProviderTrace(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	proven, noops := 0, 0
	for seed := range uint64(60) {
		rng := rand.New(rand.NewPCG(seed, 7))
		// Odd seeds: the honest party is the prover and the dishonest actor
		// challenges it; even seeds: a wrong root by the dishonest actor.
		// (The game depth is 5, odd: only the former ends in honest steps.)
		root, claimant := p.FinalRoot(), honest
		if seed%2 == 0 {
			root, claimant = bisection.H(0xbad), bad
		}
		now := uint64(bisection.TestGameTime)
		g, err := bisection.NewGame(params, bisection.Setup{AnchorBatch: 0, AnchorRoot: p.AnchorRoot(), Batch: 4,
			TraceLength: p.Length(), RootClaim: root, Claimant: claimant, Bond: params.BondAt(0), Time: now})
		if err != nil {
			t.Fatal(err)
		}
		for round := 0; g.Status == bisection.StatusInProgress && round < 400; round++ {
			plan, err := bisection.Solve(ctx, g, honest, now, p, bisection.SolveOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Skipped) > 0 {
				t.Fatalf("seed %d: skipped %v", seed, plan.Skipped)
			}
			for _, a := range plan.Actions {
				if a.Kind == bisection.ActionStep {
					if a.NoOp {
						noops++
					} else {
						checkProof(t, p, rules, a.StepIndex)
						proven++
					}
				}
				if err := g.Apply(a.Action); err != nil {
					t.Fatalf("seed %d: %v on %d: %v", seed, a.Kind, a.Claim, err)
				}
			}
			// The dishonest actor answers a random claim of the honest party
			// whose window is open, with a true or a false value.
			var open []uint32
			for i, c := range g.Claims {
				if c.Claimant == honest && g.WindowOpen(uint32(i), now) && c.Position.Depth() < g.MaxDepth {
					open = append(open, uint32(i))
				}
			}
			if len(open) > 0 && rng.IntN(3) != 0 {
				idx := open[rng.IntN(len(open))]
				c := g.Claims[idx]
				attack := rng.IntN(2) == 0
				pos := 2 * c.Position
				if !attack {
					pos = 2 * (c.Position + 1)
				}
				ti, _ := pos.TraceIndex(g.MaxDepth)
				v := trace.StateAt(ti)
				if rng.IntN(2) == 0 {
					v = bisection.H(uint64(0xbad0 + rng.IntN(4)))
				}
				_, _ = g.Move(bisection.MoveArgs{Parent: idx, Disputed: c.Value, Attack: attack, Value: v,
					Claimant: bad, Bond: params.BondAt(pos.Depth()), Time: now})
			}
			now += 1 + rng.Uint64N(params.ClaimTimeout/2)
		}
		if g.Status != trace.ExpectedStatus(root) {
			t.Fatalf("seed %d: status %v", seed, g.Status)
		}
	}
	if proven == 0 {
		t.Fatal("no step proven")
	}
	t.Logf("%d steps proven and verified, %d padding steps", proven, noops)
}
