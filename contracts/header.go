package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/replay"
)

// Errors about header signatures. The contract rejects the same signatures
// (InvalidSignatureLength, SignatureHighS, InvalidSignature).
var (
	ErrSignatureLength = errors.New("header signature must be 65 bytes r ‖ s ‖ v")
	ErrSignatureV      = errors.New("header signature v must be 27 or 28")
	ErrSignatureHighS  = errors.New("header signature has high s")
	ErrSignature       = errors.New("header signature does not recover")
	ErrDuplicateSigner = errors.New("two signatures from one signer")
)

// HeaderEncodedSize is the length of abi.encode(BatchHeader): 11 static words.
const HeaderEncodedSize = 11 * 32

// EIP-712 constants of BatchInbox (docs/PROTOCOL.md §4.3).
var (
	eip712DomainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	batchHeaderTypeHash  = crypto.Keccak256Hash([]byte("BatchHeader(bytes32 headerHash)"))
	eip712NameHash       = crypto.Keccak256Hash([]byte("EtherScale"))
	eip712VersionHash    = crypto.Keccak256Hash([]byte("1"))
	secp256k1HalfN       = new(big.Int).Rsh(crypto.S256().Params().N, 1)
)

// EmptyBatchData returns the batch data of a batch without transactions (the
// empty RLP list), which is what a forced batch carries. It is a function so
// that no caller can change the value for everyone.
func EmptyBatchData() []byte { return []byte{0xc0} }

// BatchHeader mirrors the Solidity struct BatchHeader (contracts/src/batch/BatchHeader.sol).
type BatchHeader struct {
	Number      uint64      `json:"number"`
	ParentHash  common.Hash `json:"parentHash"`
	QueueStart  uint64      `json:"queueStart"`
	QueueEnd    uint64      `json:"queueEnd"`
	TxCount     uint32      `json:"txCount"`
	TxRoot      common.Hash `json:"txRoot"`
	DataHash    common.Hash `json:"dataHash"`
	DataRoot    common.Hash `json:"dataRoot"`
	DataLength  uint32      `json:"dataLength"`
	StateRoot   common.Hash `json:"stateRoot"`
	L2Timestamp uint64      `json:"l2Timestamp"`
}

// NewCalldataHeader builds the header of a calldata-mode batch holding txs
// and returns it with the batch data: dataHash, dataLength, txCount and txRoot
// are computed from the transactions (replay.EncodeBatchData, replay.TxRoot),
// dataRoot is zero.
func NewCalldataHeader(number uint64, parent common.Hash, queueStart, queueEnd uint64, txs [][]byte, stateRoot common.Hash, l2Timestamp uint64) (*BatchHeader, []byte, error) {
	data, err := replay.EncodeBatchData(txs)
	if err != nil {
		return nil, nil, err
	}
	if uint64(len(txs)) > 1<<32-1 || uint64(len(data)) > 1<<32-1 {
		return nil, nil, fmt.Errorf("batch of %d transactions, %d bytes does not fit the header's 32-bit fields", len(txs), len(data))
	}
	h := &BatchHeader{
		Number:      number,
		ParentHash:  parent,
		QueueStart:  queueStart,
		QueueEnd:    queueEnd,
		TxCount:     uint32(len(txs)),
		TxRoot:      replay.TxRoot(txs),
		DataHash:    replay.BatchDataHash(data),
		DataLength:  uint32(len(data)),
		StateRoot:   stateRoot,
		L2Timestamp: l2Timestamp,
	}
	return h, data, nil
}

// Encode returns abi.encode(h): every field left-padded to 32 bytes, in
// declaration order.
func (h *BatchHeader) Encode() []byte {
	out := make([]byte, HeaderEncodedSize)
	putUint := func(word int, v uint64) { binary.BigEndian.PutUint64(out[word*32+24:word*32+32], v) }
	putHash := func(word int, v common.Hash) { copy(out[word*32:], v[:]) }
	putUint(0, h.Number)
	putHash(1, h.ParentHash)
	putUint(2, h.QueueStart)
	putUint(3, h.QueueEnd)
	putUint(4, uint64(h.TxCount))
	putHash(5, h.TxRoot)
	putHash(6, h.DataHash)
	putHash(7, h.DataRoot)
	putUint(8, uint64(h.DataLength))
	putHash(9, h.StateRoot)
	putUint(10, h.L2Timestamp)
	return out
}

// Hash returns the header hash, keccak256(abi.encode(h)).
func (h *BatchHeader) Hash() common.Hash {
	return crypto.Keccak256Hash(h.Encode())
}

// SamePosition reports whether two headers are two versions of one batch,
// the header rule of BatchInbox.proveEquivocation: one number and one
// parent, different hashes. Two such headers signed by one key are
// equivocation; headers on two parents are two positions (a chain rebased
// on a forced batch, PROTOCOL.md 5.6.5), which is no fault.
func SamePosition(a, b *BatchHeader) bool {
	return a.Number == b.Number && a.ParentHash == b.ParentHash && a.Hash() != b.Hash()
}

// SigningHash returns the EIP-712 digest a sequencer signs for h on the
// BatchInbox at verifyingContract on L1 chain chainID.
func (h *BatchHeader) SigningHash(chainID uint64, verifyingContract common.Address) common.Hash {
	return HeaderDigest(h.Hash(), chainID, verifyingContract)
}

