package replay

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

const (
	testChainID = 901
	testBaseFee = 1_000_000_000 // 1 gwei
)

func testRules() *Rules { return NewRules(testChainID, uint256.NewInt(testBaseFee)) }

// testKey returns a deterministic private key.
func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("etherscale replay test key %d", i))))
	if err != nil {
		panic(err) // keccak output is a valid key with overwhelming probability
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func gwei(n uint64) *big.Int { return new(big.Int).Mul(big.NewInt(int64(n)), big.NewInt(1e9)) }

func ether(n uint64) *big.Int { return new(big.Int).Mul(big.NewInt(int64(n)), big.NewInt(1e18)) }

// signTx signs tx data for chainID and returns the raw encoding.
func signTx(tb testing.TB, key *ecdsa.PrivateKey, chainID uint64, data types.TxData) []byte {
	tb.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), data)
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

func legacyTx(nonce uint64, to common.Address, value *big.Int, gasPrice *big.Int) *types.LegacyTx {
	return &types.LegacyTx{Nonce: nonce, To: &to, Value: value, Gas: 21000, GasPrice: gasPrice}
}

func dynTx(nonce uint64, to common.Address, value, tip, feeCap *big.Int) *types.DynamicFeeTx {
	return &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: nonce, To: &to, Value: value, Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap}
}

// resign replaces the signature values of a signed raw transaction without
// re-signing, to build malformed signatures.
func resign(tb testing.TB, raw []byte, mod func(v, r, s *big.Int) (nv, nr, ns *big.Int)) []byte {
	tb.Helper()
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		tb.Fatal(err)
	}
	v, r, s := tx.RawSignatureValues()
	v, r, s = mod(new(big.Int).Set(v), new(big.Int).Set(r), new(big.Int).Set(s))
	var inner types.TxData
	switch tx.Type() {
	case types.LegacyTxType:
		inner = &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: tx.GasPrice(), Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(), V: v, R: r, S: s}
	case types.DynamicFeeTxType:
		inner = &types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(), Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList(), V: v, R: r, S: s}
	default:
		tb.Fatalf("resign: type %d", tx.Type())
	}
	out, err := types.NewTx(inner).MarshalBinary()
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// highS flips a signature to its high-s twin (s' = N - s, parity flipped),
// which recovers the same key: exactly what EIP-2 forbids.
func highS(v, r, s *big.Int) (*big.Int, *big.Int, *big.Int) {
	ns := new(big.Int).Sub(secp256k1N.ToBig(), s)
	// Type 2 parity is v itself; legacy v = 2·chainId + 35 + parity.
	parity := v.Bit(0)
	if v.BitLen() > 1 {
		parity ^= 1
	}
	nv := new(big.Int).Set(v)
	if parity == 0 {
		nv.Add(nv, big.NewInt(1))
	} else {
		nv.Sub(nv, big.NewInt(1))
	}
	return nv, r, ns
}

// unrecoverableR returns an r in range for which no curve point exists, so
// that recovery fails after every range check passed.
func unrecoverableR(hash common.Hash, s *big.Int) *big.Int {
	for i := int64(1); ; i++ {
		r := big.NewInt(i)
		sig := make([]byte, 65)
		r.FillBytes(sig[:32])
		s.FillBytes(sig[32:64])
		if _, err := crypto.Ecrecover(hash[:], sig); err != nil {
			return r
		}
	}
}
