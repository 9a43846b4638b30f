package da

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ChunkLeaf is the Merkle leaf of chunk index: keccak256(uint32be(index) ‖ chunk).
// The index is hashed in so that a chunk proven at one position cannot be
// presented as another member's chunk (chunks may be equal, e.g. all zero).
func ChunkLeaf(index uint32, chunk []byte) common.Hash {
	var idx [4]byte
	binary.BigEndian.PutUint32(idx[:], index)
	return crypto.Keccak256Hash(idx[:], chunk)
}

// TreeDepth is the number of levels above the leaves for n chunks,
// ⌈log2 n⌉ (0 for n ≤ 1). It is also the length of every proof.
func TreeDepth(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// ChunkTree is the binary Merkle tree behind dataRoot. It follows the txRoot
// conventions of docs/PROTOCOL.md §2.5.2: leaves padded with zero (not
// hashed) leaves to a power of two, inner nodes keccak256(left ‖ right),
// proofs list siblings from the leaf level up.
type ChunkTree struct {
	levels [][]common.Hash
	count  int
}

// NewChunkTree builds the tree over chunks (at least one).
func NewChunkTree(chunks [][]byte) *ChunkTree {
	n := len(chunks)
	t := &ChunkTree{count: n}
	if n == 0 {
		t.levels = [][]common.Hash{{{}}}
		return t
	}
	leaves := make([]common.Hash, 1<<TreeDepth(n))
	// Leaf hashing is the bulk of the commitment cost (n × S bytes of
	// keccak), so it is spread over the available cores.
	w := hashWorkers(n)
	var wg sync.WaitGroup
	for g := 0; g < w; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < n; i += w {
				leaves[i] = ChunkLeaf(uint32(i), chunks[i])
			}
		}(g)
	}
	wg.Wait()
	t.levels = append(t.levels, leaves)
	for lvl := leaves; len(lvl) > 1; {
		next := make([]common.Hash, len(lvl)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(lvl[2*i][:], lvl[2*i+1][:])
		}
		t.levels = append(t.levels, next)
		lvl = next
	}
	return t
}

// Root returns dataRoot.
func (t *ChunkTree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Proof returns the siblings of chunk i from the leaf level up.
func (t *ChunkTree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.count {
		return nil, fmt.Errorf("%w: chunk %d of %d", ErrParams, i, t.count)
	}
	proof := make([]common.Hash, 0, len(t.levels)-1)
	for _, lvl := range t.levels[:len(t.levels)-1] {
		proof = append(proof, lvl[i^1])
		i >>= 1
	}
	return proof, nil
}

// VerifyChunkProof checks that chunk is chunk index of an n-chunk encoding
// with the given dataRoot. The proof must have exactly TreeDepth(n) siblings.
func VerifyChunkProof(root common.Hash, n int, index uint32, chunk []byte, proof []common.Hash) error {
	if n < 1 || n > MaxChunks || int64(index) >= int64(n) {
		return fmt.Errorf("%w: index %d of %d chunks", ErrInvalidProof, index, n)
	}
	if len(proof) != TreeDepth(n) {
		return fmt.Errorf("%w: %d siblings, want %d", ErrInvalidProof, len(proof), TreeDepth(n))
	}
	h := ChunkLeaf(index, chunk)
	for i, sib := range proof {
		if (index>>uint(i))&1 == 0 {
			h = crypto.Keccak256Hash(h[:], sib[:])
		} else {
			h = crypto.Keccak256Hash(sib[:], h[:])
		}
	}
	if h != root {
		return fmt.Errorf("%w: computed root %s", ErrInvalidProof, h.Hex())
	}
	return nil
}
