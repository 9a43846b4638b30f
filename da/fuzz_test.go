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

// FuzzDecodeChunks: reconstruction from arbitrary shard sets never panics,
// and decoding into a dirty buffer of any capacity gives the same bytes and
// errors as a fresh decode.
func FuzzDecodeChunks(f *testing.F) {
	f.Add(uint8(3), uint8(6), uint32(100), uint8(0b111000), []byte{1, 2, 3})
	f.Add(uint8(4), uint8(7), uint32(10_000), uint8(0b1010011), []byte{9})
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
		want, wantErr := DecodeChunks(shards, int(k), length)
		var prefix []byte
		if len(seed) > 0 {
			prefix = seed[:int(seed[0])%len(seed)]
		}
		// Spare capacity from none to past the padding, filled with junk.
		spare := int(length) + int(present)*(s+1)%(2*s+1) - s
		dst := bytes.Repeat([]byte{0xee}, len(prefix)+max(spare, 0))
		dst = append(dst[:0], prefix...)
		got, err := DecodeChunksInto(dst, shards, int(k), length)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("errors differ: %v, fresh %v", err, wantErr)
		}
		if err != nil {
			if len(got) != len(dst) || !bytes.Equal(got, prefix) {
				t.Fatal("error result is not dst")
			}
			return
		}
		if !bytes.Equal(got[:len(prefix)], prefix) || !bytes.Equal(got[len(prefix):], want) {
			t.Fatal("DecodeChunksInto differs from DecodeChunks")
		}
	})
}
