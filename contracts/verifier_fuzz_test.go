package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// Differential tests: Go's replay package is the reference, the Solidity
// verifier must agree with it on every input (same post-root and code, or
// both reject). Run longer with, for example:
//
//	go test ./contracts -run '^$' -fuzz FuzzVerifierStep -fuzztime 10m
//	go test ./contracts -run '^$' -fuzz FuzzVerifierDecodeTx -fuzztime 10m
//	go test ./contracts -run '^$' -fuzz FuzzVerifierProof -fuzztime 10m

const fuzzChainID = 901

// verifierErrors are the custom errors OneStepVerifier may revert with. Any
// other revert (a Solidity panic, an empty revert) is a bug.
var verifierErrors = append([]string{
	"MalformedElement", "MalformedWitness", "UnknownElementKind", "BadDepositPayload",
	"TxIndexOutOfRange", "TxNotInBatch",
}, proofErrors...)

func isVerifierError(reason string) bool {
	for _, name := range verifierErrors {
		if strings.HasPrefix(reason, name+"(") {
			return true
		}
	}
	return false
}

func fuzzKey(tag string, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("etherscale verifier fuzz %s %d", tag, i))))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

func keyAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// sharedPrefixBits is the number of leading bits two account keys share.
func sharedPrefixBits(a, b common.Address) int {
	ka, kb := replay.AccountKey(a), replay.AccountKey(b)
	for i := 0; i < 32; i++ {
		if x := ka[i] ^ kb[i]; x != 0 {
			n := i * 8
			for x&0x80 == 0 {
				x <<= 1
				n++
			}
			return n
		}
	}
	return 256
}

// collidingKeyPair finds two private keys whose account keys share at least
// nbits leading bits (birthday search).
func collidingKeyPair(tag string, nbits int) (*ecdsa.PrivateKey, *ecdsa.PrivateKey) {
	seen := map[uint64]*ecdsa.PrivateKey{}
	for i := 0; ; i++ {
		k := fuzzKey(tag, i)
		ak := replay.AccountKey(keyAddr(k))
		p := binary.BigEndian.Uint64(ak[:8]) >> (64 - nbits)
		if o, ok := seen[p]; ok {
			return o, k
		}
		seen[p] = k
	}
}

// collidingAddrPair finds two addresses (no keys) whose account keys share at
// least nbits leading bits.
func collidingAddrPair(tag string, nbits int) (common.Address, common.Address) {
	seen := map[uint64]common.Address{}
	for i := uint64(0); ; i++ {
		a := common.BytesToAddress(crypto.Keccak256([]byte(tag), binary.BigEndian.AppendUint64(nil, i)))
		ak := replay.AccountKey(a)
		p := binary.BigEndian.Uint64(ak[:8]) >> (64 - nbits)
		if o, ok := seen[p]; ok {
			return o, a
		}
		seen[p] = a
	}
}

// stepWorld is a small L2 state with awkward accounts, and the contracts to
// check steps on. Two rule sets: 1 gwei base fee, and zero (so that accounts
// that do not exist can send).
type stepWorld struct {
	env      *verifierEnv
	rules    [2]*replay.Rules
	verifier [2]*contracts.OneStepVerifier
	keys     []*ecdsa.PrivateKey // senders; the last ones are never funded
	existing []common.Address    // every genesis account
	fresh    []common.Address    // absent accounts, one sharing a long prefix with a genesis account
	rich     common.Address      // balance near 2^256: credits overflow
	genesis  *replay.State
}

