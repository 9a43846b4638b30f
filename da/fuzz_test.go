package da

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzChunkRecord: decoding never panics, and anything that decodes
// re-encodes to the same bytes (one encoding per record).
func FuzzChunkRecord(f *testing.F) {
	enc, _ := Encode(testData(1000, 1), 3, 6)
	for i := 0; i < 6; i++ {
		r, _ := enc.Record(i)
		b, _ := r.Encode()
		f.Add(b)
	}
	f.Add([]byte("ESDA\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeChunkRecord(b)
		if err != nil {
			return
		}
		out, err := r.Encode()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("re-encode mismatch: %v", err)
		}
		_ = r.Verify()
	})
}

// FuzzChunkProof: verification never panics on arbitrary proofs.
func FuzzChunkProof(f *testing.F) {
	f.Add([]byte{1, 2, 3}, uint16(6), uint32(0), []byte{})
	f.Add(make([]byte, 64), uint16(2), uint32(1), make([]byte, 32))
	f.Fuzz(func(t *testing.T, chunk []byte, n uint16, index uint32, proofBytes []byte) {
		var proof []common.Hash
		for len(proofBytes) >= 32 {
			proof = append(proof, common.BytesToHash(proofBytes[:32]))
			proofBytes = proofBytes[32:]
		}
		_ = VerifyChunkProof(common.Hash{}, int(n), index, chunk, proof)
	})
}

// FuzzChunkPath: the strict path parser never panics and is canonical.
func FuzzChunkPath(f *testing.F) {
	f.Add(common.Hash{1}.Hex(), "3")
	f.Add("0x", "-1")
	f.Add(common.Hash{}.Hex(), "0255")
	f.Fuzz(func(t *testing.T, root, index string) {
		r, i, err := ParseChunkPath(root, index)
		if err != nil {
			return
		}
		if ChunkPath(r, i) != "/v1/chunks/"+r.Hex()+"/"+index {
			t.Fatalf("non-canonical path accepted: %q %q", root, index)
		}
	})
}

// FuzzDecodeChunks: reconstruction from arbitrary shard sets never panics.
func FuzzDecodeChunks(f *testing.F) {
	f.Add(uint8(3), uint8(6), uint32(100), uint8(0b111000), []byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, k, n uint8, length uint32, present uint8, seed []byte) {
		if n == 0 || n > 16 || length > 1<<16 {
			return
		}
		s := ChunkSize(length, int(k))
		shards := make([][]byte, n)
		for i := range shards {
			if present&(1<<(i%8)) != 0 {
				shards[i] = bytes.Repeat(append([]byte{byte(i)}, seed...), s+1)[:s]
			}
		}
		_, _ = DecodeChunks(shards, int(k), length)
	})
}
