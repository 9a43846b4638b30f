package replay

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Transaction types accepted on L2.
const (
	LegacyTxType     = types.LegacyTxType     // EIP-155 protected only
	DynamicFeeTxType = types.DynamicFeeTxType // EIP-1559
)

var (
	// secp256k1N is the order of the secp256k1 group.
	secp256k1N = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	// secp256k1HalfN is ⌊N/2⌋; signatures with a larger s are rejected (EIP-2).
	secp256k1HalfN = uint256.MustFromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")
)

// Tx is an L2 transaction that passed every stateless rule (encoding, type,
// chain id, shape, gas, fees and signature), with its sender recovered. Whether
// it is valid also depends on the sender's nonce and balance; see State.CheckTx.
type Tx struct {
	Type      uint8
	Nonce     uint64
	GasTipCap uint256.Int // maxPriorityFeePerGas; the gas price for legacy transactions
	GasFeeCap uint256.Int // maxFeePerGas; the gas price for legacy transactions
	Gas       uint64      // gas limit: at least TransferGas, otherwise unused
	To        common.Address
	Value     uint256.Int
	From      common.Address
	Hash      common.Hash // keccak256 of the raw transaction (the usual tx hash)
	SigHash   common.Hash // the hash the sender signed
}

// EffectiveGasPrice returns the price per gas the transaction pays under the
// given base fee: the gas price for legacy transactions, min(maxFeePerGas,
// baseFee + maxPriorityFeePerGas) for type 2. It assumes GasFeeCap ≥ baseFee,
// which DecodeTx guarantees for its rules.
func (tx *Tx) EffectiveGasPrice(baseFee *uint256.Int) *uint256.Int {
	if tx.Type == LegacyTxType {
		return new(uint256.Int).Set(&tx.GasFeeCap)
	}
	// headroom = feeCap - baseFee ≥ 0; if tip ≥ headroom the cap binds. This
	// form never overflows, unlike baseFee + tip.
	headroom := new(uint256.Int).Sub(&tx.GasFeeCap, baseFee)
	if tx.GasTipCap.Cmp(headroom) >= 0 {
		return headroom.Set(&tx.GasFeeCap)
	}
	return headroom.Add(baseFee, &tx.GasTipCap)
}

// Cost returns value + TransferGas × effective gas price, and whether that
// overflows 256 bits (which makes the transaction unaffordable).
func (tx *Tx) Cost(baseFee *uint256.Int) (cost uint256.Int, overflow bool) {
	price := tx.EffectiveGasPrice(baseFee)
	if _, of := cost.MulOverflow(price, uint256.NewInt(TransferGas)); of {
		return cost, true
	}
	_, overflow = cost.AddOverflow(&cost, &tx.Value)
	return cost, overflow
}

// txFields is a transaction as decoded, before any rule beyond the encoding.
type txFields struct {
	typ       uint8
	chainID   uint256.Int // type 2 only; legacy carries it in v
	nonce     uint64
	tip, cap  uint256.Int // legacy: both hold the gas price
	gas       uint64
	to        *common.Address
	value     uint256.Int
	data      []byte
	accessLen int // number of access list entries (type 2)
	v, r, s   uint256.Int
}

// DecodeTx decodes a raw L2 transaction and applies every stateless validity
// rule, recovering the sender. On failure the error is (wraps) one of
// ErrBadEncoding … ErrHighS.
func DecodeTx(rules *Rules, raw []byte) (*Tx, error) {
	f, err := parseTx(raw)
	if err != nil {
		return nil, err
	}
	recID, err := f.checkStateless(rules)
	if err != nil {
		return nil, err
	}
	tx := &Tx{
		Type:      f.typ,
		Nonce:     f.nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.cap,
		Gas:       f.gas,
		To:        *f.to,
		Value:     f.value,
		Hash:      crypto.Keccak256Hash(raw),
		SigHash:   f.sigHash(rules.ChainID),
	}
	if tx.From, err = recoverSender(&tx.SigHash, recID, &f.r, &f.s); err != nil {
		return nil, err
	}
	return tx, nil
}

// parseTx decodes the envelope with go-ethereum's decoder and converts the
// fields. Only the first byte selects the type, so that a verifier need not
// understand the types it rejects: 0x02 is type 2, 0xc0–0xff a legacy RLP
// list, any other byte below 0x80 an unsupported type, and 0x80–0xbf (an RLP
// string) or empty input is malformed.
func parseTx(raw []byte) (*txFields, error) {
	switch {
	case len(raw) == 0:
		return nil, fmt.Errorf("%w: empty", ErrBadEncoding)
	case raw[0] < 0x80 && raw[0] != DynamicFeeTxType:
		return nil, fmt.Errorf("%w: type %d", ErrTxType, raw[0])
	case raw[0] >= 0x80 && raw[0] < 0xc0:
		return nil, fmt.Errorf("%w: not an RLP list", ErrBadEncoding)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadEncoding, err)
	}
	f := &txFields{
		typ:       tx.Type(),
		nonce:     tx.Nonce(),
		gas:       tx.Gas(),
		to:        tx.To(),
		data:      tx.Data(),
		accessLen: len(tx.AccessList()),
	}
	v, r, s := tx.RawSignatureValues()
	// go-ethereum decodes the integers as unbounded big.Ints; on L2 (and in
	// Solidity) they are uint256, so a longer integer is an encoding error.
	overflow := false
	set := func(dst *uint256.Int, src *big.Int) {
		if src.BitLen() > 256 {
			overflow = true
			return
		}
		dst.SetFromBig(src)
	}
	set(&f.tip, tx.GasTipCap())
	set(&f.cap, tx.GasFeeCap())
	set(&f.value, tx.Value())
	set(&f.v, v)
	set(&f.r, r)
	set(&f.s, s)
	if f.typ == DynamicFeeTxType {
		set(&f.chainID, tx.ChainId())
	}
	if overflow {
		return nil, fmt.Errorf("%w: integer wider than 256 bits", ErrBadEncoding)
	}
	return f, nil
}

