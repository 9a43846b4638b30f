package da

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/replay"
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
func TreeDepth(n int) int { return replay.MerkleDepth(n) }

// ChunkTree is the binary Merkle tree behind dataRoot: the txRoot tree of
// docs/PROTOCOL.md §2.5.2 (replay.MerkleTree) over ChunkLeaf leaves.
type ChunkTree struct{ tree *replay.MerkleTree }

// NewChunkTree builds the tree over chunks.
func NewChunkTree(chunks [][]byte) *ChunkTree {
	n := len(chunks)
	leaves := make([]common.Hash, n)
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
	return &ChunkTree{tree: replay.NewMerkleTree(leaves)}
}

// Root returns dataRoot.
func (t *ChunkTree) Root() common.Hash { return t.tree.Root() }

// Proof returns the siblings of chunk i from the leaf level up.
func (t *ChunkTree) Proof(i int) ([]common.Hash, error) {
	p, ok := t.tree.Proof(i)
	if !ok {
		return nil, fmt.Errorf("%w: chunk %d of %d", ErrParams, i, t.tree.Len())
	}
	return p, nil
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
	if h := replay.MerkleFold(ChunkLeaf(index, chunk), uint64(index), proof); h != root {
		return fmt.Errorf("%w: computed root %s", ErrInvalidProof, h.Hex())
	}
	return nil
}
