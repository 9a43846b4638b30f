package replay

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
)

// txCase is a raw transaction with its expected stateless outcome.
type txCase struct {
	name string
	raw  []byte
	want error // nil: passes DecodeTx
}

// statelessCases builds a transaction for every outcome of DecodeTx.
func statelessCases(tb testing.TB) []txCase {
	key := testKey(1)
	to := addrOf(testKey(2))
	chain := uint64(testChainID)
	okLegacy := signTx(tb, key, chain, legacyTx(0, to, ether(1), gwei(2)))
	okDyn := signTx(tb, key, chain, dynTx(0, to, ether(1), gwei(1), gwei(3)))

	withAccess := dynTx(0, to, big.NewInt(1), gwei(1), gwei(3))
	withAccess.AccessList = types.AccessList{{Address: to}}
	withData := dynTx(0, to, big.NewInt(1), gwei(1), gwei(3))
	withData.Data = []byte{1}
	lowGas := dynTx(0, to, big.NewInt(1), gwei(1), gwei(3))
	lowGas.Gas = 20999
	highGas := dynTx(0, to, big.NewInt(1), gwei(1), gwei(3))
	highGas.Gas = 1_000_000
	create := dynTx(0, to, big.NewInt(1), gwei(1), gwei(3))
	create.To = nil
	createLegacy := legacyTx(0, to, big.NewInt(1), gwei(2))
	createLegacy.To = nil
	wrongChain := dynTx(0, to, big.NewInt(1), gwei(1), gwei(3))
	wrongChain.ChainID = big.NewInt(testChainID + 1)

	var typedHash common.Hash
	{
		var tx types.Transaction
		_ = tx.UnmarshalBinary(okDyn)
		typedHash = types.LatestSignerForChainID(big.NewInt(testChainID)).Hash(&tx)
	}
	access := signTx(tb, key, chain, &types.AccessListTx{ChainID: big.NewInt(testChainID), Nonce: 0, To: &to, Value: big.NewInt(1), Gas: 21000, GasPrice: gwei(2)})
	unprotected, err := types.SignNewTx(key, types.HomesteadSigner{}, legacyTx(0, to, big.NewInt(1), gwei(2)))
	if err != nil {
		tb.Fatal(err)
	}
	unprotectedRaw, _ := unprotected.MarshalBinary()

	return []txCase{
		{"legacy ok", okLegacy, nil},
		{"type2 ok", okDyn, nil},
		{"type2 gas limit above 21000", signTx(tb, key, chain, highGas), nil},
		{"empty", nil, ErrBadEncoding},
		{"rlp string", []byte{0x83, 1, 2, 3}, ErrBadEncoding},
		{"truncated type2", okDyn[:len(okDyn)-1], ErrBadEncoding},
		{"trailing byte type2", append(append([]byte{}, okDyn...), 0), ErrBadEncoding},
		{"truncated legacy", okLegacy[:len(okLegacy)-1], ErrBadEncoding},
		{"type byte only", []byte{2}, ErrBadEncoding},
		{"legacy value wider than 256 bits", resignLegacyWide(tb, okLegacy), ErrBadEncoding},
		{"type1 access list tx", access, ErrTxType},
		{"type3 blob tx prefix", append([]byte{3}, okDyn[1:]...), ErrTxType},
		{"type4 prefix", append([]byte{4}, okDyn[1:]...), ErrTxType},
		{"type0 envelope", append([]byte{0}, okLegacy...), ErrTxType},
		{"legacy without EIP-155", unprotectedRaw, ErrWrongChainID},
		{"legacy other chain", signTx(tb, key, chain+1, legacyTx(0, to, big.NewInt(1), gwei(2))), ErrWrongChainID},
		{"type2 other chain", signTx(tb, key, chain+1, wrongChain), ErrWrongChainID},
		{"type2 contract creation", signTx(tb, key, chain, create), ErrContractCreation},
		{"legacy contract creation", signTx(tb, key, chain, createLegacy), ErrContractCreation},
		{"type2 data", signTx(tb, key, chain, withData), ErrNonEmptyData},
		{"type2 access list", signTx(tb, key, chain, withAccess), ErrNonEmptyAccessList},
		{"type2 gas 20999", signTx(tb, key, chain, lowGas), ErrGasLimit},
		{"legacy price below base fee", signTx(tb, key, chain, legacyTx(0, to, big.NewInt(1), big.NewInt(testBaseFee-1))), ErrFeeCapBelowBaseFee},
		{"type2 fee cap below base fee", signTx(tb, key, chain, dynTx(0, to, big.NewInt(1), big.NewInt(0), big.NewInt(testBaseFee-1))), ErrFeeCapBelowBaseFee},
		{"type2 tip above fee cap", signTx(tb, key, chain, dynTx(0, to, big.NewInt(1), gwei(4), gwei(3))), ErrTipAboveFeeCap},
		{"type2 y parity 2", resign(tb, okDyn, func(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) { return big.NewInt(2), r, s }), ErrBadSignature},
		{"type2 r zero", resign(tb, okDyn, func(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) { return v, new(big.Int), s }), ErrBadSignature},
		{"type2 s zero", resign(tb, okDyn, func(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) { return v, r, new(big.Int) }), ErrBadSignature},
		{"type2 r = N", resign(tb, okDyn, func(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) { return v, secp256k1N.ToBig(), s }), ErrBadSignature},
		{"type2 r not on curve", resign(tb, okDyn, func(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) { return v, unrecoverableR(typedHash, s), s }), ErrBadSignature},
		{"type2 high s", resign(tb, okDyn, highS), ErrHighS},
		{"legacy high s", resign(tb, okLegacy, highS), ErrHighS},
		{"type2 s = N", resign(tb, okDyn, func(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) { return v, r, secp256k1N.ToBig() }), ErrHighS},
	}
}