func newStepWorld(tb testing.TB) *stepWorld {
	tb.Helper()
	w := &stepWorld{env: newVerifierEnv(tb)}
	w.rules[0] = replay.NewRules(fuzzChainID, uint256.NewInt(1_000_000_000))
	w.rules[1] = replay.NewRules(fuzzChainID, uint256.NewInt(0))
	for i, r := range w.rules {
		w.verifier[i] = w.env.verifier(tb, r)
	}
	alloc := map[common.Address]replay.Account{}
	fund := func(a common.Address, nonce uint64, bal *uint256.Int) {
		alloc[a] = replay.Account{Nonce: nonce, Balance: *bal}
		w.existing = append(w.existing, a)
	}
	eth := new(uint256.Int).Mul(uint256.NewInt(1e18), uint256.NewInt(10))
	for i := 0; i < 6; i++ {
		w.keys = append(w.keys, fuzzKey("sender", i))
	}
	k1, k2 := collidingKeyPair("collide", 14)
	w.keys = append(w.keys, k1, k2)
	for i, k := range w.keys {
		bal := eth
		switch i {
		case 1:
			bal = uint256.NewInt(21000 * 1_000_000_000) // exactly one 1-gwei fee
		case 2:
			bal = uint256.NewInt(1)
		}
		nonce := uint64(i % 3)
		if i == 3 {
			nonce = math.MaxUint64
		}
		if i == 4 {
			nonce = math.MaxUint64 - 1
		}
		fund(keyAddr(k), nonce, bal)
	}
	w.keys = append(w.keys, fuzzKey("unfunded", 0), fuzzKey("unfunded", 1))
	w.rich = common.HexToAddress("0x00000000000000000000000000000000000e7e75")
	fund(w.rich, 0, new(uint256.Int).Sub(new(uint256.Int).SetAllOne(), uint256.NewInt(1000)))
	a1, a2 := collidingAddrPair("collide-addr", 22)
	fund(a1, 0, uint256.NewInt(7))
	w.fresh = append(w.fresh, a2)
	for i := 0; i < 20; i++ {
		fund(common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("filler %d", i)))), uint64(i), uint256.NewInt(uint64(i)))
	}
	for i := 0; i < 4; i++ {
		w.fresh = append(w.fresh, common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("fresh %d", i)))))
	}
	st := replay.NewState(replay.NewMemoryStore(), common.Hash{})
	for a, acc := range alloc {
		if err := st.SetAccount(a, acc); err != nil {
			tb.Fatal(err)
		}
	}
	if _, err := st.Commit(context.Background()); err != nil {
		tb.Fatal(err)
	}
	w.genesis = st
	return w
}

func randU256(r *rand.Rand) *big.Int {
	var b [32]byte
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return new(big.Int).SetBytes(b[:r.IntN(33)])
}

