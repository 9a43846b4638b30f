package node

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/app"
)

// backend serves the L2 JSON-RPC (sequencerset.Backend) from the node's
// consensus batches: batch n is L2 block n (PROTOCOL.md §5.7), built when
// the block deciding it commits, so every node serves the same blocks a
// follower derives from L1 once the batch is posted.
type backend struct {
	n        *Node
	rules    *replay.Rules
	store    replay.NodeStore
	blocks   *sequencerset.BlockStore
	gasLimit uint64

	mu     sync.Mutex
	headCh chan struct{}
}

var _ sequencerset.Backend = (*backend)(nil)

func newBackend(n *Node, store replay.NodeStore, blocks *sequencerset.BlockStore, genesisRoot common.Hash) (*backend, error) {
	b := &backend{n: n, rules: n.cfg.Rollup.Genesis.Rules(), store: store, blocks: blocks, headCh: make(chan struct{}),
		gasLimit: n.cfg.Rollup.MaxBatchTxs * replay.TransferGas}
	if g, err := blocks.ByNumber(0); err != nil || g == nil {
		if err := blocks.Put(sequencerset.GenesisBlock(genesisRoot, b.gasLimit, b.rules.BaseFee.ToBig())); err != nil {
			return nil, err
		}
	}
	// Blocks of batches the application committed before a crash, and
	// that the store did not get yet.
	head, _ := n.app.Head()
	for i := blocks.Head() + 1; i <= head.Number; i++ {
		batch, err := n.app.Batch(i)
		if err != nil {
			return nil, err
		}
		if err := b.add(batch); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// add builds and stores the block of a decided batch: forced transactions
// of its entries, then its transactions, as the replay applied them.
func (b *backend) add(batch *app.Batch) error {
	parent, err := b.blocks.ByNumber(batch.Header.Number - 1)
	if err != nil || parent == nil {
		return fmt.Errorf("node: block %d has no parent (%v)", batch.Header.Number, err)
	}
	blk := &sequencerset.Block{Batch: batch.Header.Number, BatchHash: batch.Header.Hash()}
	push := func(step int, raw []byte, sender common.Address) {
		status := uint64(types.ReceiptStatusSuccessful)
		if step < len(batch.Results) && batch.Results[step] != 0 {
			status = types.ReceiptStatusFailed
		}
		blk.Txs = append(blk.Txs, raw)
		blk.Senders = append(blk.Senders, sender)
		blk.Status = append(blk.Status, status)
	}
	for i, e := range batch.Entries {
		if replay.EntryKind(e.Kind) != replay.EntryForcedTx {
			continue
		}
		tx, err := replay.DecodeTx(b.rules, e.Payload)
		if err != nil {
			continue // not a transaction: a no-op with no sender
		}
		push(i, e.Payload, tx.From)
	}
	for i, raw := range batch.Txs {
		push(len(batch.Entries)+i, raw, batch.Senders[i])
	}
	if err := sequencerset.SealBlock(blk, parent.Hash(), batch.Header.L2Timestamp, batch.StateRoot(), b.gasLimit, b.rules.BaseFee.ToBig()); err != nil {
		return err
	}
	if err := b.blocks.Put(blk); err != nil {
		return err
	}
	b.mu.Lock()
	close(b.headCh)
	b.headCh = make(chan struct{})
	b.mu.Unlock()
	return nil
}

func (b *backend) ChainID() uint64    { return b.rules.ChainID }
func (b *backend) BaseFee() *big.Int  { return b.rules.BaseFee.ToBig() }
func (b *backend) HeadNumber() uint64 { return b.blocks.Head() }

func (b *backend) HeadChanged() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.headCh
}

func (b *backend) BlockByNumber(n uint64) (*sequencerset.Block, error) { return b.blocks.ByNumber(n) }
func (b *backend) BlockByHash(h common.Hash) (*sequencerset.Block, error) {
	return b.blocks.ByHash(h)
}
func (b *backend) TxByHash(h common.Hash) (*sequencerset.Block, int, error) { return b.blocks.Tx(h) }

func (b *backend) PendingTx(h common.Hash) (*types.Transaction, common.Address, error) {
	p, ok := b.n.app.Pending(h)
	if !ok {
		return nil, common.Address{}, nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(p.Raw); err != nil {
		return nil, common.Address{}, err
	}
	return tx, p.Sender, nil
}

func (b *backend) PendingTxsSince(seq uint64) ([]common.Hash, uint64) {
	return b.n.app.AcceptedSince(seq)
}

func (b *backend) PendingAccount(addr common.Address) (replay.Account, error) {
	return b.n.app.PendingAccount(addr)
}

// stateAt opens the state after block n; the node keeps every state
// (no pruning), so every block it has is served.
func (b *backend) stateAt(n uint64) (*replay.State, error) {
	blk, err := b.blocks.ByNumber(n)
	if err != nil {
		return nil, err
	}
	if blk == nil {
		return nil, fmt.Errorf("%w: no block %d", sequencerset.ErrStateUnavailable, n)
	}
	return replay.NewState(b.store, blk.Header.Root), nil
}

func (b *backend) AccountAt(addr common.Address, n uint64) (replay.Account, error) {
	st, err := b.stateAt(n)
	if err != nil {
		return replay.Account{}, err
	}
	return st.Account(addr)
}

func (b *backend) ProofAt(addr common.Address, n uint64) (*replay.Proof, error) {
	st, err := b.stateAt(n)
	if err != nil {
		return nil, err
	}
	return st.Prove(addr)
}

func (b *backend) SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	if err := b.n.Submit(ctx, raw); err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(raw), nil
}

func (b *backend) Halted() error { return nil }
