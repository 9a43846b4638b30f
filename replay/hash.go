package replay

import (
	"encoding/binary"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// hasher is a reusable keccak256 state with a scratch buffer. Hashing is the
// bulk of the state tree's work, and reusing the sponge avoids an allocation
// and a pool round trip per node. A hasher is not safe for concurrent use.
type hasher struct {
	st  crypto.KeccakState
	buf [leafSize]byte
}

func newHasher() *hasher { return &hasher{st: crypto.NewKeccakState()} }

func (h *hasher) sum(b []byte) (out common.Hash) {
	h.st.Reset()
	h.st.Write(b)
	h.st.Read(out[:])
	return out
}

// pair returns keccak256(a ‖ b), the hash of an internal node.
func (h *hasher) pair(a, b *common.Hash) common.Hash {
	copy(h.buf[:32], a[:])
	copy(h.buf[32:64], b[:])
	return h.sum(h.buf[:64])
}

// leaf returns keccak256(key ‖ nonce ‖ balance), the hash of an account leaf.
func (h *hasher) leaf(key *common.Hash, acc *Account) common.Hash {
	encodeLeaf(h.buf[:], key, acc)
	return h.sum(h.buf[:leafSize])
}

// up returns the hash one level above node h when h sits on side b (0 left,
// 1 right) and the other side is empty.
func (h *hasher) up(node common.Hash, b uint) common.Hash {
	var zero common.Hash
	if b == 0 {
		return h.pair(&node, &zero)
	}
	return h.pair(&zero, &node)
}

// addressKey returns the state tree key of an address: keccak256(address).
func (h *hasher) addressKey(a common.Address) common.Hash { return h.sum(a[:]) }

// AccountKey returns the state tree key of an address: keccak256(address).
func AccountKey(a common.Address) common.Hash { return crypto.Keccak256Hash(a[:]) }

// LeafHash returns the hash of an account leaf:
// keccak256(key ‖ uint64 nonce ‖ uint256 balance), all big-endian (72 bytes).
func LeafHash(key common.Hash, acc Account) common.Hash {
	var buf [leafSize]byte
	encodeLeaf(buf[:], &key, &acc)
	return crypto.Keccak256Hash(buf[:])
}

func encodeLeaf(dst []byte, key *common.Hash, acc *Account) {
	copy(dst[:32], key[:])
	binary.BigEndian.PutUint64(dst[32:40], acc.Nonce)
	acc.Balance.WriteToSlice(dst[40:72])
}

// bit returns bit i of k, counting from the most significant bit of k[0].
func bit(k *common.Hash, i int) uint {
	return uint(k[i>>3]>>(7-uint(i&7))) & 1
}

// firstDiff returns the index of the first bit in which a and b differ, or 256
// if they are equal.
func firstDiff(a, b *common.Hash) int {
	for i := 0; i < 32; i++ {
		if x := a[i] ^ b[i]; x != 0 {
			return i*8 + bits.LeadingZeros8(x)
		}
	}
	return 256
}

// maskFrom returns k with every bit at index ≥ n cleared.
func maskFrom(k common.Hash, n int) common.Hash {
	if n >= 256 {
		return k
	}
	i := n >> 3
	k[i] &= ^byte(0xff >> uint(n&7))
	for j := i + 1; j < 32; j++ {
		k[j] = 0
	}
	return k
}