// randomTx returns a signed raw transaction, valid or not in every way the
// rules distinguish, sometimes with its bytes mutated afterwards.
func (w *stepWorld) randomTx(r *rand.Rand, rules *replay.Rules, nonces map[common.Address]uint64) []byte {
	key := w.keys[r.IntN(len(w.keys))]
	from := keyAddr(key)
	nonce := nonces[from]
	switch r.IntN(12) {
	case 0:
		nonce++
	case 1:
		nonce--
	case 2:
		nonce = r.Uint64()
	case 3:
		nonce = math.MaxUint64
	default:
		nonces[from]++
	}
	var to *common.Address
	switch x := r.IntN(20); {
	case x == 0:
		// contract creation
	case x < 3:
		to = &from
	case x < 7:
		a := w.fresh[r.IntN(len(w.fresh))]
		to = &a
	case x < 8:
		to = &w.rich
	default:
		a := w.existing[r.IntN(len(w.existing))]
		to = &a
	}
	value := big.NewInt(int64(r.IntN(1_000_000)))
	switch r.IntN(10) {
	case 0:
		value = new(big.Int)
	case 1:
		value = randU256(r)
	case 2:
		value = new(big.Int).Mul(big.NewInt(1e18), big.NewInt(int64(1+r.IntN(20))))
	case 3:
		value = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	}
	base := rules.BaseFee.ToBig()
	price := new(big.Int).Add(base, big.NewInt(int64(r.IntN(3_000_000_000))))
	switch r.IntN(12) {
	case 0:
		price = new(big.Int).Set(base)
	case 1:
		price = new(big.Int).Sub(base, big.NewInt(1))
		if price.Sign() < 0 {
			price = new(big.Int)
		}
	case 2:
		price = new(big.Int).Lsh(big.NewInt(1), 250)
	case 3:
		price = randU256(r)
	case 4:
		price = new(big.Int)
	}
	tip := new(big.Int).Mod(randU256(r), new(big.Int).Add(price, big.NewInt(1)))
	switch r.IntN(8) {
	case 0:
		tip = new(big.Int).Set(price)
	case 1:
		tip = new(big.Int).Add(price, big.NewInt(1))
	case 2:
		tip = new(big.Int)
	}
	gas := uint64(21000)
	switch r.IntN(10) {
	case 0:
		gas = 20999
	case 1:
		gas = 21000 + r.Uint64N(1<<40)
	case 2:
		gas = math.MaxUint64
	case 3:
		gas = 0
	}
	var data []byte
	if r.IntN(20) == 0 {
		data = make([]byte, 1+r.IntN(70))
		for i := range data {
			data[i] = byte(r.Uint32())
		}
	}
	chainID := new(big.Int).SetUint64(rules.ChainID)
	if r.IntN(20) == 0 {
		chainID = new(big.Int).SetUint64(1 + r.Uint64N(1<<40))
	}
	var inner types.TxData
	var signer types.Signer = types.LatestSignerForChainID(chainID)
	if r.IntN(2) == 0 {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: to, Value: value, Data: data}
		if r.IntN(30) == 0 {
			signer = types.HomesteadSigner{} // v = 27/28: no replay protection
		}
	} else {
		var al types.AccessList
		if r.IntN(20) == 0 {
			al = types.AccessList{{Address: w.existing[0], StorageKeys: []common.Hash{{byte(r.Uint32())}}}}
		}
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: price, Gas: gas, To: to, Value: value, Data: data, AccessList: al}
	}
	tx, err := types.SignNewTx(key, signer, inner)
	if err != nil {
		panic(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	if r.IntN(8) == 0 {
		raw = mutateTxBytes(r, tx, raw)
	}
	return raw
}

// mutateTxBytes damages a signed transaction: byte flips, truncation, extra
// bytes, or signature values moved out of range.
func mutateTxBytes(r *rand.Rand, tx *types.Transaction, raw []byte) []byte {
	out := append([]byte(nil), raw...)
	switch r.IntN(6) {
	case 0:
		out[r.IntN(len(out))] ^= byte(1 + r.IntN(255))
	case 1:
		out = out[:r.IntN(len(out))]
	case 2:
		out = append(out, byte(r.Uint32()))
	case 3, 4, 5:
		v, rr, s := tx.RawSignatureValues()
		n := crypto.S256().Params().N
		switch r.IntN(5) {
		case 0: // the high-s twin: same key, forbidden by EIP-2
			s = new(big.Int).Sub(n, s)
			v = new(big.Int).Xor(v, big.NewInt(1))
		case 1:
			rr = new(big.Int)
		case 2:
			rr = new(big.Int).Set(n)
		case 3:
			v = new(big.Int).Add(v, big.NewInt(2))
		case 4:
			s = new(big.Int).Rsh(n, 1)
			s.Add(s, big.NewInt(int64(r.IntN(2))))
		}
		return resignRaw(tx, v, rr, s)
	}
	return out
}

// resignRaw re-encodes tx with the given signature values (not re-signed).
func resignRaw(tx *types.Transaction, v, r, s *big.Int) []byte {
	var inner types.TxData
	switch tx.Type() {
	case types.LegacyTxType:
		inner = &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: tx.GasPrice(), Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(), V: v, R: r, S: s}
	default:
		inner = &types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(), Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList(), V: v, R: r, S: s}
	}
	raw, err := types.NewTx(inner).MarshalBinary()
	if err != nil {
		panic(err)
	}
	return raw
}

func (w *stepWorld) randomBatch(r *rand.Rand, rules *replay.Rules, nEntries, nTxs int, void bool) *replay.Batch {
	nonces := map[common.Address]uint64{}
	for _, k := range w.keys {
		a := keyAddr(k)
		acc, err := w.genesis.Account(a)
		if err != nil {
			panic(err)
		}
		nonces[a] = acc.Nonce
	}
	b := &replay.Batch{Void: void}
	for i := 0; i < nEntries; i++ {
		if r.IntN(3) == 0 {
			raw := w.randomTx(r, rules, nonces)
			if r.IntN(6) == 0 {
				raw = []byte{byte(r.Uint32()), byte(r.Uint32())}
			}
			b.Entries = append(b.Entries, replay.NewForcedTx(raw))
			continue
		}
		var to common.Address
		switch r.IntN(4) {
		case 0:
			to = w.fresh[r.IntN(len(w.fresh))]
		case 1:
			to = w.rich
		default:
			to = w.existing[r.IntN(len(w.existing))]
		}
		amount := uint256.NewInt(r.Uint64N(1e18))
		switch r.IntN(6) {
		case 0:
			amount.Clear()
		case 1:
			amount.SetFromBig(randU256(r))
		case 2:
			amount.SetAllOne()
		}
		b.Entries = append(b.Entries, replay.NewDeposit(to, amount))
	}
	for i := 0; i < nTxs; i++ {
		b.Txs = append(b.Txs, w.randomTx(r, rules, nonces))
	}
	return b
}

