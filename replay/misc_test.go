package replay

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// TestStatefulRules is the table of the stateful invalid kinds (the
// stateless ones are in TestDecodeTxStateless).
func TestStatefulRules(t *testing.T) {
	w := newTestWorld(t, 3)
	rules := w.rules
	a, b := w.keys[0], w.keys[1]
	balA := ether(1) // testWorld funds key 0 with 1 ether
	almostAll := new(big.Int).Sub(balA, new(big.Int).Mul(big.NewInt(21000), gwei(1)))
	tests := []struct {
		name string
		raw  []byte
		void bool
		want error
	}{
		{"exact balance", signTx(t, a, testChainID, legacyTx(0, addrOf(b), almostAll, gwei(1))), false, nil},
		{"one wei short", signTx(t, a, testChainID, legacyTx(0, addrOf(b), new(big.Int).Add(almostAll, big.NewInt(1)), gwei(1))), false, ErrInsufficientBalance},
		{"fee overflows", signTx(t, a, testChainID, legacyTx(0, addrOf(b), big.NewInt(0), new(big.Int).Lsh(big.NewInt(1), 250))), false, ErrInsufficientBalance},
		{"value + fee overflows", signTx(t, a, testChainID, legacyTx(0, addrOf(b), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), gwei(1))), false, ErrInsufficientBalance},
		{"nonce too high", signTx(t, a, testChainID, legacyTx(1, addrOf(b), big.NewInt(1), gwei(1))), false, ErrNonce},
		{"nonce 2^64-1 on a maxed account", signTx(t, w.maxed, testChainID, legacyTx(math.MaxUint64, addrOf(b), big.NewInt(1), gwei(1))), false, ErrNonce},
		{"recipient overflow", signTx(t, a, testChainID, legacyTx(0, w.rich, big.NewInt(1001), gwei(1))), false, ErrBalanceOverflow},
		{"recipient exactly at max", signTx(t, a, testChainID, legacyTx(0, w.rich, big.NewInt(999), gwei(1))), false, nil},
		{"self transfer of everything", signTx(t, a, testChainID, legacyTx(0, addrOf(a), almostAll, gwei(1))), false, nil},
		{"void batch", signTx(t, a, testChainID, legacyTx(0, addrOf(b), big.NewInt(1), gwei(1))), true, ErrVoidBatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := w.state(t)
			if tc.void == false {
				tx, err := DecodeTx(rules, tc.raw)
				if err != nil {
					t.Fatal(err)
				}
				if err := st.CheckTx(rules, tx); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
					t.Fatalf("CheckTx: %v, want %v", err, tc.want)
				}
			}
			pre, _ := st.Root()
			res, err := ReplayBatch(context.Background(), st, rules, &Batch{Txs: [][]byte{tc.raw}, Void: tc.void}, ReplayOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := res.Steps[0].Result
			if !errors.Is(got, tc.want) || (tc.want == nil) != (got == nil) {
				t.Fatalf("result %v, want %v", got, tc.want)
			}
			if got != nil && res.Root != pre {
				t.Fatal("invalid transaction changed the state")
			}
		})
	}
}

