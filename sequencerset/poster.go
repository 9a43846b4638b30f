package sequencerset

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// ErrL1Moved means L1's batch chain changed while the poster synced (another
// poster, or a reorg): the batch would not extend it, so build again.
var ErrL1Moved = errors.New("L1 batch chain moved during the sync")

// Poster builds and posts training-wheels batches in calldata mode.
type Poster struct {
	l1       L1
	key      *ecdsa.PrivateKey
	rollup   Rollup
	follower *l2chain.Follower
	reader   *contracts.BatchInbox // reads
	writer   *contracts.BatchInbox // posts
	inbox    *contracts.Inbox
}

// NewPoster returns a poster signing with key and sending through tx.
func NewPoster(l1 L1, tx contracts.Transactor, key *ecdsa.PrivateKey, r Rollup) (*Poster, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	if l1 == nil || tx == nil || key == nil {
		return nil, errors.New("poster: nil L1 client, transactor or key")
	}
	inbox := contracts.NewInbox(r.Inbox, l1, nil)
	reader := contracts.NewBatchInbox(r.BatchInbox, l1, nil)
	return &Poster{
		l1: l1, key: key, rollup: r, inbox: inbox, reader: reader,
		follower: l2chain.New(inbox, reader, r.Genesis, r.DeployBlock),
		writer:   contracts.NewBatchInbox(r.BatchInbox, l1, tx),
	}, nil
}

// Sync follows L1 and returns the L2 chain it holds.
func (p *Poster) Sync(ctx context.Context) (*l2chain.Chain, error) {
	return p.follower.Sync(ctx)
}

// Idle reports whether a batch would consume no inbox entry, so that with
// no transaction to post the (costly) sync can be skipped.
func (p *Poster) Idle(ctx context.Context) (bool, error) {
	head, err := p.reader.ChainHead(ctx)
	if err != nil {
		return false, fmt.Errorf("batch chain head: %w", err)
	}
	n, err := p.inbox.Length(ctx)
	if err != nil {
		return false, fmt.Errorf("inbox length: %w", err)
	}
	return n <= head.QueueEnd, nil
}

// Built is a batch replayed on top of L1's chain, ready to post.
type Built struct {
	Chain    *l2chain.Chain
	Head     contracts.ChainHead // what the batch extends
	QueueEnd uint64
	Entries  []replay.InboxEntry
	Txs      [][]byte
	Result   *replay.BatchResult // step results: entries first, then txs
	State    *replay.State       // the state after the batch (not committed)
	TrueRoot common.Hash
}

// Empty reports whether the batch would consume nothing.
func (b *Built) Empty() bool { return len(b.Entries) == 0 && len(b.Txs) == 0 }

// TxResult returns the step result of transaction i (nil: applied).
func (b *Built) TxResult(i int) error { return b.Result.Steps[len(b.Entries)+i].Result }

// Build syncs L2 from L1 and replays the next batch: every queued inbox
// entry, then txs. Consuming every queued entry covers every overdue one and
// keeps the queue empty, the simplest censorship-free policy.
func (p *Poster) Build(ctx context.Context, txs [][]byte) (*Built, error) {
	chain, err := p.Sync(ctx)
	if err != nil {
		return nil, fmt.Errorf("sync L2 from L1: %w", err)
	}
	head, err := p.reader.ChainHead(ctx)
	if err != nil {
		return nil, fmt.Errorf("batch chain head: %w", err)
	}
	if head.Number != chain.Head() {
		return nil, fmt.Errorf("%w: head %d, followed %d", ErrL1Moved, head.Number, chain.Head())
	}
	queueEnd := uint64(len(chain.Entries))
	if queueEnd < head.QueueEnd {
		return nil, fmt.Errorf("%w: follower saw %d inbox entries, the chain consumed %d already", ErrL1Moved, queueEnd, head.QueueEnd)
	}
	entries := make([]replay.InboxEntry, 0, queueEnd-head.QueueEnd)
	for i := head.QueueEnd; i < queueEnd; i++ {
		e, err := l2chain.ReplayEntry(chain.Entries[i])
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	st, err := chain.State(chain.Head())
	if err != nil {
		return nil, err
	}
	res, err := replay.ReplayBatch(ctx, st, chain.Rules, &replay.Batch{Entries: entries, Txs: txs}, replay.ReplayOptions{})
	if err != nil {
		return nil, fmt.Errorf("replay the new batch: %w", err)
	}
	return &Built{Chain: chain, Head: head, QueueEnd: queueEnd, Entries: entries, Txs: txs, Result: res, State: st, TrueRoot: res.Root}, nil
}

// Post signs b's header with root as its state root and posts it.
func (p *Poster) Post(ctx context.Context, b *Built, root common.Hash) (*contracts.PostedBatch, error) {
	l1Head, err := p.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest L1 header: %w", err)
	}
	// L2 time follows L1 time but never goes back, as BatchInbox requires.
	h, data, err := contracts.NewCalldataHeader(b.Head.Number+1, b.Head.HeaderHash, b.Head.QueueEnd, b.QueueEnd, b.Txs, root, max(b.Head.L2Timestamp, l1Head.Time))
	if err != nil {
		return nil, err
	}
	sig, err := contracts.SignHeader(p.key, h, p.rollup.L1ChainID, p.rollup.BatchInbox)
	if err != nil {
		return nil, err
	}
	return p.writer.PostBatch(ctx, h, [][]byte{sig}, data)
}