// checkStep compares Go and the verifier on one (possibly mutated) step.
// honest, if set, is the true successor: a witness-only mutation that both
// sides accept must still give it.
func checkStep(t *testing.T, v *contracts.OneStepVerifier, rules *replay.Rules, preRoot common.Hash, elABI, wABI []byte, honest *common.Hash, what string, tally *stepTally) (accepted bool) {
	t.Helper()
	gpost, gcode, gerr := goStep(rules, preRoot, elABI, wABI)
	if gerr == nil && gcode < 0 {
		t.Fatalf("%s: Go result without a code", what)
	}
	spost, scode, serr := v.Step(context.Background(), preRoot, elABI, wABI)
	if serr != nil {
		reason, reverted := revertReason(serr)
		if !reverted {
			t.Fatalf("%s: backend error: %v", what, serr)
		}
		if !isVerifierError(reason) {
			t.Fatalf("%s: unexpected revert %q\nelement %x\nwitness %x", what, reason, elABI, wABI)
		}
		tally.reverts[reason[:strings.IndexByte(reason, '(')]]++
	}
	switch {
	case (gerr != nil) != (serr != nil):
		t.Fatalf("%s: Go error %v, Solidity error %v (Solidity %s/%d)\npre %s\nelement %x\nwitness %x",
			what, gerr, serr, spost, scode, preRoot, elABI, wABI)
	case gerr == nil && (gpost != spost || gcode != int(scode)):
		t.Fatalf("%s: Go %s code %d, Solidity %s code %d\npre %s\nelement %x\nwitness %x",
			what, gpost, gcode, spost, scode, preRoot, elABI, wABI)
	case gerr == nil && honest != nil && gpost != *honest:
		t.Fatalf("%s: mutated witness accepted with successor %s, honest %s\nwitness %x", what, gpost, *honest, wABI)
	}
	return serr == nil
}

// checkDecode compares the Solidity decoder with replay.DecodeTx and, for
// accepted transactions, with go-ethereum's signer.
func checkDecode(t *testing.T, h *contracts.VerifierHarness, rules *replay.Rules, raw []byte) int {
	t.Helper()
	d, err := h.DecodeTx(context.Background(), raw, rules.ChainID, rules.BaseFee.ToBig())
	if err != nil {
		t.Fatalf("decodeTx(%x): %v", raw, err)
	}
	tx, res := replay.DecodeTx(rules, raw)
	want := replay.ResultCode(res)
	if int(d.Code) != want {
		t.Fatalf("decodeTx(%x): code %d, Go %d (%v)", raw, d.Code, want, res)
	}
	if want != 0 {
		return want
	}
	if d.Sender != tx.From || d.SigHash != tx.SigHash || d.Nonce != tx.Nonce || d.To != tx.To ||
		d.Value.Cmp(tx.Value.ToBig()) != 0 || d.GasLimit != tx.Gas || d.TxType != tx.Type ||
		d.MaxFeePerGas.Cmp(tx.GasFeeCap.ToBig()) != 0 || d.MaxPriorityFeePerGas.Cmp(tx.GasTipCap.ToBig()) != 0 {
		t.Fatalf("decodeTx(%x): fields differ from Go: %+v", raw, d)
	}
	cost, overflow := tx.Cost(&rules.BaseFee)
	if d.CostOverflows != overflow || (!overflow && d.Cost.Cmp(cost.ToBig()) != 0) ||
		d.EffectiveGasPrice.Cmp(tx.EffectiveGasPrice(&rules.BaseFee).ToBig()) != 0 {
		t.Fatalf("decodeTx(%x): cost %s/%v, Go %s/%v", raw, d.Cost, d.CostOverflows, cost.Dec(), overflow)
	}
	var gtx types.Transaction
	if err := gtx.UnmarshalBinary(raw); err != nil {
		t.Fatalf("go-ethereum rejects an accepted transaction %x: %v", raw, err)
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(rules.ChainID))
	from, err := types.Sender(signer, &gtx)
	if err != nil || from != d.Sender || signer.Hash(&gtx) != d.SigHash {
		t.Fatalf("decodeTx(%x): sender %s sigHash %s, go-ethereum %s %s (%v)", raw, d.Sender, common.Hash(d.SigHash), from, signer.Hash(&gtx), err)
	}
	return 0
}