func TestDepositOverflowIsNoop(t *testing.T) {
	w := newTestWorld(t, 1)
	st := w.state(t)
	pre, _ := st.Root()
	res, err := ReplayBatch(context.Background(), st, w.rules, &Batch{Entries: []InboxEntry{NewDeposit(w.rich, uint256.NewInt(1000))}}, ReplayOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(res.Steps[0].Result, ErrBalanceOverflow) || res.Root != pre {
		t.Fatalf("result %v root changed %v", res.Steps[0].Result, res.Root != pre)
	}
}

func TestTxRoot(t *testing.T) {
	if TxRoot(nil) != (common.Hash{}) {
		t.Fatal("empty txRoot not zero")
	}
	one := [][]byte{{1, 2, 3}}
	if TxRoot(one) != crypto.Keccak256Hash(one[0]) {
		t.Fatal("single-tx root is not the leaf")
	}
	three := [][]byte{{1}, {2}, {3}}
	l := func(b []byte) []byte { return crypto.Keccak256(b) }
	zero := make([]byte, 32)
	want := crypto.Keccak256Hash(crypto.Keccak256(l(three[0]), l(three[1])), crypto.Keccak256(l(three[2]), zero))
	if TxRoot(three) != want {
		t.Fatal("3-tx root mismatch")
	}
	tt := NewTxTree(three)
	for i := range three {
		p, err := tt.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if !VerifyTxProof(want, 3, uint32(i), three[i], p) {
			t.Fatalf("proof %d rejected", i)
		}
		if VerifyTxProof(want, 3, uint32(i^1), three[i], p) {
			t.Fatalf("proof %d accepted at the wrong index", i)
		}
		if VerifyTxProof(want, 5, uint32(i), three[i], p) {
			t.Fatalf("proof %d accepted with a wrong count", i)
		}
	}
	// The padding leaf (index 3) is not a transaction.
	p, _ := tt.Proof(2)
	if VerifyTxProof(want, 3, 3, nil, []common.Hash{crypto.Keccak256Hash(three[2]), p[1]}) {
		t.Fatal("padding leaf accepted")
	}
	if _, err := tt.Proof(3); !errors.Is(err, ErrStepIndex) {
		t.Fatal("proof of the padding leaf")
	}
}

func TestInboxEntryHashes(t *testing.T) {
	to := common.HexToAddress("0x00112233445566778899aabbccddeeff00112233")
	amount := uint256.NewInt(0x0102)
	packed := append([]byte{0}, to[:]...)
	packed = append(packed, common.LeftPadBytes([]byte{1, 2}, 32)...)
	if DepositEntryHash(to, amount) != crypto.Keccak256Hash(packed) {
		t.Fatal("deposit hash")
	}
	e := NewDeposit(to, amount)
	if e.Hash() != crypto.Keccak256Hash(packed) {
		t.Fatal("deposit entry hash")
	}
	raw := []byte{0x02, 0xc0}
	if ForcedTxEntryHash(raw) != crypto.Keccak256Hash([]byte{1, 0x02, 0xc0}) {
		t.Fatal("forced hash")
	}
	el := Element{Kind: ElementDeposit, Payload: e.Payload()}
	if h, err := el.InboxEntryHash(); err != nil || h != e.Hash() {
		t.Fatal("element entry hash")
	}
}

func TestBatchDataRoundTrip(t *testing.T) {
	txs := [][]byte{{}, {0}, {0x7f}, {0x80}, bytes.Repeat([]byte{1}, 100)}
	data, err := EncodeBatchData(txs)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeBatchData(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(txs) {
		t.Fatalf("%d txs, want %d", len(got), len(txs))
	}
	for i := range txs {
		if !bytes.Equal(got[i], txs[i]) {
			t.Fatalf("tx %d: %x, want %x", i, got[i], txs[i])
		}
	}
	if _, err := DecodeBatchData(append(data, 0)); !errors.Is(err, ErrBatchData) {
		t.Fatal("trailing byte accepted")
	}
}

func TestGenesisRoot(t *testing.T) {
	js := `{"chainId": 901, "baseFee": "0x3b9aca00", "alloc": {
		"0x00000000000000000000000000000000000000aa": {"balance": "0x10", "nonce": "0x1"},
		"0x00000000000000000000000000000000000000bb": {"balance": "0x0"}}}`
	var g Genesis
	if err := json.Unmarshal([]byte(js), &g); err != nil {
		t.Fatal(err)
	}
	root, err := g.Root()
	if err != nil {
		t.Fatal(err)
	}
	ka := AccountKey(common.HexToAddress("0xaa"))
	kb := AccountKey(common.HexToAddress("0xbb"))
	want := refRoot(0, []Leaf{{ka, Account{1, *uint256.NewInt(16)}}, {kb, Account{}}})
	if root != want {
		t.Fatalf("genesis root %x, want %x", root, want)
	}
	if r := g.Rules(); r.ChainID != 901 || r.BaseFee.Uint64() != 1e9 {
		t.Fatal("rules")
	}
	bad := Genesis{ChainID: 1, BaseFee: (*hexutil.Big)(big.NewInt(-1))}
	if _, err := bad.Root(); !errors.Is(err, ErrGenesisBaseFee) {
		t.Fatalf("negative base fee: %v", err)
	}
}
