package replay

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzDecodeTx feeds arbitrary bytes to the decoder: no panics; the spec's
// byte-level decoder agrees with go-ethereum's plus our rules; accepted
// transactions have go-ethereum's signing hash and sender.
func FuzzDecodeTx(f *testing.F) {
	for _, c := range statelessCases(f) {
		f.Add(c.raw)
	}
	rules := testRules()
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, gerr := parseTx(raw)
		spec, serr := specParse(raw)
		switch {
		case (gerr == nil) != (serr == nil):
			t.Fatalf("decoder %v, spec decoder %v", gerr, serr)
		case gerr != nil:
			if errors.Is(gerr, ErrTxType) != errors.Is(serr, ErrTxType) {
				t.Fatalf("decoder %v, spec decoder %v", gerr, serr)
			}
		default:
			if got.typ != spec.typ || got.nonce != spec.nonce || got.gas != spec.gas || !got.cap.Eq(&spec.cap) ||
				!got.tip.Eq(&spec.tip) || !got.value.Eq(&spec.value) || !bytes.Equal(got.data, spec.data) ||
				got.accessLen != spec.accessLen || !got.v.Eq(&spec.v) || !got.r.Eq(&spec.r) || !got.s.Eq(&spec.s) ||
				!got.chainID.Eq(&spec.chainID) || (got.to == nil) != (spec.to == nil) || (got.to != nil && *got.to != *spec.to) {
				t.Fatalf("field mismatch between decoders")
			}
		}
		tx, err := DecodeTx(rules, raw)
		if err != nil {
			if ResultCode(err) <= 0 {
				t.Fatalf("error without result code: %v", err)
			}
			return
		}
		checkAgainstGeth(t, raw, tx)
	})
}

// FuzzSignedTx builds well-formed signed transactions from fuzzed fields and
// compares the signing hash and sender with go-ethereum's signer, including
// transactions our rules reject after the signature (wrong data etc.).
func FuzzSignedTx(f *testing.F) {
	f.Add(uint8(0), uint64(0), uint64(21000), uint64(1e9), uint64(0), uint64(1), []byte{}, uint64(testChainID), uint16(1))
	f.Add(uint8(2), uint64(7), uint64(50000), uint64(3e9), uint64(1e9), uint64(0), []byte{1, 2}, uint64(testChainID), uint16(2))
	f.Add(uint8(2), uint64(1<<63), uint64(1<<40), uint64(1<<62), uint64(1<<62), uint64(1<<60), []byte{}, uint64(1), uint16(3))
	rules := testRules()
	f.Fuzz(func(t *testing.T, typ uint8, nonce, gas, feeCap, tip, value uint64, data []byte, chainID uint64, keyIdx uint16) {
		chainID = chainID%(1<<62) + 1
		key := testKey(int(keyIdx % 64))
		to := common.BytesToAddress(crypto.Keccak256([]byte{byte(keyIdx)}))
		var inner types.TxData
		if typ%2 == 0 {
			inner = &types.LegacyTx{Nonce: nonce, GasPrice: new(big.Int).SetUint64(feeCap), Gas: gas, To: &to, Value: new(big.Int).SetUint64(value), Data: data}
		} else {
			inner = &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: new(big.Int).SetUint64(tip), GasFeeCap: new(big.Int).SetUint64(feeCap), Gas: gas, To: &to, Value: new(big.Int).SetUint64(value), Data: data}
		}
		signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
		gtx, err := types.SignNewTx(key, signer, inner)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := gtx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		fields, err := parseTx(raw)
		if err != nil {
			t.Fatalf("well-formed tx rejected: %v", err)
		}
		if h := fields.sigHash(chainID); h != signer.Hash(gtx) {
			t.Fatalf("signing hash %x, geth %x", h, signer.Hash(gtx))
		}
		tx, err := DecodeTx(rules, raw)
		if chainID != testChainID {
			if !errors.Is(err, ErrWrongChainID) {
				t.Fatalf("other chain: %v", err)
			}
			return
		}
		if err != nil {
			if len(data) == 0 && gas >= TransferGas && feeCap >= testBaseFee && (typ%2 == 0 || tip <= feeCap) {
				t.Fatalf("valid-looking tx rejected: %v", err)
			}
			return
		}
		if tx.From != addrOf(key) {
			t.Fatalf("sender %x, want %x", tx.From, addrOf(key))
		}
		checkAgainstGeth(t, raw, tx)
	})
}