// resignLegacyWide re-encodes a legacy transaction with a 33-byte value, which
// go-ethereum's decoder accepts and the L2 rules do not.
func resignLegacyWide(tb testing.TB, raw []byte) []byte {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		tb.Fatal(err)
	}
	v, r, s := tx.RawSignatureValues()
	wide := new(big.Int).Lsh(big.NewInt(1), 260)
	out, err := rlp.EncodeToBytes(&types.LegacyTx{Nonce: tx.Nonce(), GasPrice: tx.GasPrice(), Gas: tx.Gas(), To: tx.To(), Value: wide, V: v, R: r, S: s})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestDecodeTxStateless(t *testing.T) {
	rules := testRules()
	for _, c := range statelessCases(t) {
		t.Run(c.name, func(t *testing.T) {
			tx, err := DecodeTx(rules, c.raw)
			if c.want == nil {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				checkAgainstGeth(t, c.raw, tx)
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("error %v, want %v", err, c.want)
			}
			if ResultCode(err) <= 0 {
				t.Fatalf("no result code for %v", err)
			}
		})
	}
}

// checkAgainstGeth compares a decoded transaction with go-ethereum's view.
func checkAgainstGeth(t testing.TB, raw []byte, tx *Tx) {
	t.Helper()
	var gtx types.Transaction
	if err := gtx.UnmarshalBinary(raw); err != nil {
		t.Fatalf("geth cannot decode accepted tx: %v", err)
	}
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	if h := signer.Hash(&gtx); h != tx.SigHash {
		t.Fatalf("signing hash %x, geth %x", tx.SigHash, h)
	}
	from, err := types.Sender(signer, &gtx)
	if err != nil {
		t.Fatalf("geth rejects sender: %v", err)
	}
	if from != tx.From {
		t.Fatalf("sender %x, geth %x", tx.From, from)
	}
	if gtx.Hash() != tx.Hash {
		t.Fatalf("hash %x, geth %x", tx.Hash, gtx.Hash())
	}
	if gtx.Nonce() != tx.Nonce || *gtx.To() != tx.To || gtx.Value().Cmp(tx.Value.ToBig()) != 0 ||
		gtx.GasFeeCap().Cmp(tx.GasFeeCap.ToBig()) != 0 || gtx.GasTipCap().Cmp(tx.GasTipCap.ToBig()) != 0 || gtx.Gas() != tx.Gas {
		t.Fatal("field mismatch with geth")
	}
}

func TestEffectiveGasPriceAndCost(t *testing.T) {
	base := uint256.NewInt(100)
	max256 := new(uint256.Int).SetAllOne()
	tests := []struct {
		typ           uint8
		tip, cap, val *uint256.Int
		price         uint64
		overflow      bool
	}{
		{LegacyTxType, uint256.NewInt(150), uint256.NewInt(150), uint256.NewInt(0), 150, false},
		{DynamicFeeTxType, uint256.NewInt(10), uint256.NewInt(150), uint256.NewInt(0), 110, false},
		{DynamicFeeTxType, uint256.NewInt(60), uint256.NewInt(150), uint256.NewInt(0), 150, false},
		{DynamicFeeTxType, uint256.NewInt(50), uint256.NewInt(150), uint256.NewInt(0), 150, false},
		{DynamicFeeTxType, uint256.NewInt(0), uint256.NewInt(100), uint256.NewInt(5), 100, false},
		// Tip near 2^256: baseFee + tip would overflow; the cap binds.
		{DynamicFeeTxType, max256, max256, uint256.NewInt(0), 0, true},
		{DynamicFeeTxType, uint256.NewInt(0), uint256.NewInt(100), max256, 100, true},
	}
	for i, tc := range tests {
		tx := &Tx{Type: tc.typ, GasTipCap: *tc.tip, GasFeeCap: *tc.cap, Value: *tc.val}
		price := tx.EffectiveGasPrice(base)
		if tc.price != 0 && !price.Eq(uint256.NewInt(tc.price)) {
			t.Errorf("%d: price %s, want %d", i, price.Dec(), tc.price)
		}
		cost, of := tx.Cost(base)
		if of != tc.overflow {
			t.Errorf("%d: overflow %v, want %v", i, of, tc.overflow)
		}
		if !of {
			want := new(uint256.Int).Mul(price, uint256.NewInt(TransferGas))
			want.Add(want, tc.val)
			if !cost.Eq(want) {
				t.Errorf("%d: cost %s, want %s", i, cost.Dec(), want.Dec())
			}
		}
	}
}

func TestRLPWritersMatchGeth(t *testing.T) {
	vals := []uint64{0, 1, 0x7f, 0x80, 0xff, 0x100, 1 << 56, ^uint64(0)}
	for _, v := range vals {
		want, _ := rlp.EncodeToBytes(v)
		if got := rlpUint64(nil, v); !bytes.Equal(got, want) {
			t.Errorf("uint64 %d: %x, want %x", v, got, want)
		}
		u := new(uint256.Int).Lsh(uint256.NewInt(v), uint(v%200))
		want, _ = rlp.EncodeToBytes(u.ToBig())
		if got := rlpU256(nil, u); !bytes.Equal(got, want) {
			t.Errorf("u256 %s: %x, want %x", u.Dec(), got, want)
		}
	}
	for _, n := range []int{0, 1, 55, 56, 255, 256, 70000} {
		s := bytes.Repeat([]byte{0x90}, n)
		want, _ := rlp.EncodeToBytes(s)
		if got := rlpString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("string %d: mismatch", n)
		}
	}
	if got := rlpString(nil, []byte{5}); !bytes.Equal(got, []byte{5}) {
		t.Errorf("single byte: %x", got)
	}
}
