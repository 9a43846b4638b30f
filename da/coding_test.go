package da

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"math/big"
)

func TestChunkSize(t *testing.T) {
	for _, tc := range []struct {
		length uint32
		k, s   int
	}{
		{0, 3, 64}, {1, 3, 64}, {192, 3, 64}, {193, 3, 128}, {1 << 20, 3, 349568}, {1 << 20, 16, 65536}, {100, 1, 128},
	} {
		if got := ChunkSize(tc.length, tc.k); got != tc.s {
			t.Errorf("ChunkSize(%d, %d) = %d, want %d", tc.length, tc.k, got, tc.s)
		}
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	for _, tc := range []struct{ size, k, n int }{
		{0, 3, 6}, {1, 3, 6}, {1000, 3, 6}, {4096, 8, 12}, {100_000, 16, 32}, {77, 1, 1}, {5000, 4, 4}, {3000, 5, 7},
	} {
		data := testData(tc.size, int64(tc.size))
		enc, err := Encode(data, tc.k, tc.n)
		if err != nil {
			t.Fatalf("%+v: %v", tc, err)
		}
		if enc.DataHash != crypto.Keccak256Hash(data) || int(enc.DataLength) != tc.size {
			t.Fatalf("%+v: header mismatch", tc)
		}
		// Every proof verifies, and only at its own index.
		for i := 0; i < tc.n; i++ {
			p, _ := enc.Proof(i)
			if err := VerifyChunkProof(enc.DataRoot, tc.n, uint32(i), enc.Chunks[i], p); err != nil {
				t.Fatalf("%+v: proof %d: %v", tc, i, err)
			}
			if tc.n > 1 {
				j := (i + 1) % tc.n
				if err := VerifyChunkProof(enc.DataRoot, tc.n, uint32(j), enc.Chunks[i], p); !errors.Is(err, ErrInvalidProof) {
					t.Fatalf("%+v: proof %d accepted at %d", tc, i, j)
				}
			}
		}
		// Decode from the last k chunks (the parity-heaviest subset).
		shards := make([][]byte, tc.n)
		for i := tc.n - tc.k; i < tc.n; i++ {
			shards[i] = enc.Chunks[i]
		}
		got, err := DecodeChunks(shards, tc.k, enc.DataLength)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%+v: decode: %v", tc, err)
		}
		if tc.k > 1 {
			shards[tc.n-1] = nil
			if _, err := DecodeChunks(shards, tc.k, enc.DataLength); !errors.Is(err, ErrNotEnoughChunks) {
				t.Fatalf("%+v: decode with k-1 chunks: %v", tc, err)
			}
		}
	}
}

func TestEncodeRejectsBadParams(t *testing.T) {
	for _, tc := range []struct{ k, n, size int }{{0, 3, 1}, {4, 3, 1}, {1, 257, 1}, {3, 6, MaxDataLength + 1}} {
		if _, err := Encode(make([]byte, tc.size), tc.k, tc.n); !errors.Is(err, ErrParams) {
			t.Errorf("%+v: err = %v", tc, err)
		}
	}
}

func TestChunkTreeMatchesTxRootConventions(t *testing.T) {
	// n = 3: leaves l0 l1 l2 0, root = H(H(l0‖l1) ‖ H(l2‖0)).
	chunks := [][]byte{{1}, {2}, {3}}
	l := func(i int) []byte { h := ChunkLeaf(uint32(i), chunks[i]); return h[:] }
	zero := make([]byte, 32)
	want := crypto.Keccak256Hash(crypto.Keccak256(l(0), l(1)), crypto.Keccak256(l(2), zero))
	if got := NewChunkTree(chunks).Root(); got != want {
		t.Fatalf("root %s, want %s", got.Hex(), want.Hex())
	}
	if got := NewChunkTree(chunks[:1]).Root(); got != ChunkLeaf(0, chunks[0]) {
		t.Fatal("single-chunk root is not its leaf")
	}
}

