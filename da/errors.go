package da

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Errors returned by this package. They are wrapped with details; test with
// errors.Is.
var (
	// ErrParams means (k, n) or the data length are outside what the
	// encoding supports: 1 ≤ k ≤ n ≤ MaxChunks, dataLength ≤ MaxDataLength.
	ErrParams = errors.New("da: invalid coding parameters")
	// ErrInvalidProof means a chunk's Merkle proof does not lead to dataRoot.
	ErrInvalidProof = errors.New("da: invalid chunk proof")
	// ErrMalformed means a chunk record or store request does not decode.
	ErrMalformed = errors.New("da: malformed chunk record")
	// ErrBadSignature means a signature is not 65 bytes r‖s‖v with v ∈ {27, 28}
	// and low s, or does not recover.
	ErrBadSignature = errors.New("da: invalid signature")
	// ErrNotEnoughChunks means fewer than k verified chunks were available.
	ErrNotEnoughChunks = errors.New("da: not enough valid chunks")
	// ErrInvalidEncoding means the chunks committed to by dataRoot, each with
	// a valid proof, do not decode to data matching dataHash (or the
	// attempted subsets disagree): the disperser did not produce one
	// codeword of the committed data. This is the evidence a batch DA
	// challenge relies on; it is never caused by a faulty member alone.
	ErrInvalidEncoding = errors.New("da: chunks do not decode to data matching dataHash")
	// ErrThresholdNotReached means dispersal collected fewer attestations
	// than the committee threshold; the error wraps each member's failure.
	ErrThresholdNotReached = errors.New("da: attestation threshold not reached")
	// ErrInvalidCertificate means a certificate does not hold threshold
	// valid, distinct member attestations over its header.
	ErrInvalidCertificate = errors.New("da: invalid certificate")
	// ErrInvalidConfig is wrapped by every Validate failure.
	ErrInvalidConfig = errors.New("da: invalid config")
	// ErrCommittee means the committee snapshot is unusable (duplicate
	// indices, size not n, threshold out of range).
	ErrCommittee = errors.New("da: invalid committee")
	// ErrNotFound means a shard does not hold the requested chunk.
	ErrNotFound = errors.New("da: chunk not found")
	// ErrConflict means a shard already holds a chunk under the same
	// dataRoot and index with different header fields; the first store wins.
	ErrConflict = errors.New("da: conflicting chunk header")
	// ErrUnauthorized means the store request was not signed by a key the
	// shard's Authorizer accepts.
	ErrUnauthorized = errors.New("da: unauthorized sender")
	// ErrBadAttestation means a member's response did not carry a valid
	// attestation by that member over the dispersed header.
	ErrBadAttestation = errors.New("da: bad attestation")
	// ErrServer means a shard answered with an unexpected HTTP status.
	ErrServer = errors.New("da: shard error")
	// ErrVacantMember means a committee index has no member to ask (no
	// address or no endpoint): it was slashed, exited or never registered.
	// It serves no chunk, for certain, so it is not retried.
	ErrVacantMember = errors.New("slashed or unregistered (no shard to ask)")
)

// MemberError attributes a failure to one committee member. Dispersal and
// retrieval errors (and Result.Faulty) are lists of these, so operators and
// watchers can name the members that failed or served bad chunks.
type MemberError struct {
	Index    uint32
	Address  common.Address
	Endpoint string
	Err      error
}

func (e *MemberError) Error() string {
	if errors.Is(e.Err, ErrVacantMember) {
		// No address or URL worth printing: the zero address and an
		// empty endpoint only confuse an operator.
		return fmt.Sprintf("member %d: %v", e.Index, e.Err)
	}
	return fmt.Sprintf("member %d (%s, %s): %v", e.Index, e.Address.Hex(), e.Endpoint, e.Err)
}

func (e *MemberError) Unwrap() error { return e.Err }
