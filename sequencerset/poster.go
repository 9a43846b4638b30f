package sequencerset

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// ErrL1Moved means L1's batch chain changed while the poster synced (another
// poster, or a reorg): the batch would not extend it, so build again.
var ErrL1Moved = errors.New("L1 batch chain moved during the sync")

// certificatePostSlack is how long (seconds of L1 time) the poster allows
// between reading the L1 head before a dispersal and the block that
// includes its postBatch: attestations must expire at least
// liabilityWindow + this after that head, or the certificate could be
// refused (AttestationExpired) by the time it lands. Shards promise
// dawire.MinRetentionMargin beyond liabilityWindow, which is more.
const certificatePostSlack = 30

// DA modes of PosterConfig.DAMode.
const (
	// DAModeCalldata posts the batch data in the postBatch call.
	DAModeCalldata = "calldata"
	// DAModeShards disperses the batch data to the DA committee and posts
	// the committee's certificate instead (PROTOCOL §4.2, §6.8.2).
	DAModeShards = "shards"
)

// PosterConfig selects how a Poster publishes batch data. The zero value
// posts in calldata mode.
type PosterConfig struct {
	// DAMode is DAModeCalldata ("" too) or DAModeShards.
	DAMode string
	// Client bounds each request to a committee member when dispersing
	// (zero: da.DefaultClientConfig).
	Client da.ClientConfig
	// Retriever reads certificate batches from the shards while syncing
	// (zero: da.DefaultRetrieverConfig).
	Retriever da.RetrieverConfig
	// State, if set, holds the replayed L2 state's tree nodes (a goleveldb
	// store for a long-running sequencer); nil keeps them in memory.
	State replay.NodeStore
	// Data, if set, is where AnswerChallenges looks first for the data of
	// a challenged batch with that header hash (a BFT validator's decided
	// batches), before this poster's own posts and the shards.
	Data func(n uint64, headerHash common.Hash) ([]byte, bool)
}

func (c *PosterConfig) normalize() error {
	switch c.DAMode {
	case "":
		c.DAMode = DAModeCalldata
	case DAModeCalldata, DAModeShards:
	default:
		return fmt.Errorf("%w: DA mode %q (want %q or %q)", ErrConfig, c.DAMode, DAModeCalldata, DAModeShards)
	}
	if c.Client == (da.ClientConfig{}) {
		c.Client = da.DefaultClientConfig()
	}
	if c.Retriever == (da.RetrieverConfig{}) {
		c.Retriever = da.DefaultRetrieverConfig()
	}
	return nil
}

// Poster builds and posts training-wheels batches, in calldata mode or
// (PosterConfig.DAMode shards) in certificate mode.
type Poster struct {
	l1       L1
	key      *ecdsa.PrivateKey
	rollup   Rollup
	cfg      PosterConfig
	follower *l2chain.Follower
	reader   *contracts.BatchInbox // reads
	writer   *contracts.BatchInbox // posts
	inbox    *contracts.Inbox
	fetcher  *dawire.Fetcher
	disp     *da.Disperser // shards mode, created at the first Post
	faults   Faults        // Dispersed and IgnoreDAChallenges are used here
	tx       contracts.Transactor
	// own keeps the data of the certificate batches posted, and challenges
	// what AnswerChallenges has seen.
	own        *dawire.DataCache
	challenges challengeDuty
}

// NewPoster returns a calldata-mode poster signing with key and sending
// through tx.
func NewPoster(l1 L1, tx contracts.Transactor, key *ecdsa.PrivateKey, r Rollup) (*Poster, error) {
	return NewPosterWithConfig(l1, tx, key, r, PosterConfig{})
}

// NewPosterWithConfig is NewPoster with a DA mode. Whatever the mode, the
// poster's follower reads certificate batches from the DA committee (or a
// challenge resolution), so it can extend a chain holding them. Close it
// when done.
func NewPosterWithConfig(l1 L1, tx contracts.Transactor, key *ecdsa.PrivateKey, r Rollup, cfg PosterConfig) (*Poster, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	if l1 == nil || tx == nil || key == nil {
		return nil, errors.New("poster: nil L1 client, transactor or key")
	}
	if err := cfg.normalize(); err != nil {
		return nil, err
	}
	inbox := contracts.NewInbox(r.Inbox, l1, nil)
	reader := contracts.NewBatchInbox(r.BatchInbox, l1, nil)
	follower := l2chain.New(inbox, reader, r.Genesis, r.DeployBlock)
	if cfg.State != nil {
		follower.SetStore(cfg.State)
	}
	fetcher := dawire.NewFetcher(l1, r.BatchInbox, r.DeployBlock, cfg.Retriever)
	follower.SetDataSource(fetcher)
	return &Poster{
		l1: l1, key: key, rollup: r, cfg: cfg, inbox: inbox, reader: reader, follower: follower, fetcher: fetcher, tx: tx,
		own:    dawire.NewDataCache(maxOwnData),
		writer: contracts.NewBatchInbox(r.BatchInbox, l1, tx),
	}, nil
}

// DAMode returns the poster's DA mode.
func (p *Poster) DAMode() string { return p.cfg.DAMode }

// Close waits for the chunk stores still running after the last dispersal
// (every member should hold its chunk, not only the threshold), bounded by
// the client timeouts and retries.
// Close may be called more than once, but not while a Post runs.
func (p *Poster) Close() {
	p.fetcher.Close()
	if p.disp != nil {
		p.disp.Wait()
		p.disp.Close()
		p.disp = nil
	}
}

