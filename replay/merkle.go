package replay

import (
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// MerkleTree is the binary keccak Merkle tree behind a batch's txRoot and a
// DA encoding's dataRoot (docs/PROTOCOL.md §2.5.2, §6.3): the leaves are
// padded with zero (not hashed) leaves to a power of two, an inner node is
// keccak256(left ‖ right), and a proof lists the siblings from the leaf
// level up. With no leaves the root is zero; with one it is that leaf. Only
// the leaf function differs between its users, so they hash the leaves and
// share the rest.
type MerkleTree struct {
	levels [][]common.Hash // levels[0] are the padded leaves, the last is the root
	count  int
}

// NewMerkleTree builds the tree over leaf hashes.
func NewMerkleTree(leaves []common.Hash) *MerkleTree {
	t := &MerkleTree{count: len(leaves)}
	if len(leaves) == 0 {
		t.levels = [][]common.Hash{{{}}}
		return t
	}
	padded := make([]common.Hash, 1<<MerkleDepth(len(leaves)))
	copy(padded, leaves)
	t.levels = append(t.levels, padded)
	h := newHasher()
	for lvl := padded; len(lvl) > 1; {
		next := make([]common.Hash, len(lvl)/2)
		for i := range next {
			next[i] = h.pair(&lvl[2*i], &lvl[2*i+1])
		}
		t.levels = append(t.levels, next)
		lvl = next
	}
	return t
}

// MerkleDepth is the number of levels above the leaves for count leaves,
// ⌈log2(count)⌉ (0 for 0 or 1), which is also the length of every proof.
func MerkleDepth(count int) int {
	if count <= 1 {
		return 0
	}
	return bits.Len(uint(count - 1))
}

// Root returns the root.
func (t *MerkleTree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Len returns the number of leaves the tree was built over (without padding).
func (t *MerkleTree) Len() int { return t.count }

// Proof returns the siblings of leaf i from the leaf level up, or false if
// i is not one of the tree's leaves.
func (t *MerkleTree) Proof(i int) ([]common.Hash, bool) {
	if i < 0 || i >= t.count {
		return nil, false
	}
	proof := make([]common.Hash, 0, len(t.levels)-1)
	for _, lvl := range t.levels[:len(t.levels)-1] {
		proof = append(proof, lvl[i^1])
		i >>= 1
	}
	return proof, true
}

// MerkleFold returns the root that proof leads to from leaf at index. A
// caller checks the proof's length against MerkleDepth of its leaf count
// and compares the result with the root it trusts.
func MerkleFold(leaf common.Hash, index uint64, proof []common.Hash) common.Hash {
	h := newHasher()
	node := leaf
	for _, sib := range proof {
		if index&1 == 0 {
			node = h.pair(&node, &sib)
		} else {
			node = h.pair(&sib, &node)
		}
		index >>= 1
	}
	return node
}