// stepTally counts what the differential step checks exercised, so that a
// test can assert the generator still reaches every outcome.
type stepTally struct {
	codes     map[int]int    // honest step results
	reverts   map[string]int // custom error names of rejected mutations
	accepted  int            // mutations both sides accepted
	decodeOKs int            // transactions accepted by the decoder
}

func newStepTally() *stepTally {
	return &stepTally{codes: map[int]int{}, reverts: map[string]int{}}
}

// run checks one random batch: every step (Go VerifyStep on the encoded
// element and witness = the honest outcome = Solidity), every transaction's
// decoding, then mutated elements and witnesses of about a third of the steps.
func (w *stepWorld) run(t *testing.T, seed uint64, shape, flags uint8, tally *stepTally) {
	r := rand.New(rand.NewPCG(seed, uint64(shape)<<8|uint64(flags)))
	ri := int(flags & 1)
	rules, v := w.rules[ri], w.verifier[ri]
	b := w.randomBatch(r, rules, int(shape&7), int(shape>>3&15), flags&6 == 6)
	ctx := context.Background()
	for i := 0; i < b.Len(); i++ {
		sp, err := replay.BuildStepProof(ctx, w.genesis, rules, b, i)
		if err != nil {
			t.Fatal(err)
		}
		elABI, err := replay.EncodeElementABI(&sp.Element)
		if err != nil {
			t.Fatal(err)
		}
		wABI, err := replay.EncodeWitnessABI(&sp.Witness)
		if err != nil {
			t.Fatal(err)
		}
		gpost, gcode, gerr := goStep(rules, sp.PreRoot, elABI, wABI)
		if gerr != nil || gpost != sp.PostRoot || gcode != replay.ResultCode(sp.Result) {
			t.Fatalf("step %d: Go VerifyStep %s/%d (%v) disagrees with the replay %s/%v", i, gpost, gcode, gerr, sp.PostRoot, sp.Result)
		}
		honest := sp.PostRoot
		checkStep(t, v, rules, sp.PreRoot, elABI, wABI, &honest, fmt.Sprintf("step %d", i), tally)
		tally.codes[gcode]++
		if sp.Element.Kind != replay.ElementDeposit {
			if checkDecode(t, w.env.harness, rules, sp.Element.Payload) == 0 {
				tally.decodeOKs++
			}
		}
		if r.IntN(3) != 0 {
			continue
		}
		for m := 0; m < 3; m++ {
			mw := mutateWitness(r, &sp.Witness, wABI)
			if checkStep(t, v, rules, sp.PreRoot, elABI, mw, &honest, fmt.Sprintf("step %d witness mutation %d", i, m), tally) {
				tally.accepted++
			}
			me := mutateElement(r, &sp.Element, elABI)
			if checkStep(t, v, rules, sp.PreRoot, me, wABI, nil, fmt.Sprintf("step %d element mutation %d", i, m), tally) {
				tally.accepted++
			}
		}
	}
}

// FuzzVerifierStep builds random batches over a state with colliding keys
// and compares Go and Solidity on every step and on mutated elements and
// witnesses: Go rejects iff Solidity reverts, otherwise both give the same
// post-root and code (and a witness-only mutation the honest post-root).
func FuzzVerifierStep(f *testing.F) {
	f.Add(uint64(1), uint8(0x2a), uint8(0))
	f.Add(uint64(2), uint8(0x71), uint8(1))
	f.Add(uint64(3), uint8(0x07), uint8(2))
	f.Add(uint64(4), uint8(0x98), uint8(0))
	w := newStepWorld(f)
	f.Fuzz(func(t *testing.T, seed uint64, shape, flags uint8) {
		w.run(t, seed, shape, flags, newStepTally())
	})
}

