package replay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// testWorld is a genesis with funded keys plus generators of random steps.
type testWorld struct {
	rules   *Rules
	keys    []*ecdsa.PrivateKey
	genesis *Genesis
	nonces  map[common.Address]uint64
	rich    common.Address // balance close to 2^256: credits to it overflow
	maxed   *ecdsa.PrivateKey
}

func newTestWorld(tb testing.TB, nkeys int) *testWorld {
	w := &testWorld{rules: testRules(), nonces: map[common.Address]uint64{}}
	w.genesis = &Genesis{ChainID: testChainID, BaseFee: (*hexutil.Big)(big.NewInt(testBaseFee)), Alloc: map[common.Address]GenesisAccount{}}
	for i := 0; i < nkeys; i++ {
		k := testKey(i)
		w.keys = append(w.keys, k)
		w.genesis.Alloc[addrOf(k)] = NewGenesisBalance(ether(uint64(1 + i%5)))
	}
	w.rich = common.HexToAddress("0x00000000000000000000000000000000000e7e75")
	almostMax := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1000))
	w.genesis.Alloc[w.rich] = NewGenesisBalance(almostMax)
	// An account whose nonce cannot be incremented.
	w.maxed = testKey(10_000)
	w.genesis.Alloc[addrOf(w.maxed)] = GenesisAccount{Balance: (*hexutil.Big)(ether(1)), Nonce: math.MaxUint64}
	w.nonces[addrOf(w.maxed)] = math.MaxUint64
	return w
}

