package devnode

import (
	"crypto/ecdsa"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/crypto"
)

// gethDevKeyHex is the private key geth --dev imports when its keystore is
// empty (cmd/utils.DeveloperKey). It is public knowledge and must never hold
// value on a real network.
const gethDevKeyHex = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// devKeyDomain separates derived dev keys from any other keccak-derived
// secret so that the derivation cannot collide with unrelated schemes.
const devKeyDomain = "etherscale-dev-key"

// DevKey returns the i-th deterministic developer key.
//
// DevKey(0) is the well-known geth developer key
// (0x71562b71999873DB5b286dF957af199Ec94617F7), which is the account a real
// `geth --dev` pre-funds, so code written against the embedded node also works
// against the binary. For i > 0 the key is
//
//	keccak256("etherscale-dev-key" || uint64_be(i))
//
// and, in the astronomically unlikely case that this is not a valid secp256k1
// scalar, keccak256 of the previous candidate until one is. The keys are
// therefore stable across runs, machines and releases; they are public and
// must only ever be used on throwaway chains.
//
// DevKey returns nil for negative i. Each call returns a fresh copy that the
// caller may keep.
func DevKey(i int) *ecdsa.PrivateKey {
	if i < 0 {
		return nil
	}
	if i == 0 {
		key, err := crypto.HexToECDSA(gethDevKeyHex)
		if err != nil {
			return nil // unreachable: the constant is a valid key
		}
		return key
	}
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], uint64(i))
	seed := crypto.Keccak256([]byte(devKeyDomain), idx[:])
	for {
		if key, err := crypto.ToECDSA(seed); err == nil {
			return key
		}
		seed = crypto.Keccak256(seed)
	}
}

// DevKeys returns DevKey(0) to DevKey(n-1).
func DevKeys(n int) []*ecdsa.PrivateKey {
	if n <= 0 {
		return nil
	}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = DevKey(i)
	}
	return keys
}