// Sync follows L1 and returns the L2 chain it holds. A chain that stops
// before L1's latest batch (one that cannot be rebuilt) is an error here:
// the next batch must extend the latest one.
func (p *Poster) Sync(ctx context.Context) (*l2chain.Chain, error) {
	c, err := p.follower.Sync(ctx)
	if err != nil {
		return nil, err
	}
	if err := c.Complete(); err != nil {
		return nil, err
	}
	return c, nil
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

// overdue reports whether an inbox entry is past inclusionWindow and not
// consumed (Faults.IgnoreInbox stops posting then).
func (p *Poster) overdue(ctx context.Context) (bool, error) {
	n, err := p.inbox.OverdueCount(ctx)
	if err != nil {
		return false, fmt.Errorf("inbox overdue count: %w", err)
	}
	head, err := p.reader.ChainHead(ctx)
	if err != nil {
		return false, fmt.Errorf("batch chain head: %w", err)
	}
	return n > head.QueueEnd, nil
}

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
	if p.faults.IgnoreInbox {
		queueEnd = head.QueueEnd // fault injection: consume nothing
	}
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

// Post signs b's header with root as its state root and posts it. In
// shards mode the data is first dispersed to the DA committee; if fewer
// members than the threshold attest, nothing is posted and the error wraps
// da.ErrThresholdNotReached.
func (p *Poster) Post(ctx context.Context, b *Built, root common.Hash) (pb *contracts.PostedBatch, err error) {
	l1Head, err := p.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest L1 header: %w", err)
	}
	// L2 time follows L1 time but never goes back, as BatchInbox requires.
	h, data, err := contracts.NewCalldataHeader(b.Head.Number+1, b.Head.HeaderHash, b.Head.QueueEnd, b.QueueEnd, b.Txs, root, max(b.Head.L2Timestamp, l1Head.Time))
	if err != nil {
		return nil, err
	}
	if p.cfg.DAMode != DAModeShards {
		sig, err := contracts.SignHeader(p.key, h, p.rollup.L1ChainID, p.rollup.BatchInbox)
		if err != nil {
			return nil, err
		}
		return p.writer.PostBatch(ctx, h, [][]byte{sig}, data)
	}
	cert, err := p.disperse(ctx, h, data)
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", h.Number, err)
	}
	defer func() {
		if pb != nil {
			p.own.Put(pb.HeaderHash, data)
		}
	}()
	if p.faults.Dispersed != nil {
		p.faults.Dispersed(h.Number, h.DataRoot)
	}
	sig, err := contracts.SignHeader(p.key, h, p.rollup.L1ChainID, p.rollup.BatchInbox)
	if err != nil {
		return nil, err
	}
	return p.writer.PostBatchCertificate(ctx, h, [][]byte{sig}, cert)
}

// NewCommitteeDisperser returns a disperser to the DA committee registered
// in BatchInbox (PROTOCOL §4.2, §6), signing its requests with key, and the
// committee's parameters. Only attestations the committee will still
// accept when the post lands count towards the threshold.
func NewCommitteeDisperser(ctx context.Context, l1 L1, reader *contracts.BatchInbox, key *ecdsa.PrivateKey, l1ChainID uint64, client da.ClientConfig) (*da.Disperser, contracts.DACommitteeParams, error) {
	addr, err := reader.DACommitteeAddress(ctx)
	if err != nil {
		return nil, contracts.DACommitteeParams{}, fmt.Errorf("BatchInbox.daCommittee: %w", err)
	}
	if addr == (common.Address{}) {
		return nil, contracts.DACommitteeParams{}, errors.New("DA mode shards: BatchInbox has no DA committee (setDA not called)")
	}
	com := contracts.NewDACommittee(addr, l1, nil)
	params, err := com.Params(ctx)
	if err != nil {
		return nil, params, fmt.Errorf("DACommittee parameters: %w", err)
	}
	if client == (da.ClientConfig{}) {
		client = da.DefaultClientConfig()
	}
	liability := params.LiabilityWindow
	dcfg := da.DisperserConfig{ClientConfig: client, K: int(params.K), Domain: com.Domain(l1ChainID),
		MinExpiry: func(ctx context.Context) (uint64, error) {
			head, err := l1.HeaderByNumber(ctx, nil)
			if err != nil {
				return 0, fmt.Errorf("latest L1 header: %w", err)
			}
			return head.Time + liability + certificatePostSlack, nil
		},
	}
	disp, err := da.NewDisperser(dcfg, com, key, nil)
	return disp, params, err
}

// disperse sends data to the DA committee registered in BatchInbox, sets
// h's dataRoot, dataHash and dataLength from the encoding and returns the
// encoded certificate (PROTOCOL §4.2).
func (p *Poster) disperse(ctx context.Context, h *contracts.BatchHeader, data []byte) ([]byte, error) {
	if p.disp == nil {
		disp, _, err := NewCommitteeDisperser(ctx, p.l1, p.reader, p.key, p.rollup.L1ChainID, p.cfg.Client)
		if err != nil {
			return nil, err
		}
		p.disp = disp
	}
	cert, enc, err := p.disp.Disperse(ctx, data)
	if err != nil {
		return nil, fmt.Errorf("disperse to the DA committee: %w", err)
	}
	if enc.DataHash != h.DataHash || enc.DataLength != h.DataLength {
		return nil, fmt.Errorf("DA encoding of %d bytes, hash %s, differs from the header's %d bytes, hash %s",
			enc.DataLength, enc.DataHash.Hex(), h.DataLength, h.DataHash.Hex())
	}
	h.DataRoot, h.DataHash, h.DataLength = enc.DataRoot, enc.DataHash, enc.DataLength
	raw, err := contracts.EncodeDACertificate(cert)
	if err != nil {
		return nil, err
	}
	return raw, nil
}