// TestVerifierStepRandom runs a fixed set of random batches and checks that
// the generator reaches every result code, both proof terminals that insert,
// and a spread of rejections.
func TestVerifierStepRandom(t *testing.T) {
	w := newStepWorld(t)
	tally := newStepTally()
	for seed := uint64(0); seed < 60; seed++ {
		w.run(t, seed, uint8(seed*37+11), uint8(seed), tally)
	}
	t.Logf("codes %v, accepted mutations %d, decoded txs %d, reverts %v", tally.codes, tally.accepted, tally.decodeOKs, tally.reverts)
	for code := 0; code <= 15; code++ {
		if tally.codes[code] == 0 {
			t.Errorf("no random step with result code %d", code)
		}
	}
	if len(tally.reverts) < 8 || tally.accepted == 0 {
		t.Errorf("mutations reach too few outcomes: %v, %d accepted", tally.reverts, tally.accepted)
	}
}

// mutateWitness returns a damaged witness encoding: a byte flip, a head or
// length word replaced, truncation or extension, or a re-encoding of the
// witness with one field changed (non-canonical proofs, swapped proofs…).
func mutateWitness(r *rand.Rand, w *replay.Witness, enc []byte) []byte {
	if r.IntN(2) == 0 {
		return mutateABI(r, enc)
	}
	cp := &replay.Witness{TxProof: append([]common.Hash(nil), w.TxProof...)}
	if w.Sender != nil {
		cp.Sender = w.Sender.Copy()
	}
	if w.Recipient != nil {
		cp.Recipient = w.Recipient.Copy()
	}
	pick := func() *replay.Proof {
		if cp.Sender == nil || r.IntN(2) == 0 && cp.Recipient != nil {
			if cp.Recipient == nil {
				cp.Recipient = &replay.Proof{}
			}
			return cp.Recipient
		}
		return cp.Sender
	}
	switch r.IntN(14) {
	case 0:
		p := pick()
		p.Depth = uint16(int(p.Depth) + []int{-1, 1, 2, 256, 257, 65535}[r.IntN(6)])
	case 1:
		p := pick()
		i := r.IntN(256)
		p.Bitmap[i/8] ^= 0x80 >> (i % 8)
		if r.IntN(2) == 0 {
			p.Siblings = append(p.Siblings, common.Hash{byte(r.Uint32()) | 1})
		}
	case 2:
		p := pick()
		if len(p.Siblings) > 0 {
			p.Siblings[r.IntN(len(p.Siblings))] = []common.Hash{{}, {1}, crypto.Keccak256Hash([]byte{byte(r.Uint32())})}[r.IntN(3)]
		}
	case 3:
		p := pick()
		if len(p.Siblings) > 0 {
			p.Siblings = p.Siblings[:len(p.Siblings)-1]
		}
	case 4:
		p := pick()
		p.Terminal = replay.TerminalKind(r.IntN(4))
		if r.IntN(2) == 0 {
			p.Terminal = replay.TerminalKind(r.IntN(256))
		}
	case 5:
		p := pick()
		p.OtherKey[r.IntN(32)] ^= byte(1 + r.IntN(255))
	case 6:
		p := pick()
		p.OtherKey = common.Hash{}
		if r.IntN(2) == 0 {
			p.OtherKey = crypto.Keccak256Hash([]byte{byte(r.Uint32())})
		}
	case 7:
		p := pick()
		p.Account.Nonce += uint64([]int{-1, 1}[r.IntN(2)])
	case 8:
		p := pick()
		p.Account.Balance.AddUint64(&p.Account.Balance, 1)
	case 9:
		cp.Sender, cp.Recipient = cp.Recipient, cp.Sender
	case 10:
		if r.IntN(2) == 0 {
			cp.Sender = nil
		} else {
			cp.Recipient = nil
		}
	case 11:
		if len(cp.TxProof) > 0 && r.IntN(2) == 0 {
			cp.TxProof = cp.TxProof[:len(cp.TxProof)-1]
		} else {
			cp.TxProof = append(cp.TxProof, common.Hash{byte(r.Uint32())})
		}
	case 12:
		if len(cp.TxProof) > 0 {
			cp.TxProof[r.IntN(len(cp.TxProof))][r.IntN(32)] ^= 1
		}
	case 13:
		// A terminal moved one level down under an explicit zero sibling.
		p := pick()
		if p.Depth < 256 {
			p.Depth++
		}
	}
	out, err := replay.EncodeWitnessABI(cp)
	if err != nil {
		panic(err)
	}
	return out
}