// FuzzTree runs random insert/update sequences (with keys clustered on long
// prefixes) against the reference definition; every proof verifies against
// the right root and not a wrong one, and proof-based updates equal the tree's.
func FuzzTree(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7})
	f.Add(bytes.Repeat([]byte{0xff, 0x00}, 20))
	f.Add([]byte("etherscale"))
	f.Fuzz(func(t *testing.T, program []byte) {
		if len(program) > 200 {
			return
		}
		seed := uint64(0)
		for _, b := range program {
			seed = seed*131 + uint64(b)
		}
		r := rand.New(rand.NewPCG(seed, uint64(len(program))))
		store := NewMemoryStore()
		tr := NewTree(store, common.Hash{})
		m := refModel{}
		var keys []common.Hash
		prefix := common.BytesToHash(crypto.Keccak256(program))
		var pending []Leaf
		for i, op := range program {
			var k common.Hash
			if len(keys) > 0 && op%3 == 0 {
				k = keys[int(op)%len(keys)]
			} else {
				k = clusteredKey(r, prefix)
				keys = append(keys, k)
			}
			a := randAccount(r)
			pending = append(pending, Leaf{k, a})
			m[k] = a
			// Flush in batches of varying size (a repeated key in one batch:
			// the last write wins).
			if op%4 == 0 || i == len(program)-1 {
				if err := tr.Update(pending); err != nil {
					t.Fatal(err)
				}
				pending = pending[:0]
			}
			if i%8 == 7 && len(pending) == 0 {
				if err := tr.Commit(context.Background(), store); err != nil {
					t.Fatal(err)
				}
			}
		}
		checkTreeAgainstModel(t, tr, m, r, prefix)
	})
}

// FuzzBatchData: no panics; whatever decodes re-encodes to the same bytes
// (the encoding is canonical), and encoding then decoding is the identity.
func FuzzBatchData(f *testing.F) {
	enc, _ := EncodeBatchData([][]byte{{1}, {0x80}, {}, bytes.Repeat([]byte{7}, 60)})
	f.Add(enc)
	f.Add([]byte{0xc0})
	f.Add([]byte{0xc1, 0x81, 0x05})
	f.Fuzz(func(t *testing.T, data []byte) {
		txs, err := DecodeBatchData(data)
		checkInspectAgrees(t, data, txs, err)
		if err != nil {
			if !errors.Is(err, ErrBatchData) {
				t.Fatalf("error not wrapping ErrBatchData: %v", err)
			}
			return
		}
		again, err := EncodeBatchData(txs)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("non-canonical batch data accepted: %x re-encodes to %x", data, again)
		}
	})
}

// checkInspectAgrees: without a limit InspectBatchData accepts exactly what
// DecodeBatchData accepts, with the same count and root; with any limit it
// stops at limit+1 items, and otherwise gives the unlimited answer.
func checkInspectAgrees(t *testing.T, data []byte, txs [][]byte, decodeErr error) {
	t.Helper()
	ok, count, root := InspectBatchData(data, math.MaxUint64)
	if ok != (decodeErr == nil) {
		t.Fatalf("%x: InspectBatchData ok=%v, DecodeBatchData %v", data, ok, decodeErr)
	}
	if ok && (count != uint64(len(txs)) || root != TxRoot(txs)) {
		t.Fatalf("%x: InspectBatchData %d %s, DecodeBatchData %d %s", data, count, root, len(txs), TxRoot(txs))
	}
	for limit := range uint64(4) {
		lok, lcount, lroot := InspectBatchData(data, limit)
		switch {
		case ok && count <= limit:
			if !lok || lcount != count || lroot != root {
				t.Fatalf("%x limit %d: %v %d %s, unlimited %d %s", data, limit, lok, lcount, lroot, count, root)
			}
		case lok && lcount != limit+1:
			t.Fatalf("%x limit %d: ok with %d items", data, limit, lcount)
		case lok && lroot != (common.Hash{}):
			t.Fatalf("%x limit %d: stopped early with a root", data, limit)
		}
	}
}

// FuzzVerifyStep replays fuzz-chosen batches and checks VerifyStep against the
// STF on every step, then mutates one byte of the ABI-encoded witness: a
// mutated witness may be rejected, but if accepted it must give the honest
// successor (soundness of the one-step proof).
func FuzzVerifyStep(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint8(10), uint16(100), byte(1))
	f.Add(uint64(2), uint8(0), uint8(30), uint16(40), byte(0x80))
	f.Add(uint64(3), uint8(8), uint8(1), uint16(500), byte(0xff))
	w := newTestWorld(f, 6)
	genesis := w.state(f)
	f.Fuzz(func(t *testing.T, seed uint64, nEntries, nTxs uint8, mutPos uint16, mutXor byte) {
		r := rand.New(rand.NewPCG(seed, 11))
		// Fresh nonce tracking per input keeps inputs independent.
		w.nonces = map[common.Address]uint64{addrOf(w.maxed): ^uint64(0)}
		b := w.randomBatch(t, r, int(nEntries%8), int(nTxs%24))
		st := genesis.Copy()
		checkBatchSteps(t, w, st.Copy(), b)
		if b.Len() == 0 {
			return
		}
		ctx := context.Background()
		sp, err := BuildStepProof(ctx, st, w.rules, b, r.IntN(b.Len()))
		if err != nil {
			t.Fatal(err)
		}
		enc, err := EncodeWitnessABI(&sp.Witness)
		if err != nil {
			t.Fatal(err)
		}
		if mutXor == 0 {
			mutXor = 1
		}
		enc[int(mutPos)%len(enc)] ^= mutXor
		mw, err := DecodeWitnessABI(enc)
		if err != nil {
			return
		}
		post, err := VerifyStep(w.rules, sp.PreRoot, &sp.Element, mw)
		if err == nil && post != sp.PostRoot {
			t.Fatalf("mutated witness accepted with a wrong successor %x (honest %x)", post, sp.PostRoot)
		}
	})
}