// DomainSeparator returns BatchInbox's EIP-712 domain separator:
// keccak256(abi.encode(typeHash, keccak256("EtherScale"), keccak256("1"), chainId, verifyingContract)).
func DomainSeparator(chainID uint64, verifyingContract common.Address) common.Hash {
	var cid, addr [32]byte
	binary.BigEndian.PutUint64(cid[24:], chainID)
	copy(addr[12:], verifyingContract[:])
	return crypto.Keccak256Hash(eip712DomainTypeHash[:], eip712NameHash[:], eip712VersionHash[:], cid[:], addr[:])
}

// HeaderDigest returns the EIP-712 digest of a header hash:
// keccak256(0x1901 ‖ domainSeparator ‖ keccak256(abi.encode(BATCH_HEADER_TYPEHASH, headerHash))).
func HeaderDigest(headerHash common.Hash, chainID uint64, verifyingContract common.Address) common.Hash {
	structHash := crypto.Keccak256Hash(batchHeaderTypeHash[:], headerHash[:])
	ds := DomainSeparator(chainID, verifyingContract)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, ds[:], structHash[:])
}

// SignHeader signs h with key for the BatchInbox at verifyingContract and
// returns the 65-byte r ‖ s ‖ v signature the contract expects (v = 27 or 28;
// go-ethereum always produces low s).
func SignHeader(key *ecdsa.PrivateKey, h *BatchHeader, chainID uint64, verifyingContract common.Address) ([]byte, error) {
	if key == nil {
		return nil, errors.New("sign header: nil key")
	}
	digest := h.SigningHash(chainID, verifyingContract)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign header: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverHeaderSigner returns the address that produced sig over h, applying
// the contract's rules: 65 bytes, v ∈ {27, 28}, 0 < s ≤ n/2, r valid.
func RecoverHeaderSigner(h *BatchHeader, sig []byte, chainID uint64, verifyingContract common.Address) (common.Address, error) {
	return recoverDigest(h.SigningHash(chainID, verifyingContract), sig)
}

// RecoverDigest returns the address that produced sig over an EIP-712
// header digest (HeaderDigest), with the contract's rules.
func RecoverDigest(digest common.Hash, sig []byte) (common.Address, error) {
	return recoverDigest(digest, sig)
}

func recoverDigest(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes", ErrSignatureLength, len(sig))
	}
	// Same order as BatchInbox._recover: high s is named before anything else.
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrSignatureHighS
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: %d", ErrSignatureV, v)
	}
	norm := make([]byte, 65)
	copy(norm, sig)
	norm[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// HeaderSignature is one sequencer's signature with the address it recovers to.
type HeaderSignature struct {
	Signer    common.Address
	Signature []byte
}

// SortHeaderSignatures recovers every signature over h, checks them as the
// contract does, sorts them by signer address (the order postBatch requires)
// and returns the signatures and signers in that order. Two signatures from
// one signer are an error, as on chain.
func SortHeaderSignatures(h *BatchHeader, sigs [][]byte, chainID uint64, verifyingContract common.Address) ([][]byte, []common.Address, error) {
	digest := h.SigningHash(chainID, verifyingContract)
	list := make([]HeaderSignature, len(sigs))
	for i, sig := range sigs {
		signer, err := recoverDigest(digest, sig)
		if err != nil {
			return nil, nil, fmt.Errorf("signature %d: %w", i, err)
		}
		list[i] = HeaderSignature{Signer: signer, Signature: sig}
	}
	SortSignatures(list)
	outSigs := make([][]byte, len(list))
	signers := make([]common.Address, len(list))
	for i, s := range list {
		if i > 0 && s.Signer == list[i-1].Signer {
			return nil, nil, fmt.Errorf("%w %s", ErrDuplicateSigner, s.Signer)
		}
		outSigs[i] = s.Signature
		signers[i] = s.Signer
	}
	return outSigs, signers, nil
}

// SortSignatures orders signatures by signer address, ascending.
func SortSignatures(sigs []HeaderSignature) {
	sort.SliceStable(sigs, func(i, j int) bool { return bytes.Compare(sigs[i].Signer[:], sigs[j].Signer[:]) < 0 })
}

// SignersHash returns keccak256(abi.encodePacked(address[] signers)) as
// BatchInbox stores it: each address left-padded to 32 bytes, concatenated
// (encodePacked pads array elements). The empty list hashes to keccak256("").
func SignersHash(signers []common.Address) common.Hash {
	buf := make([]byte, 32*len(signers))
	for i, s := range signers {
		copy(buf[32*i+12:], s[:])
	}
	return crypto.Keccak256Hash(buf)
}

// Binding converts h to the abigen struct used by the generated bindings.
func (h *BatchHeader) Binding() bindings.BatchHeader {
	return bindings.BatchHeader{
		Number:      h.Number,
		ParentHash:  h.ParentHash,
		QueueStart:  h.QueueStart,
		QueueEnd:    h.QueueEnd,
		TxCount:     h.TxCount,
		TxRoot:      h.TxRoot,
		DataHash:    h.DataHash,
		DataRoot:    h.DataRoot,
		DataLength:  h.DataLength,
		StateRoot:   h.StateRoot,
		L2Timestamp: h.L2Timestamp,
	}
}

// HeaderFromBinding converts the abigen struct to a BatchHeader.
func HeaderFromBinding(b *bindings.BatchHeader) BatchHeader {
	return BatchHeader{
		Number:      b.Number,
		ParentHash:  b.ParentHash,
		QueueStart:  b.QueueStart,
		QueueEnd:    b.QueueEnd,
		TxCount:     b.TxCount,
		TxRoot:      b.TxRoot,
		DataHash:    b.DataHash,
		DataRoot:    b.DataRoot,
		DataLength:  b.DataLength,
		StateRoot:   b.StateRoot,
		L2Timestamp: b.L2Timestamp,
	}
}