// mutateElement changes one field of the element or damages its encoding.
func mutateElement(r *rand.Rand, el *replay.Element, enc []byte) []byte {
	if r.IntN(2) == 0 {
		return mutateABI(r, enc)
	}
	cp := *el
	cp.Payload = append([]byte(nil), el.Payload...)
	switch r.IntN(8) {
	case 0:
		cp.Kind = replay.ElementKind([]int{0, 1, 2, 3, 255}[r.IntN(5)])
	case 1:
		cp.TxIndex += uint32([]int{-1, 1}[r.IntN(2)])
	case 2:
		cp.TxCount += uint32([]int{-1, 1}[r.IntN(2)])
	case 3:
		cp.Void = !cp.Void
	case 4:
		if len(cp.Payload) > 0 {
			cp.Payload[r.IntN(len(cp.Payload))] ^= byte(1 + r.IntN(255))
		}
	case 5:
		if len(cp.Payload) > 0 {
			cp.Payload = cp.Payload[:len(cp.Payload)-1]
		}
	case 6:
		cp.Payload = append(cp.Payload, 0)
	case 7:
		cp.TxRoot[r.IntN(32)] ^= 1
	}
	out, err := replay.EncodeElementABI(&cp)
	if err != nil {
		panic(err)
	}
	return out
}

// abiWordValues are replacement values for ABI words: off-by-one offsets and
// lengths, values just past the uintN ranges, huge values.
func abiWordValues(old *uint256.Int, n int) []*uint256.Int {
	return []*uint256.Int{
		new(uint256.Int), uint256.NewInt(1), uint256.NewInt(2), uint256.NewInt(256), uint256.NewInt(257),
		new(uint256.Int).AddUint64(old, 1), new(uint256.Int).SubUint64(old, 1),
		new(uint256.Int).AddUint64(old, 32), new(uint256.Int).SubUint64(old, 32),
		uint256.NewInt(0x100), uint256.NewInt(0x10000), uint256.NewInt(1 << 32), new(uint256.Int).Lsh(uint256.NewInt(1), 64),
		uint256.NewInt(math.MaxUint64), uint256.NewInt(uint64(n)), uint256.NewInt(uint64(n - 32)), uint256.NewInt(uint64(n + 32)),
		new(uint256.Int).Lsh(uint256.NewInt(1), 255), new(uint256.Int).SetAllOne(),
	}
}

// mutateABI damages an ABI encoding at the byte or word level.
func mutateABI(r *rand.Rand, enc []byte) []byte {
	out := append([]byte(nil), enc...)
	if len(out) == 0 {
		return []byte{byte(r.Uint32())}
	}
	switch r.IntN(6) {
	case 0:
		out[r.IntN(len(out))] ^= byte(1 + r.IntN(255))
	case 1, 2, 3:
		// Head, offset and length words live in the first part; bias there.
		words := len(out) / 32
		if words == 0 {
			break
		}
		i := r.IntN(words)
		if r.IntN(2) == 0 && words > 24 {
			i = r.IntN(24)
		}
		var old uint256.Int
		old.SetBytes(out[i*32 : i*32+32])
		vals := abiWordValues(&old, len(out))
		vals[r.IntN(len(vals))].WriteToSlice(out[i*32 : i*32+32])
	case 4:
		out = out[:r.IntN(len(out))]
	case 5:
		extra := make([]byte, 1+r.IntN(64))
		for i := range extra {
			extra[i] = byte(r.Uint32())
		}
		out = append(out, extra...)
	}
	return out
}

// FuzzVerifierDecodeTx feeds arbitrary bytes to the Solidity decoder: its
// result code equals Go's DecodeTx, and accepted transactions have Go's and
// go-ethereum's fields, sender and signing hash.
func FuzzVerifierDecodeTx(f *testing.F) {
	w := newStepWorld(f)
	r := rand.New(rand.NewPCG(7, 7))
	nonces := map[common.Address]uint64{}
	for i := 0; i < 4; i++ {
		f.Add(w.randomTx(r, w.rules[0], nonces), false)
	}
	f.Add([]byte{0x02, 0xc0}, false)
	f.Add([]byte{0xf8, 0x38}, true)
	f.Fuzz(func(t *testing.T, raw []byte, zeroFee bool) {
		rules := w.rules[0]
		if zeroFee {
			rules = w.rules[1]
		}
		checkDecode(t, w.env.harness, rules, raw)
	})
}