func (w *testWorld) state(tb testing.TB) *State {
	tb.Helper()
	st, err := NewGenesisState(context.Background(), w.genesis, NewMemoryStore())
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// randomTx returns a raw transaction that is valid if the world's nonce
// tracking holds, or one of several kinds of invalid ones.
func (w *testWorld) randomTx(tb testing.TB, r *rand.Rand) []byte {
	k := w.keys[r.IntN(len(w.keys))]
	from := addrOf(k)
	var to common.Address
	switch r.IntN(6) {
	case 0:
		to = from // self transfer
	case 1:
		to = common.BytesToAddress(uint256.NewInt(r.Uint64()).Bytes()) // probably new
	case 2:
		to = w.rich
	default:
		to = addrOf(w.keys[r.IntN(len(w.keys))])
	}
	nonce := w.nonces[from]
	value := new(big.Int).SetUint64(r.Uint64() % 1e16)
	likelyValid := to != w.rich || r.IntN(2) == 0
	if to == w.rich && likelyValid {
		value = big.NewInt(int64(r.IntN(500))) // fits under the rich account's headroom
	}
	switch r.IntN(20) {
	case 0:
		nonce++ // too high
		likelyValid = false
	case 1:
		if nonce > 0 {
			nonce-- // replay
			likelyValid = false
		}
	case 2:
		value = ether(1000) // unaffordable
		likelyValid = false
	case 3:
		value = new(big.Int) // zero value (creates the recipient)
	case 4:
		cases := statelessCases(tb)
		return cases[3+r.IntN(len(cases)-3)].raw
	case 5:
		k, from, nonce = w.maxed, addrOf(w.maxed), math.MaxUint64
		likelyValid = false
	}
	var raw []byte
	if r.IntN(2) == 0 {
		raw = signTx(tb, k, testChainID, legacyTx(nonce, to, value, gwei(1+r.Uint64()%3)))
	} else {
		tip := r.Uint64() % 3
		raw = signTx(tb, k, testChainID, dynTx(nonce, to, value, gwei(tip), gwei(1+tip+r.Uint64()%2)))
	}
	if likelyValid {
		w.nonces[from]++
	}
	return raw
}

func (w *testWorld) randomBatch(tb testing.TB, r *rand.Rand, nEntries, nTxs int) *Batch {
	b := &Batch{}
	for i := 0; i < nEntries; i++ {
		if r.IntN(3) == 0 {
			b.Entries = append(b.Entries, NewForcedTx(w.randomTx(tb, r)))
			continue
		}
		var to common.Address
		switch r.IntN(3) {
		case 0:
			to = addrOf(w.keys[r.IntN(len(w.keys))])
		case 1:
			to = common.BytesToAddress(uint256.NewInt(r.Uint64()).Bytes())
		case 2:
			to = w.rich
		}
		b.Entries = append(b.Entries, NewDeposit(to, uint256.NewInt(r.Uint64()%1e18)))
	}
	for i := 0; i < nTxs; i++ {
		b.Txs = append(b.Txs, w.randomTx(tb, r))
	}
	return b
}

// checkBatchSteps replays b on st with tracing and checks that every step's
// one-step proof reproduces the STF, including through the ABI encoding.
func checkBatchSteps(t *testing.T, w *testWorld, st *State, b *Batch) (seen map[string]int) {
	t.Helper()
	seen = map[string]int{}
	ctx := context.Background()
	pre := st.Copy()
	preRoot, err := pre.Root()
	if err != nil {
		t.Fatal(err)
	}
	plain := st.Copy()
	res, err := ReplayBatch(ctx, st, w.rules, b, ReplayOptions{Trace: true})
	if err != nil {
		t.Fatal(err)
	}
	plainRes, err := ReplayBatch(ctx, plain, w.rules, b, ReplayOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if plainRes.Root != res.Root {
		t.Fatalf("traced root %x != plain root %x", res.Root, plainRes.Root)
	}
	prev := preRoot
	for i, step := range res.Steps {
		if ResultCode(step.Result) < 0 {
			t.Fatalf("step %d: result %v has no code", i, step.Result)
		}
		if ResultCode(plainRes.Steps[i].Result) != ResultCode(step.Result) {
			t.Fatalf("step %d: plain result %v, traced %v", i, plainRes.Steps[i].Result, step.Result)
		}
		if step.Result != nil && step.Root != prev {
			t.Fatalf("step %d: invalid step %v changed the root", i, step.Result)
		}
		sp, err := BuildStepProof(ctx, pre, w.rules, b, i)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if sp.PreRoot != prev || sp.PostRoot != step.Root || ResultCode(sp.Result) != ResultCode(step.Result) {
			t.Fatalf("step %d: proof pre %x post %x result %v; trace pre %x post %x result %v",
				i, sp.PreRoot, sp.PostRoot, sp.Result, prev, step.Root, step.Result)
		}
		post, result, err := VerifyStepResult(w.rules, prev, &sp.Element, &sp.Witness)
		if err != nil {
			t.Fatalf("step %d (%v): VerifyStep: %v", i, step.Result, err)
		}
		if post != step.Root || ResultCode(result) != ResultCode(step.Result) {
			t.Fatalf("step %d: VerifyStep gives %x %v, STF %x %v", i, post, result, step.Root, step.Result)
		}
		// Through the ABI encodings, as the contract will see it.
		wenc, err := EncodeWitnessABI(&sp.Witness)
		if err != nil {
			t.Fatal(err)
		}
		eenc, err := EncodeElementABI(&sp.Element)
		if err != nil {
			t.Fatal(err)
		}
		w2, err := DecodeWitnessABI(wenc)
		if err != nil {
			t.Fatal(err)
		}
		el2, err := DecodeElementABI(eenc)
		if err != nil {
			t.Fatal(err)
		}
		if post2, err := VerifyStep(w.rules, prev, el2, w2); err != nil || post2 != post {
			t.Fatalf("step %d: after ABI round trip: %x %v", i, post2, err)
		}
		// A wrong pre-state root must never produce the honest successor
		// unless the step needs no state at all.
		wrong := prev
		wrong[0] ^= 0x40
		if post3, _, err := VerifyStepResult(w.rules, wrong, &sp.Element, &sp.Witness); err == nil && post3 != wrong {
			t.Fatalf("step %d: wrong pre-root accepted, post %x", i, post3)
		}
		seen[ResultName(step.Result)]++
		prev = step.Root
	}
	if prev != res.Root {
		t.Fatalf("last step root %x != batch root %x", prev, res.Root)
	}
	return seen
}

func TestReplayAndStepProofs(t *testing.T) {
	w := newTestWorld(t, 12)
	st := w.state(t)
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]int{}
	for round := 0; round < 4; round++ {
		b := w.randomBatch(t, r, 6, 40)
		for k, v := range checkBatchSteps(t, w, st, b) {
			seen[k] += v
		}
		if _, err := st.Commit(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	// A void batch: transactions are no-ops, entries still apply.
	b := w.randomBatch(t, r, 3, 5)
	b.Void = true
	for k, v := range checkBatchSteps(t, w, st, b) {
		seen[k] += v
	}
	for _, want := range []string{"ok", "ErrNonce", "ErrInsufficientBalance", "ErrBalanceOverflow", "ErrVoidBatch"} {
		if seen[want] == 0 {
			t.Errorf("no step with result %s (seen %v)", want, seen)
		}
	}
	t.Logf("results: %v", seen)
	// An empty batch.
	checkBatchSteps(t, w, st, &Batch{})
}

func TestReplayTransferSemantics(t *testing.T) {
	ctx := context.Background()
	w := newTestWorld(t, 3)
	st := w.state(t)
	a, b := w.keys[0], w.keys[1]
	newAddr := common.HexToAddress("0x1234")
	before := func(addr common.Address) Account {
		acc, err := st.Account(addr)
		if err != nil {
			t.Fatal(err)
		}
		return acc
	}
	accA, accB := before(addrOf(a)), before(addrOf(b))
	batch := &Batch{
		Entries: []InboxEntry{NewDeposit(newAddr, uint256.NewInt(0))},
		Txs: [][]byte{
			// Type 2: effective price = min(3 gwei, 1 gwei + 1 gwei) = 2 gwei, gas limit 1e6 not charged.
			signTx(t, a, testChainID, withGas(dynTx(0, addrOf(b), big.NewInt(5), gwei(1), gwei(3)), 1_000_000)),
			// Legacy at 3 gwei.
			signTx(t, b, testChainID, legacyTx(0, addrOf(a), big.NewInt(7), gwei(3))),
			// Zero value to a fresh address creates it.
			signTx(t, a, testChainID, legacyTx(1, common.HexToAddress("0x5678"), big.NewInt(0), gwei(1))),
		},
	}
	res, err := ReplayBatch(ctx, st, w.rules, batch, ReplayOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range res.Steps {
		if s.Result != nil {
			t.Fatalf("step %d: %v", i, s.Result)
		}
	}
	fee := func(gweiPrice uint64) *uint256.Int {
		return new(uint256.Int).Mul(uint256.NewInt(gweiPrice*1e9), uint256.NewInt(TransferGas))
	}
	wantA := new(uint256.Int).Set(&accA.Balance)
	wantA.Sub(wantA, uint256.NewInt(5)).Sub(wantA, fee(2)).Add(wantA, uint256.NewInt(7)).Sub(wantA, fee(1))
	wantB := new(uint256.Int).Set(&accB.Balance)
	wantB.Add(wantB, uint256.NewInt(5)).Sub(wantB, uint256.NewInt(7)).Sub(wantB, fee(3))
	if got := before(addrOf(a)); got.Nonce != 2 || !got.Balance.Eq(wantA) {
		t.Errorf("a: %d %s, want 2 %s", got.Nonce, got.Balance.Dec(), wantA.Dec())
	}
	if got := before(addrOf(b)); got.Nonce != 1 || !got.Balance.Eq(wantB) {
		t.Errorf("b: %d %s, want 1 %s", got.Nonce, got.Balance.Dec(), wantB.Dec())
	}
	for _, addr := range []common.Address{newAddr, common.HexToAddress("0x5678")} {
		p, err := st.Prove(addr)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Exists() {
			t.Errorf("%s not created", addr.Hex())
		}
	}
}

func withGas(d *types.DynamicFeeTx, gas uint64) *types.DynamicFeeTx {
	d.Gas = gas
	return d
}

func TestReplayCancel(t *testing.T) {
	w := newTestWorld(t, 4)
	st := w.state(t)
	b := w.randomBatch(t, rand.New(rand.NewPCG(3, 4)), 0, 100)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReplayBatch(ctx, st, w.rules, b, ReplayOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}
