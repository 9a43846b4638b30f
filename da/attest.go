package da

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 constants of the attestation (docs/PROTOCOL.md §6.4).
const (
	DomainName      = "EtherScale DA"
	DomainVersion   = "1"
	AttestationType = "Attestation(bytes32 dataRoot,bytes32 dataHash,uint32 dataLength,uint64 expiry)"
	domainType      = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	attestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))
	domainTypeHash      = crypto.Keccak256Hash([]byte(domainType))
	// secp256k1N and secp256k1HalfN bound s in signatures: only s ≤ n/2 is
	// accepted, as the DACommittee contract does, so every signature has one
	// encoding (no malleable duplicates in a certificate).
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// Domain identifies where attestations are valid: the L1 chain and the
// DACommittee contract that verifies them.
type Domain struct {
	ChainID           uint64
	VerifyingContract common.Address
}

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	var chainID [32]byte
	binary.BigEndian.PutUint64(chainID[24:], d.ChainID)
	return crypto.Keccak256Hash(
		domainTypeHash[:],
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		chainID[:],
		common.LeftPadBytes(d.VerifyingContract[:], 32),
	)
}

// AttestationStructHash is hashStruct(Attestation(dataRoot, dataHash,
// dataLength, expiry)).
func AttestationStructHash(dataRoot, dataHash common.Hash, dataLength uint32, expiry uint64) common.Hash {
	var l, e [32]byte
	binary.BigEndian.PutUint32(l[28:], dataLength)
	binary.BigEndian.PutUint64(e[24:], expiry)
	return crypto.Keccak256Hash(attestationTypeHash[:], dataRoot[:], dataHash[:], l[:], e[:])
}

// AttestationDigest is the EIP-712 digest a member signs:
// keccak256(0x1901 ‖ domainSeparator ‖ structHash).
func (d Domain) AttestationDigest(dataRoot, dataHash common.Hash, dataLength uint32, expiry uint64) common.Hash {
	sep := d.Separator()
	sh := AttestationStructHash(dataRoot, dataHash, dataLength, expiry)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])
}

// SignHash signs a 32-byte digest and returns r ‖ s ‖ v with v ∈ {27, 28},
// the layout Solidity's ecrecover and OpenZeppelin's ECDSA take. go-ethereum
// always produces low-s signatures.
func SignHash(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// RecoverHash returns the address that signed digest. It accepts only
// 65-byte r ‖ s ‖ v signatures with v ∈ {27, 28}, 0 < r, s < n and s ≤ n/2.
func RecoverHash(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: length %d", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d", ErrBadSignature, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(secp256k1N) >= 0 || s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: r or s out of range (high s?)", ErrBadSignature)
	}
	norm := make([]byte, 65)
	copy(norm, sig)
	norm[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Attestation is one member's signature over a header and the L1 time
// (unix seconds) until which it promises to serve its chunk. It is the JSON
// response of a successful store.
type Attestation struct {
	Member    uint32        `json:"member"`
	Expiry    uint64        `json:"expiry"`
	Signature hexutil.Bytes `json:"signature"`
}

// SignAttestation produces member's attestation over the header, promising
// to serve the chunk until expiry (L1 unix seconds).
func SignAttestation(key *ecdsa.PrivateKey, d Domain, member uint32, h *Header, expiry uint64) (*Attestation, error) {
	sig, err := SignHash(key, d.AttestationDigest(h.DataRoot, h.DataHash, h.DataLength, expiry))
	if err != nil {
		return nil, err
	}
	return &Attestation{Member: member, Expiry: expiry, Signature: sig}, nil
}

// Signer recovers the address that produced the attestation over the header
// and its expiry.
func (a *Attestation) Signer(d Domain, h *Header) (common.Address, error) {
	return RecoverHash(d.AttestationDigest(h.DataRoot, h.DataHash, h.DataLength, a.Expiry), a.Signature)
}

// Certificate is a header with attestations from distinct members, sorted by
// member index — the order the DACommittee contract requires so that it can
// reject duplicates in one pass. Each attestation carries its own expiry;
// the certificate is postable while its earliest one (Expiry) is at least
// the L1 time plus DACommittee.liabilityWindow.
type Certificate struct {
	DataRoot     common.Hash   `json:"dataRoot"`
	DataHash     common.Hash   `json:"dataHash"`
	DataLength   uint32        `json:"dataLength"`
	Attestations []Attestation `json:"attestations"`
}

// NewCertificate builds a certificate, sorting the attestations.
func NewCertificate(h *Header, atts []Attestation) *Certificate {
	c := &Certificate{DataRoot: h.DataRoot, DataHash: h.DataHash, DataLength: h.DataLength}
	c.Attestations = append([]Attestation(nil), atts...)
	sort.Slice(c.Attestations, func(i, j int) bool { return c.Attestations[i].Member < c.Attestations[j].Member })
	return c
}

// Expiry returns the earliest expiry of the attestations (0 for none): the
// certificate is good on chain while now + liabilityWindow ≤ Expiry.
func (c *Certificate) Expiry() uint64 {
	var e uint64
	for i, a := range c.Attestations {
		if i == 0 || a.Expiry < e {
			e = a.Expiry
		}
	}
	return e
}

// Verify checks that the certificate holds at least the committee threshold
// of valid attestations by distinct members, in strictly increasing member
// order, each signed by that member's address.
func (c *Certificate) Verify(d Domain, snap *CommitteeSnapshot) error {
	if err := snap.Validate(); err != nil {
		return err
	}
	h := &Header{DataRoot: c.DataRoot, DataHash: c.DataHash, DataLength: c.DataLength}
	for i := range c.Attestations {
		a := &c.Attestations[i]
		if i > 0 && a.Member <= c.Attestations[i-1].Member {
			return fmt.Errorf("%w: attestations not strictly sorted by member at %d", ErrInvalidCertificate, i)
		}
		m, ok := snap.Member(a.Member)
		if !ok {
			return fmt.Errorf("%w: unknown member %d", ErrInvalidCertificate, a.Member)
		}
		signer, err := a.Signer(d, h)
		if err != nil {
			return fmt.Errorf("%w: member %d: %v", ErrInvalidCertificate, a.Member, err)
		}
		if signer != m.Address {
			return fmt.Errorf("%w: member %d signed by %s, want %s", ErrInvalidCertificate, a.Member, signer.Hex(), m.Address.Hex())
		}
	}
	if len(c.Attestations) < snap.Threshold {
		return fmt.Errorf("%w: %d attestations, threshold %d", ErrInvalidCertificate, len(c.Attestations), snap.Threshold)
	}
	return nil
}
