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
			"Attestation":  {{Name: "dataRoot", Type: "bytes32"}, {Name: "dataHash", Type: "bytes32"}, {Name: "dataLength", Type: "uint32"}},
		},
		PrimaryType: "Attestation",
		Domain: apitypes.TypedDataDomain{
			Name: DomainName, Version: DomainVersion, ChainId: math.NewHexOrDecimal256(int64(testDomain.ChainID)),
			VerifyingContract: testDomain.VerifyingContract.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"dataRoot": enc.DataRoot.Hex(), "dataHash": enc.DataHash.Hex(), "dataLength": math.NewHexOrDecimal256(int64(enc.DataLength)),
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := testDomain.AttestationDigest(enc.DataRoot, enc.DataHash, enc.DataLength); !bytes.Equal(got[:], want) {
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
		a, _ := SignAttestation(testKey(i), testDomain, uint32(i), &enc.Header)
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
	} {
		if err := c.Verify(testDomain, snap); !errors.Is(err, ErrInvalidCertificate) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
