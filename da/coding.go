package da

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/klauspost/reedsolomon"
)

// Coding limits.
const (
	// MaxChunks bounds n: GF(2^8) Reed–Solomon codes have at most 256 shards,
	// and the on-wire index is a uint16.
	MaxChunks = 256
	// MaxDataLength bounds the batch data a commitment may cover. It equals
	// replay.MaxBatchDataSize (32 MiB), so every batch replay accepts can be
	// dispersed; dataLength is a uint32 on L1 in any case.
	MaxDataLength = 32 << 20
	// ChunkAlign is the granularity of the chunk size S. A multiple of 64
	// keeps the SIMD paths of the Reed–Solomon library on full vectors.
	ChunkAlign = 64
)

// ChunkSize returns S for dataLength bytes split into k data chunks:
// ⌈dataLength / k⌉ rounded up to a multiple of ChunkAlign, and at least
// ChunkAlign so that empty data still has a (zero) codeword.
func ChunkSize(dataLength uint32, k int) int {
	if k <= 0 {
		return 0
	}
	s := (int(dataLength) + k - 1) / k
	s = (s + ChunkAlign - 1) / ChunkAlign * ChunkAlign
	if s == 0 {
		s = ChunkAlign
	}
	return s
}

// CheckParams validates (k, n) and dataLength.
func CheckParams(k, n int, dataLength uint64) error {
	if k < 1 || k > n || n > MaxChunks {
		return fmt.Errorf("%w: need 1 ≤ k ≤ n ≤ %d, have k=%d n=%d", ErrParams, MaxChunks, k, n)
	}
	if dataLength > MaxDataLength {
		return fmt.Errorf("%w: data length %d exceeds %d", ErrParams, dataLength, MaxDataLength)
	}
	return nil
}

// encoders caches one Reed–Solomon encoder per (k, n): building one inverts
// a matrix, and the library documents encoders as safe for concurrent use.
var encoders sync.Map // [2]int → reedsolomon.Encoder

func encoder(k, n int) (reedsolomon.Encoder, error) {
	key := [2]int{k, n}
	if e, ok := encoders.Load(key); ok {
		return e.(reedsolomon.Encoder), nil
	}
	e, err := reedsolomon.New(k, n-k)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParams, err)
	}
	actual, _ := encoders.LoadOrStore(key, e)
	return actual.(reedsolomon.Encoder), nil
}

// Header is what a DA commitment binds: the Merkle root of the chunks, the
// hash and length of the batch data, and the code parameters needed to read
// it back. DataRoot, DataHash and DataLength are what members attest to and
// what the batch header carries; K and N come from the rollup config.
type Header struct {
	DataRoot   common.Hash
	DataHash   common.Hash
	DataLength uint32
	K, N       uint16
}

// Encoding is batch data erasure-coded into N chunks with their Merkle tree.
type Encoding struct {
	Header
	Chunks [][]byte // N chunks of ChunkSize(DataLength, K) bytes; the first K are the padded data
	tree   *ChunkTree
}

// Proof returns the Merkle proof of chunk i.
func (e *Encoding) Proof(i int) ([]common.Hash, error) { return e.tree.Proof(i) }

// EncodeChunks pads data to k × S bytes and Reed–Solomon codes it into n
// chunks of S bytes. The data chunks that data fills completely share its
// memory (no copy, as the library's own Split does): the caller must not
// modify data while the chunks are in use. The partial last data chunk, the
// zero padding and the parity chunks share one fresh buffer.
func EncodeChunks(data []byte, k, n int) ([][]byte, error) {
	if err := CheckParams(k, n, uint64(len(data))); err != nil {
		return nil, err
	}
	enc, err := encoder(k, n)
	if err != nil {
		return nil, err
	}
	s := ChunkSize(uint32(len(data)), k)
	full := len(data) / s
	rest := make([]byte, (n-full)*s)
	copy(rest, data[full*s:])
	chunks := make([][]byte, n)
	for i := range chunks {
		if i < full {
			chunks[i] = data[i*s : (i+1)*s : (i+1)*s]
		} else {
			j := i - full
			chunks[i] = rest[j*s : (j+1)*s : (j+1)*s]
		}
	}
	if err := enc.Encode(chunks); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParams, err)
	}
	return chunks, nil
}

// Encode erasure-codes data and commits to it: chunks, dataRoot, dataHash.
// Like EncodeChunks, the encoding shares data's memory.
func Encode(data []byte, k, n int) (*Encoding, error) {
	chunks, err := EncodeChunks(data, k, n)
	if err != nil {
		return nil, err
	}
	return NewEncoding(data, k, chunks)
}

