package da

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Wire format of a chunk record (docs/PROTOCOL.md §6.5). The same bytes are
// the body of a store request (PUT), the value a shard keeps, and the body
// it serves (GET), so one decoder covers all three.
//
//	magic      "ESDA"   4 bytes
//	version    0x01     1 byte
//	dataRoot            32
//	dataHash            32
//	dataLength uint32   4
//	k          uint16   2
//	n          uint16   2
//	index      uint16   2
//	depth      uint8    1   = TreeDepth(n)
//	proof      depth × 32
//	chunk      the rest = ChunkSize(dataLength, k) bytes
//
// The magic makes the keccak of a body (what a sequencer signs) impossible
// to confuse with an Ethereum transaction signing hash: 'E' = 0x45 is neither
// a typed-transaction prefix nor an RLP list.
const (
	RecordVersion    = 1
	recordHeaderSize = 4 + 1 + 32 + 32 + 4 + 2 + 2 + 2 + 1
	// SignatureHeader carries the sender's signature over keccak256(body)
	// of a store request, as 0x-prefixed hex of r ‖ s ‖ v.
	SignatureHeader = "X-EtherScale-Signature"
)

var recordMagic = [4]byte{'E', 'S', 'D', 'A'}

// ChunkRecord is one member's chunk with its proof and the header needed to
// check it and to attest.
type ChunkRecord struct {
	Header
	Index uint32
	Proof []common.Hash
	Chunk []byte
}

// RecordSize returns the encoded size of a record with chunk size s in an
// n-chunk encoding.
func RecordSize(s, n int) int { return recordHeaderSize + 32*TreeDepth(n) + s }

// Record returns chunk i of the encoding as a record.
func (e *Encoding) Record(i int) (*ChunkRecord, error) {
	p, err := e.Proof(i)
	if err != nil {
		return nil, err
	}
	return &ChunkRecord{Header: e.Header, Index: uint32(i), Proof: p, Chunk: e.Chunks[i]}, nil
}

// Encode serialises the record. It fails on records Decode would reject.
func (r *ChunkRecord) Encode() ([]byte, error) {
	if err := r.checkShape(); err != nil {
		return nil, err
	}
	out := make([]byte, 0, RecordSize(len(r.Chunk), int(r.N)))
	out = append(out, recordMagic[:]...)
	out = append(out, RecordVersion)
	out = append(out, r.DataRoot[:]...)
	out = append(out, r.DataHash[:]...)
	out = binary.BigEndian.AppendUint32(out, r.DataLength)
	out = binary.BigEndian.AppendUint16(out, r.K)
	out = binary.BigEndian.AppendUint16(out, r.N)
	out = binary.BigEndian.AppendUint16(out, uint16(r.Index))
	out = append(out, byte(len(r.Proof)))
	for _, p := range r.Proof {
		out = append(out, p[:]...)
	}
	return append(out, r.Chunk...), nil
}

// checkShape checks everything about a record except its proof.
func (r *ChunkRecord) checkShape() error {
	if err := CheckParams(int(r.K), int(r.N), uint64(r.DataLength)); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if r.Index >= uint32(r.N) {
		return fmt.Errorf("%w: index %d of %d", ErrMalformed, r.Index, r.N)
	}
	if len(r.Proof) != TreeDepth(int(r.N)) {
		return fmt.Errorf("%w: proof depth %d, want %d", ErrMalformed, len(r.Proof), TreeDepth(int(r.N)))
	}
	if s := ChunkSize(r.DataLength, int(r.K)); len(r.Chunk) != s {
		return fmt.Errorf("%w: chunk has %d bytes, want %d", ErrMalformed, len(r.Chunk), s)
	}
	return nil
}

// DecodeChunkRecord parses a record. It checks the format, the parameters
// and the sizes, but not the proof (Verify). The result aliases b.
func DecodeChunkRecord(b []byte) (*ChunkRecord, error) {
	if len(b) < recordHeaderSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	if !bytes.Equal(b[:4], recordMagic[:]) {
		return nil, fmt.Errorf("%w: bad magic", ErrMalformed)
	}
	if b[4] != RecordVersion {
		return nil, fmt.Errorf("%w: version %d", ErrMalformed, b[4])
	}
	r := &ChunkRecord{}
	p := 5
	copy(r.DataRoot[:], b[p:p+32])
	p += 32
	copy(r.DataHash[:], b[p:p+32])
	p += 32
	r.DataLength = binary.BigEndian.Uint32(b[p:])
	r.K = binary.BigEndian.Uint16(b[p+4:])
	r.N = binary.BigEndian.Uint16(b[p+6:])
	r.Index = uint32(binary.BigEndian.Uint16(b[p+8:]))
	depth := int(b[p+10])
	p += 11
	if depth != TreeDepth(int(r.N)) || len(b)-p < 32*depth {
		return nil, fmt.Errorf("%w: proof depth %d for n=%d", ErrMalformed, depth, r.N)
	}
	r.Proof = make([]common.Hash, depth)
	for i := range r.Proof {
		copy(r.Proof[i][:], b[p:p+32])
		p += 32
	}
	r.Chunk = b[p:]
	if err := r.checkShape(); err != nil {
		return nil, err
	}
	return r, nil
}

// Verify checks the record's proof against its dataRoot.
func (r *ChunkRecord) Verify() error {
	return VerifyChunkProof(r.DataRoot, int(r.N), r.Index, r.Chunk, r.Proof)
}

// ChunkPath returns the URL path of a chunk: /v1/chunks/{dataRoot}/{index},
// dataRoot as 0x-prefixed lowercase hex, index in decimal.
func ChunkPath(dataRoot common.Hash, index uint32) string {
	return "/v1/chunks/" + dataRoot.Hex() + "/" + strconv.FormatUint(uint64(index), 10)
}

// ParseChunkPath parses the {dataRoot}/{index} part of a chunk path. It is
// strict (0x prefix, 64 hex digits, canonical decimal index < MaxChunks) so
// that one chunk has one URL.
func ParseChunkPath(root, index string) (common.Hash, uint32, error) {
	if len(root) != 66 || !strings.HasPrefix(root, "0x") {
		return common.Hash{}, 0, fmt.Errorf("%w: bad dataRoot %q", ErrMalformed, root)
	}
	rb, err := hexutil.Decode(root)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("%w: bad dataRoot: %v", ErrMalformed, err)
	}
	i, err := strconv.ParseUint(index, 10, 16)
	if err != nil || i >= MaxChunks || strconv.FormatUint(i, 10) != index {
		return common.Hash{}, 0, fmt.Errorf("%w: bad index %q", ErrMalformed, index)
	}
	return common.BytesToHash(rb), uint32(i), nil
}