// checkStateless applies the rules that need no state, in the normative order,
// and returns the signature's recovery id.
func (f *txFields) checkStateless(rules *Rules) (recID byte, err error) {
	// Chain id. For legacy transactions it lives in v = 2·chainId + 35 + recId;
	// any other v (27/28 included: no EIP-155 replay protection) is refused here.
	if f.typ == LegacyTxType {
		base := uint256.NewInt(rules.ChainID)
		base.Lsh(base, 1).AddUint64(base, 35) // < 2^66, no overflow
		switch {
		case f.v.Eq(base):
			recID = 0
		case f.v.Eq(base.AddUint64(base, 1)):
			recID = 1
		default:
			return 0, fmt.Errorf("%w: legacy v %s", ErrWrongChainID, f.v.Dec())
		}
	} else if !f.chainID.IsUint64() || f.chainID.Uint64() != rules.ChainID {
		return 0, fmt.Errorf("%w: have %s, want %d", ErrWrongChainID, f.chainID.Dec(), rules.ChainID)
	}
	switch {
	case f.to == nil:
		return 0, ErrContractCreation
	case len(f.data) != 0:
		return 0, fmt.Errorf("%w: %d bytes", ErrNonEmptyData, len(f.data))
	case f.accessLen != 0:
		return 0, fmt.Errorf("%w: %d entries", ErrNonEmptyAccessList, f.accessLen)
	case f.gas < TransferGas:
		return 0, fmt.Errorf("%w: %d", ErrGasLimit, f.gas)
	case f.cap.Lt(&rules.BaseFee):
		return 0, fmt.Errorf("%w: %s < %s", ErrFeeCapBelowBaseFee, f.cap.Dec(), rules.BaseFee.Dec())
	case f.tip.Gt(&f.cap):
		return 0, fmt.Errorf("%w: %s > %s", ErrTipAboveFeeCap, f.tip.Dec(), f.cap.Dec())
	}
	if f.typ == DynamicFeeTxType {
		if f.v.GtUint64(1) {
			return 0, fmt.Errorf("%w: y parity %s", ErrBadSignature, f.v.Dec())
		}
		recID = byte(f.v.Uint64())
	}
	switch {
	case f.r.IsZero() || !f.r.Lt(secp256k1N) || f.s.IsZero():
		return 0, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	case f.s.Gt(secp256k1HalfN):
		return 0, ErrHighS
	}
	return recID, nil
}

// sigHash computes the hash the sender signs. Legacy (EIP-155):
// keccak256(rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0])).
// Type 2: keccak256(0x02 ‖ rlp([chainId, nonce, tip, feeCap, gas, to, value,
// data, accessList])). The access list is always encoded empty: a transaction
// with a non-empty one never gets this far.
func (f *txFields) sigHash(chainID uint64) common.Hash {
	var scratch [256]byte
	p := scratch[:0]
	if f.typ == LegacyTxType {
		p = rlpUint64(p, f.nonce)
		p = rlpU256(p, &f.cap)
		p = rlpUint64(p, f.gas)
		p = rlpAddress(p, f.to)
		p = rlpU256(p, &f.value)
		p = rlpString(p, f.data)
		p = rlpUint64(p, chainID)
		p = append(p, 0x80, 0x80)
	} else {
		p = rlpUint64(p, chainID)
		p = rlpUint64(p, f.nonce)
		p = rlpU256(p, &f.tip)
		p = rlpU256(p, &f.cap)
		p = rlpUint64(p, f.gas)
		p = rlpAddress(p, f.to)
		p = rlpU256(p, &f.value)
		p = rlpString(p, f.data)
		p = append(p, 0xc0)
	}
	out := make([]byte, 0, len(p)+10)
	if f.typ != LegacyTxType {
		out = append(out, f.typ)
	}
	out = rlpListHeader(out, len(p))
	out = append(out, p...)
	return crypto.Keccak256Hash(out)
}

// recoverSender recovers the signer's address. The caller has checked r and s.
func recoverSender(hash *common.Hash, recID byte, r, s *uint256.Int) (common.Address, error) {
	var sig [65]byte
	r.WriteToSlice(sig[0:32])
	s.WriteToSlice(sig[32:64])
	sig[64] = recID
	pub, err := crypto.Ecrecover(hash[:], sig[:])
	if err != nil || len(pub) != 65 || pub[0] != 4 {
		return common.Address{}, fmt.Errorf("%w: recovery failed", ErrBadSignature)
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}