// NewEncoding commits to chunks given by the caller, which need not be a
// codeword of data; honest code uses Encode. It exists so tests (and
// fault-injection tools) can build the inconsistent encodings a malicious
// disperser could produce, each chunk still carrying a valid proof.
func NewEncoding(data []byte, k int, chunks [][]byte) (*Encoding, error) {
	n := len(chunks)
	if err := CheckParams(k, n, uint64(len(data))); err != nil {
		return nil, err
	}
	s := ChunkSize(uint32(len(data)), k)
	for i, c := range chunks {
		if len(c) != s {
			return nil, fmt.Errorf("%w: chunk %d has %d bytes, want %d", ErrParams, i, len(c), s)
		}
	}
	var dataHash common.Hash
	var tree *ChunkTree
	var wg sync.WaitGroup
	wg.Add(1)
	// Hashing the data and the chunks are independent full passes; the
	// chunk tree is the larger one (n/k times the data) and parallelises
	// itself, the data hash runs alongside it.
	go func() { defer wg.Done(); dataHash = crypto.Keccak256Hash(data) }()
	tree = NewChunkTree(chunks)
	wg.Wait()
	return &Encoding{
		Header: Header{
			DataRoot:   tree.Root(),
			DataHash:   dataHash,
			DataLength: uint32(len(data)),
			K:          uint16(k),
			N:          uint16(n),
		},
		Chunks: chunks,
		tree:   tree,
	}, nil
}

// DecodeChunks reconstructs the batch data from chunks indexed by position
// (nil = missing; at least k present, all of the same size S matching
// dataLength). It does not check dataHash; Retriever does. The chunks slice
// is not modified. The result is a fresh buffer of exactly dataLength bytes;
// callers decoding repeatedly can reuse one with DecodeChunksInto.
func DecodeChunks(chunks [][]byte, k int, dataLength uint32) ([]byte, error) {
	out, err := DecodeChunksInto(nil, chunks, k, dataLength)
	if err != nil {
		return nil, err
	}
	// The capacity past dataLength holds the decoded padding, which is
	// not part of the data.
	return out[:len(out):len(out)], nil
}

// DecodeChunksInto is DecodeChunks appending the data to dst, like the
// append built-in: it returns dst[:len(dst)+dataLength], reusing dst's
// backing array when its spare capacity holds dataLength bytes, and
// otherwise a new array holding a copy of dst. To reuse one buffer across
// calls, pass buf[:0] and keep the result: an array this allocates has room
// for the padding too (k × ChunkSize), so the next call decodes every
// missing chunk straight into it. dst's spare capacity must not overlap the
// chunks. On error it returns dst, whose bytes past len(dst) may have been
// overwritten.
func DecodeChunksInto(dst []byte, chunks [][]byte, k int, dataLength uint32) ([]byte, error) {
	n := len(chunks)
	if err := CheckParams(k, n, uint64(dataLength)); err != nil {
		return dst, err
	}
	s := ChunkSize(dataLength, k)
	shards := make([][]byte, n)
	have := 0
	for i, c := range chunks {
		if c == nil {
			continue
		}
		if len(c) != s {
			return dst, fmt.Errorf("%w: chunk %d has %d bytes, want %d", ErrMalformed, i, len(c), s)
		}
		shards[i] = c
		have++
	}
	if have < k {
		return dst, fmt.Errorf("%w: have %d of %d", ErrNotEnoughChunks, have, k)
	}
	// Only data shards are needed; give the library exactly k shards so it
	// does not reconstruct parity or touch more input than necessary.
	for i := n - 1; i >= 0 && have > k; i-- {
		if shards[i] != nil {
			shards[i] = nil
			have--
		}
	}
	enc, err := encoder(k, n)
	if err != nil {
		return dst, err
	}
	base, length := len(dst), int(dataLength)
	out := dst
	if cap(dst)-base < length {
		// Room for the padding too, so that the last data chunk decodes in
		// place now and whenever the caller reuses the buffer. make zeroes
		// it, which the library's overwrite does not need, but Go has no
		// non-zeroing allocation.
		out = make([]byte, base, base+k*s)
		copy(out, dst)
	}
	// Missing data chunks are decoded straight into the output: the
	// library fills a zero-length shard that has the capacity, overwriting
	// rather than XORing (so a reused buffer needs no clearing), and
	// allocates only for a chunk that does not fit. Only present data
	// chunks and such overflow are copied.
	region := out[base:cap(out)]
	for i := 0; i < k; i++ {
		if shards[i] == nil && (i+1)*s <= len(region) {
			shards[i] = region[i*s : i*s : (i+1)*s]
		}
	}
	if err := enc.ReconstructData(shards); err != nil {
		return dst, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	for i := 0; i < k && i*s < length; i++ {
		if len(shards[i]) != s {
			return dst, fmt.Errorf("%w: chunk %d not reconstructed", ErrMalformed, i)
		}
		if &shards[i][0] != &region[i*s] {
			copy(region[i*s:min((i+1)*s, length)], shards[i])
		}
	}
	return out[:base+length], nil
}

// parallelism used for hashing chunk leaves.
func hashWorkers(n int) int {
	w := runtime.GOMAXPROCS(0)
	if w > n {
		w = n
	}
	if w < 1 {
		w = 1
	}
	return w
}
