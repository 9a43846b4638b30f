package replay

import (
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TxTree is the binary Merkle tree behind a batch's txRoot: leaves are
// keccak256(rawTx), padded with zero leaves to a power of two, inner nodes
// keccak256(left ‖ right). With no transactions the root is zero; with one it
// is that transaction's leaf.
type TxTree struct {
	levels [][]common.Hash // levels[0] are the padded leaves, the last is the root
	count  int
}

// NewTxTree builds the tree over a batch's raw transactions.
func NewTxTree(txs [][]byte) *TxTree {
	t := &TxTree{count: len(txs)}
	if len(txs) == 0 {
		t.levels = [][]common.Hash{{{}}}
		return t
	}
	leaves := make([]common.Hash, 1<<TxTreeDepth(len(txs)))
	for i, tx := range txs {
		leaves[i] = crypto.Keccak256Hash(tx)
	}
	t.levels = append(t.levels, leaves)
	h := newHasher()
	for lvl := leaves; len(lvl) > 1; {
		next := make([]common.Hash, len(lvl)/2)
		for i := range next {
			next[i] = h.pair(&lvl[2*i], &lvl[2*i+1])
		}
		t.levels = append(t.levels, next)
		lvl = next
	}
	return t
}

// TxTreeDepth returns the number of levels above the leaves for count
// transactions: ⌈log2(count)⌉ (0 for 0 or 1).
func TxTreeDepth(count int) int {
	if count <= 1 {
		return 0
	}
	return bits.Len(uint(count - 1))
}

// Root returns the txRoot.
func (t *TxTree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Proof returns the Merkle proof of transaction i: the sibling at each level,
// leaf level first.
func (t *TxTree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.count {
		return nil, fmt.Errorf("%w: transaction %d of %d", ErrStepIndex, i, t.count)
	}
	proof := make([]common.Hash, 0, len(t.levels)-1)
	for _, lvl := range t.levels[:len(t.levels)-1] {
		proof = append(proof, lvl[i^1])
		i >>= 1
	}
	return proof, nil
}

// TxRoot returns the txRoot of a batch's raw transactions.
func TxRoot(txs [][]byte) common.Hash { return NewTxTree(txs).Root() }

// VerifyTxProof checks that raw is transaction index of a batch with count
// transactions and the given txRoot. The proof must have exactly
// TxTreeDepth(count) siblings.
func VerifyTxProof(root common.Hash, count, index uint32, raw []byte, proof []common.Hash) bool {
	if index >= count || len(proof) != TxTreeDepth(int(count)) {
		return false
	}
	h := newHasher()
	node := h.sum(raw)
	for _, sib := range proof {
		if index&1 == 0 {
			node = h.pair(&node, &sib)
		} else {
			node = h.pair(&sib, &node)
		}
		index >>= 1
	}
	return node == root
}