// proofWorld is a small state tree and probe keys for FuzzVerifierProof.
type proofWorld struct {
	root   common.Hash
	probes []common.Hash
	honest map[common.Hash][]byte // abi.encode(SMTProof) of each probe
}

func newProofWorld(tb testing.TB) *proofWorld {
	tb.Helper()
	tr := replay.NewTree(replay.NewMemoryStore(), common.Hash{})
	var leaves []replay.Leaf
	a1, a2 := collidingAddrPair("proof-collide", 20)
	k1, k2 := replay.AccountKey(a1), replay.AccountKey(a2)
	k3 := k1
	k3[31] ^= 1 // differs from k1 in the last bit only: leaves at depth 256
	leaves = append(leaves, replay.Leaf{Key: k1, Account: replay.Account{Nonce: 1, Balance: *uint256.NewInt(5)}},
		replay.Leaf{Key: k3, Account: replay.Account{Nonce: 2}})
	for i := 0; i < 24; i++ {
		leaves = append(leaves, replay.Leaf{Key: crypto.Keccak256Hash([]byte{byte(i)}), Account: replay.Account{Nonce: uint64(i), Balance: *uint256.NewInt(uint64(i) * 7)}})
	}
	if err := tr.Update(leaves); err != nil {
		tb.Fatal(err)
	}
	pw := &proofWorld{root: tr.Root(), honest: map[common.Hash][]byte{}}
	pw.probes = append(pw.probes, k1, k2, k3, leaves[2].Key, leaves[10].Key, crypto.Keccak256Hash([]byte("absent")))
	for _, k := range pw.probes {
		p, err := tr.Prove(k)
		if err != nil {
			tb.Fatal(err)
		}
		if pw.honest[k], err = replay.EncodeProofABI(p); err != nil {
			tb.Fatal(err)
		}
	}
	return pw
}

// FuzzVerifierProof gives arbitrary bytes to the Solidity proof decoder and
// verifier as abi.encode(SMTProof): it accepts exactly what Go's
// DecodeProofABI + VerifyProof accept, with the same account, and RootAfter
// agrees whenever the proof is canonical.
func FuzzVerifierProof(f *testing.F) {
	e := newVerifierEnv(f)
	pw := newProofWorld(f)
	for i := range pw.probes {
		f.Add(uint8(i), []byte{}, uint64(1), []byte{9})
	}
	f.Add(uint8(0), hexutil.MustDecode("0x0000000000000000000000000000000000000000000000000000000000000020"), uint64(0), []byte{})
	f.Fuzz(func(t *testing.T, probe uint8, data []byte, nonce uint64, balance []byte) {
		if len(balance) > 32 {
			balance = balance[:32]
		}
		key := pw.probes[int(probe)%len(pw.probes)]
		if len(data) == 0 {
			// An empty input stands for the honest proof of the probe, so the
			// seeds reach the valid paths.
			data = pw.honest[key]
		}
		ctx := context.Background()
		exists, n, bal, serr := e.harness.VerifyProof(ctx, pw.root, key, data)
		if serr != nil {
			if reason, ok := revertReason(serr); !ok || !isProofError(reason) {
				t.Fatalf("verifyProof(%x): %v", data, serr)
			}
		}
		p, gerr := replay.DecodeProofABI(data)
		var acc replay.Account
		var gexists bool
		if gerr == nil {
			acc, gexists, gerr = replay.VerifyProof(pw.root, key, p)
		}
		switch {
		case (gerr != nil) != (serr != nil):
			t.Fatalf("proof %x: Go %v, Solidity %v", data, gerr, serr)
		case gerr == nil && (gexists != exists || acc.Nonce != n || acc.Balance.ToBig().Cmp(bal) != 0):
			t.Fatalf("proof %x: account differs", data)
		}
		newBal := new(big.Int).SetBytes(balance)
		sroot, serr := e.harness.RootAfter(ctx, key, data, nonce, newBal)
		var groot common.Hash
		p, gerr = replay.DecodeProofABI(data)
		if gerr == nil {
			a := replay.Account{Nonce: nonce}
			a.Balance.SetFromBig(newBal)
			groot, gerr = p.RootAfter(key, a)
		}
		if (gerr != nil) != (serr != nil) || groot != sroot {
			t.Fatalf("rootAfter(%x): Go %s %v, Solidity %s %v", data, groot, gerr, sroot, serr)
		}
	})
}
