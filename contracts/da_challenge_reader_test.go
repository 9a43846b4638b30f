package contracts

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts/bindings"
)

// word is x as one 32-byte ABI word.
func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

// resolveInputCases are inputs a resolve transaction might carry: what the
// reader must return for each, whatever an attacker put there.
func resolveInputCases() (data []byte, cases []struct {
	name  string
	input []byte
	ok    bool
}) {
	data = []byte("batch data, not a multiple of 32 bytes")
	sel := bindings.NewDAChallenge().PackResolve(1, nil)[:4]
	one, n := big.NewInt(1), word(big.NewInt(7))
	ln := word(big.NewInt(int64(len(data))))
	canonical := bindings.NewDAChallenge().PackResolve(7, data)
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	huge := new(big.Int).Lsh(one, 255)
	type tc = struct {
		name  string
		input []byte
		ok    bool
	}
	cases = []tc{
		{"canonical", canonical, true},
		// Encodings solc's decoder accepts too: the reader must not be
		// stricter than the contract, or an accepted answer would be unreadable.
		{"unpadded tail", cat(sel, n, word(big.NewInt(64)), ln, data), true},
		{"gap before the data", cat(sel, n, word(big.NewInt(96)), make([]byte, 32), ln, data), true},
		{"trailing garbage", cat(canonical, []byte{1, 2, 3}), true},
		{"empty", nil, false},
		{"short selector", sel[:3], false},
		{"selector only", sel, false},
		{"other selector", cat([]byte{0xde, 0xad, 0xbe, 0xef}, canonical[4:]), false},
		{"forwarder input", cat(common.Address{1}.Bytes(), canonical), false},
		{"truncated head", cat(sel, n, word(big.NewInt(64))[:31]), false},
		{"offset past the end", cat(sel, n, word(big.NewInt(1<<20)), ln, data), false},
		{"offset 2^255", cat(sel, n, word(huge), ln, data), false},
		{"length past the end", cat(sel, n, word(big.NewInt(64)), word(big.NewInt(int64(len(data)+1))), data), false},
		{"length 2^255", cat(sel, n, word(big.NewInt(64)), word(huge), data), false},
		{"dirty uint64", cat(sel, word(new(big.Int).Lsh(one, 64)), canonical[36:]), false},
		{"wrong data", bindings.NewDAChallenge().PackResolve(7, append([]byte{}, data[1:]...)), false},
	}
	return data, cases
}

// TestResolveInputData: the reader of revealed DA data returns the data of
// a resolve call matching the event's hash, accepts the non-canonical
// encodings the contract accepts, and refuses everything else without
// panicking (ResolvedData then goes on and at worst reports
// ErrNoResolution: unavailable data, retried at the next sync).
func TestResolveInputData(t *testing.T) {
	m := bindings.NewDAChallenge().GetABI().Methods["resolve"]
	data, cases := resolveInputCases()
	h := crypto.Keccak256Hash(data)
	for _, c := range cases {
		got, ok := resolveInputData(m, c.input, h)
		if ok != c.ok || (ok && !bytes.Equal(got, data)) {
			t.Errorf("%s: ok %v data %q, want ok %v", c.name, ok, got, c.ok)
		}
	}
}

// FuzzResolveInputData: no input makes the reader panic, and what it
// returns always hashes to the expected hash.
func FuzzResolveInputData(f *testing.F) {
	m := bindings.NewDAChallenge().GetABI().Methods["resolve"]
	data, cases := resolveInputCases()
	for _, c := range cases {
		f.Add(c.input)
	}
	h := crypto.Keccak256Hash(data)
	f.Fuzz(func(t *testing.T, input []byte) {
		if got, ok := resolveInputData(m, input, h); ok && crypto.Keccak256Hash(got) != h {
			t.Fatalf("returned data with hash %x", crypto.Keccak256Hash(got))
		}
	})
}
