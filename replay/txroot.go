package replay

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TxTree is the Merkle tree behind a batch's txRoot: a MerkleTree whose
// leaves are keccak256(rawTx).
type TxTree struct{ tree *MerkleTree }

// NewTxTree builds the tree over a batch's raw transactions.
func NewTxTree(txs [][]byte) *TxTree {
	leaves := make([]common.Hash, len(txs))
	h := newHasher()
	for i, tx := range txs {
		leaves[i] = h.sum(tx)
	}
	return &TxTree{tree: NewMerkleTree(leaves)}
}

// TxTreeDepth returns the number of levels above the leaves for count
// transactions: ⌈log2(count)⌉ (0 for 0 or 1).
func TxTreeDepth(count int) int { return MerkleDepth(count) }

// Root returns the txRoot.
func (t *TxTree) Root() common.Hash { return t.tree.Root() }

// Proof returns the Merkle proof of transaction i: the sibling at each level,
// leaf level first.
func (t *TxTree) Proof(i int) ([]common.Hash, error) {
	p, ok := t.tree.Proof(i)
	if !ok {
		return nil, fmt.Errorf("%w: transaction %d of %d", ErrStepIndex, i, t.tree.Len())
	}
	return p, nil
}

// TxRoot returns the txRoot of a batch's raw transactions.
func TxRoot(txs [][]byte) common.Hash { return NewTxTree(txs).Root() }

// VerifyTxProof checks that raw is transaction index of a batch with count
// transactions and the given txRoot. The proof must have exactly
// TxTreeDepth(count) siblings.
func VerifyTxProof(root common.Hash, count, index uint32, raw []byte, proof []common.Hash) bool {
	if index >= count || len(proof) != MerkleDepth(int(count)) {
		return false
	}
	return MerkleFold(crypto.Keccak256Hash(raw), uint64(index), proof) == root
}
