package sequencerset

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/internal/l2chain"
)

// The block model and store, for the BFT node (sequencerset/node): its
// consensus batches become the same L2 blocks (PROTOCOL.md §5.7), hashed
// and stored as the training-wheels sequencer's are.

// SealBlock completes b (Batch, BatchHash, Txs, Senders and Status set)
// with its header on parent.
func SealBlock(b *Block, parent common.Hash, timestamp uint64, stateRoot common.Hash, gasLimit uint64, baseFee *big.Int) error {
	return sealBlock(b, parent, timestamp, stateRoot, gasLimit, baseFee)
}

// GenesisBlock is block 0 of a chain whose genesis state root is root.
func GenesisBlock(root common.Hash, gasLimit uint64, baseFee *big.Int) *Block {
	return genesisBlock(root, gasLimit, baseFee)
}

// BlockStore holds L2 blocks, their transaction index and the head in
// goleveldb (under its own key prefix).
type BlockStore struct{ s *blockStore }

// OpenBlockStore opens the block store in db.
func OpenBlockStore(db *leveldb.DB) (*BlockStore, error) {
	s, err := newBlockStore(db)
	if err != nil {
		return nil, err
	}
	return &BlockStore{s: s}, nil
}

// Put stores blocks (in number order) and moves the head to the last.
func (b *BlockStore) Put(blocks ...*Block) error { return b.s.putBlocks(blocks) }

// Head returns the latest block's number.
func (b *BlockStore) Head() uint64 { return b.s.headNumber() }

// ByNumber returns block n, nil if there is none.
func (b *BlockStore) ByNumber(n uint64) (*Block, error) { return b.s.byNumber(n) }

// ByHash returns the block with hash h, nil if unknown.
func (b *BlockStore) ByHash(h common.Hash) (*Block, error) { return b.s.byHash(h) }

// Tx returns the block holding transaction h and its index.
func (b *BlockStore) Tx(h common.Hash) (*Block, int, error) { return b.s.tx(h) }

// Sync makes the store hold one block per batch of chain, derived as the
// training-wheels sequencer and every follower derive them (a BFT node
// that starts from a running chain serves its history).
func (b *BlockStore) Sync(ctx context.Context, chain *l2chain.Chain, gasLimit uint64) error {
	return b.s.sync(ctx, chain, gasLimit)
}