// TestAttestationDigestMatchesGeth cross-checks the hand-written EIP-712
// encoding against go-ethereum's generic implementation.
func TestAttestationDigestMatchesGeth(t *testing.T) {
	enc, _ := Encode(testData(1000, 1), 3, 6)
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Attestation":  {{Name: "dataRoot", Type: "bytes32"}, {Name: "dataHash", Type: "bytes32"}, {Name: "dataLength", Type: "uint32"}, {Name: "expiry", Type: "uint64"}},
		},
		PrimaryType: "Attestation",
		Domain: apitypes.TypedDataDomain{
			Name: DomainName, Version: DomainVersion, ChainId: math.NewHexOrDecimal256(int64(testDomain.ChainID)),
			VerifyingContract: testDomain.VerifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"dataRoot": enc.DataRoot.Hex(), "dataHash": enc.DataHash.Hex(), "dataLength": math.NewHexOrDecimal256(int64(enc.DataLength)),
			"expiry": math.NewHexOrDecimal256(0x01_02030405),
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := testDomain.AttestationDigest(enc.DataRoot, enc.DataHash, enc.DataLength, 0x01_02030405); !bytes.Equal(got[:], want) {
		t.Fatalf("digest %x, geth %x", got, want)
	}
}

func TestSignatureRules(t *testing.T) {
	key := testKey(0)
	digest := crypto.Keccak256Hash([]byte("x"))
	sig, _ := SignHash(key, digest)
	if a, err := RecoverHash(digest, sig); err != nil || a != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recover: %v", err)
	}
	// High-s twin: s' = n − s, v flipped. Valid for ecrecover, rejected here.
	high := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(high[32:64])
	s.Sub(secp256k1N, s)
	s.FillBytes(high[32:64])
	high[64] ^= 1
	for name, bad := range map[string][]byte{
		"high s": high, "v=0": append(append([]byte(nil), sig[:64]...), 0), "short": sig[:64], "zero": make([]byte, 65),
	} {
		if _, err := RecoverHash(digest, bad); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func TestCertificateVerify(t *testing.T) {
	enc, _ := Encode(testData(500, 2), 3, 6)
	snap := &CommitteeSnapshot{Threshold: 4}
	var atts []Attestation
	for i := 0; i < 6; i++ {
		snap.Members = append(snap.Members, Member{Index: uint32(i), Address: crypto.PubkeyToAddress(testKey(i).PublicKey)})
		a, _ := SignAttestation(testKey(i), testDomain, uint32(i), &enc.Header, 2_000_000_000+uint64(i))
		atts = append(atts, *a)
	}
	good := NewCertificate(&enc.Header, []Attestation{atts[5], atts[0], atts[3], atts[2]})
	if err := good.Verify(testDomain, snap); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*Certificate{
		"below threshold": NewCertificate(&enc.Header, atts[:3]),
		"duplicate":       {DataRoot: enc.DataRoot, DataHash: enc.DataHash, DataLength: enc.DataLength, Attestations: []Attestation{atts[0], atts[0], atts[1], atts[2]}},
		"wrong signer":    NewCertificate(&enc.Header, []Attestation{atts[0], atts[1], atts[2], {Member: 3, Signature: atts[4].Signature}}),
		"other domain":    func() *Certificate { c := *good; c.DataLength++; return &c }(),
		"stretched expiry": func() *Certificate {
			c := NewCertificate(&enc.Header, []Attestation{atts[5], atts[0], atts[3], atts[2]})
			c.Attestations[1].Expiry++
			return c
		}(),
	} {
		if err := c.Verify(testDomain, snap); !errors.Is(err, ErrInvalidCertificate) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// TestDecodeChunksInto: the result is dst's content followed by the data,
// in dst's backing array exactly when its spare capacity holds the data,
// whatever the spare capacity already contains and whichever chunks are
// missing (decoded in place, or by the library when the chunk's padding
// does not fit).
func TestDecodeChunksInto(t *testing.T) {
	const k, n = 4, 7
	data := testData(10_000, 7) // S = 2560: the last data chunk is mostly padding
	enc, err := Encode(data, k, n)
	if err != nil {
		t.Fatal(err)
	}
	s := ChunkSize(enc.DataLength, k)
	subsets := map[string][]int{
		"data only":   {0, 1, 2, 3},
		"last k":      {3, 4, 5, 6},
		"last absent": {0, 1, 4, 6},
	}
	garbage := func(length, capacity int) []byte {
		b := bytes.Repeat([]byte{0xa5}, capacity)
		for i := 0; i < length; i++ {
			b[i] = byte(i)
		}
		return b[:length]
	}
	for _, tc := range []struct {
		name  string
		dst   []byte
		reuse bool // result shares dst's backing array
	}{
		{"nil", nil, false},
		{"empty, small", make([]byte, 0, 100), false},
		{"content, small", garbage(5, 200), false},
		{"content, room for data but not content", garbage(5, len(data)+4), false},
		{"empty, room for data not padding", garbage(0, len(data)), true},
		{"content, room for data not padding", garbage(3, 3+len(data)+1), true},
		{"empty, room for padding", garbage(0, k*s), true},
		{"content, large", garbage(33, 33+k*s+1000), true},
	} {
		for sub, idx := range subsets {
			t.Run(tc.name+"/"+sub, func(t *testing.T) {
				chunks := make([][]byte, n)
				for _, i := range idx {
					chunks[i] = enc.Chunks[i]
				}
				prefix := append([]byte(nil), tc.dst...)
				got, err := DecodeChunksInto(tc.dst, chunks, k, enc.DataLength)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(prefix)+len(data) || !bytes.Equal(got[:len(prefix)], prefix) || !bytes.Equal(got[len(prefix):], data) {
					t.Fatal("result is not dst followed by the data")
				}
				if !bytes.Equal(tc.dst, prefix) {
					t.Fatal("dst's content modified")
				}
				if shared := cap(tc.dst) > 0 && &got[:1][0] == &tc.dst[:1][0]; shared != tc.reuse {
					t.Fatalf("shares dst's array: %v, want %v", shared, tc.reuse)
				}
				if !tc.reuse && cap(got) < len(prefix)+k*s {
					t.Fatalf("new buffer has capacity %d, too small to decode in place next time", cap(got))
				}
			})
		}
	}

	// Reuse across calls, as the retriever and the benchmark do.
	var buf []byte
	for i, sub := range []string{"last k", "data only", "last absent", "last k"} {
		chunks := make([][]byte, n)
		for _, j := range subsets[sub] {
			chunks[j] = enc.Chunks[j]
		}
		prev := buf[:cap(buf)]
		if buf, err = DecodeChunksInto(buf[:0], chunks, k, enc.DataLength); err != nil || !bytes.Equal(buf, data) {
			t.Fatalf("call %d: %v", i, err)
		}
		if i > 0 && &buf[0] != &prev[0] {
			t.Fatalf("call %d reallocated", i)
		}
	}

	// DecodeChunks hides the padding behind the data.
	if got, _ := DecodeChunks(enc.Chunks, k, enc.DataLength); cap(got) != len(data) {
		t.Fatalf("DecodeChunks capacity %d, want %d", cap(got), len(data))
	}
}

// TestDecodeChunksIntoErrors: every rejected input leaves dst as it was.
func TestDecodeChunksIntoErrors(t *testing.T) {
	const k, n = 3, 6
	enc, _ := Encode(testData(1000, 3), k, n)
	s := len(enc.Chunks[0])
	subset := func(idx ...int) [][]byte {
		c := make([][]byte, n)
		for _, i := range idx {
			c[i] = enc.Chunks[i]
		}
		return c
	}
	short := subset(0, 1, 2)
	short[1] = short[1][:s-1]
	long := subset(3, 4, 5)
	long[4] = append(append([]byte(nil), long[4]...), 0)
	for _, tc := range []struct {
		name   string
		chunks [][]byte
		k      int
		length uint32
		want   error
	}{
		{"k = 0", subset(0, 1, 2), 0, enc.DataLength, ErrParams},
		{"k < 0", subset(0, 1, 2), -1, enc.DataLength, ErrParams},
		{"k > n", subset(0, 1, 2), n + 1, enc.DataLength, ErrParams},
		{"no chunks", nil, k, enc.DataLength, ErrParams},
		{"n > MaxChunks", make([][]byte, MaxChunks+1), k, enc.DataLength, ErrParams},
		{"data too long", subset(0, 1, 2), k, MaxDataLength + 1, ErrParams},
		{"short chunk", short, k, enc.DataLength, ErrMalformed},
		{"long chunk", long, k, enc.DataLength, ErrMalformed},
		{"length of another chunk size", subset(0, 1, 2), k, enc.DataLength * 4, ErrMalformed},
		{"k−1 chunks", subset(1, 5), k, enc.DataLength, ErrNotEnoughChunks},
		{"none", subset(), k, enc.DataLength, ErrNotEnoughChunks},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, dst := range [][]byte{nil, make([]byte, 2, 4*s), make([]byte, 1)} {
				got, err := DecodeChunksInto(dst, tc.chunks, tc.k, tc.length)
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
				if len(got) != len(dst) || cap(got) != cap(dst) || len(dst) > 0 && &got[0] != &dst[0] {
					t.Fatal("error result is not dst")
				}
			}
			if _, err := DecodeChunks(tc.chunks, tc.k, tc.length); !errors.Is(err, tc.want) {
				t.Fatalf("DecodeChunks: err = %v, want %v", err, tc.want)
			}
		})
	}
}
