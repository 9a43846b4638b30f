// Package dawire connects the da package to the rollup's L1 contracts: an
// Authorizer backed by SequencerSet.isActive, a Finalizer that reads the
// batch's DA windows from BatchInbox and DAChallenge, and a Fetcher that
// returns any batch's data the way a user would get it (calldata, the
// committee's shards, or the data revealed by DAChallenge.resolve).
//
// It lives apart from both da (which must not depend on the contract
// bindings) and contracts (which must not depend on HTTP clients), so that
// the shard command, the follower and the watcher share one implementation.
package dawire

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
)

// DefaultAuthTTL is how long an isActive answer is trusted. A sequencer
// that exits keeps store access at most this long, which only costs the
// shard disk space until pruning; a shorter TTL costs one eth_call per
// store request.
const DefaultAuthTTL = 30 * time.Second

// negativeTTL bounds how long a "not active" answer is cached: short, so a
// sequencer that just registered is not refused for long, but non-zero, so
// an outsider's flood of signed requests does not become a flood of L1 calls.
const negativeTTL = 5 * time.Second

// maxAuthEntries caps the cache; past it the cache restarts empty, which is
// cheap and keeps memory bounded against many distinct signers.
const maxAuthEntries = 4096

// SequencerAuthorizer is a da.Authorizer that admits active sequencers.
type SequencerAuthorizer struct {
	set *contracts.SequencerSet
	ttl time.Duration
	now func() time.Time

	mu    sync.Mutex
	cache map[common.Address]authEntry
}

type authEntry struct {
	ok      bool
	expires time.Time
}

// NewSequencerAuthorizer caches SequencerSet.isActive answers for ttl
// (DefaultAuthTTL if ttl ≤ 0).
func NewSequencerAuthorizer(set *contracts.SequencerSet, ttl time.Duration) *SequencerAuthorizer {
	if ttl <= 0 {
		ttl = DefaultAuthTTL
	}
	return &SequencerAuthorizer{set: set, ttl: ttl, now: time.Now, cache: make(map[common.Address]authEntry)}
}

// Authorized reports whether sender is an active sequencer.
func (a *SequencerAuthorizer) Authorized(ctx context.Context, sender common.Address) (bool, error) {
	now := a.now()
	a.mu.Lock()
	e, hit := a.cache[sender]
	a.mu.Unlock()
	if hit && now.Before(e.expires) {
		return e.ok, nil
	}
	ok, err := a.set.IsActive(ctx, sender)
	if err != nil {
		return false, fmt.Errorf("SequencerSet.isActive(%s): %w", sender, err)
	}
	ttl := a.ttl
	if !ok {
		ttl = min(ttl, negativeTTL)
	}
	a.mu.Lock()
	if len(a.cache) >= maxAuthEntries {
		a.cache = make(map[common.Address]authEntry)
	}
	a.cache[sender] = authEntry{ok: ok, expires: now.Add(ttl)}
	a.mu.Unlock()
	return ok, nil
}

// HeadReader reads the L1 head (its timestamp is the contracts' clock).
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// L1 is what the adapters read: contract calls, logs and the head.
// *ethclient.Client and the simulated backend's client implement it.
type L1 interface {
	contracts.Backend
	HeadReader
}

// refreshEvery bounds how often the Finalizer rescans BatchPosted events.
const refreshEvery = time.Minute

// Finalizer is a da.Finalizer: a chunk's batch is final once the L1 clock
// is past postedAt + challengeWindow + resolveWindow, the latest moment a
// DA challenge on it can still be answered. After that its availability can
// no longer change anything on chain (an unanswered challenge has voided
// the batch by time alone, §6.8.2), so the shard may drop the chunk. A
// dataRoot no batch commits to was dispersed but never posted: nothing on
// chain depends on it and it is final (the shard still keeps it for its
// retention period).
type Finalizer struct {
	l1        L1
	batches   *contracts.BatchInbox
	challenge *contracts.DAChallenge
	fromBlock uint64

	mu        sync.Mutex
	windows   uint64                 // challengeWindow + resolveWindow, 0 until read
	byRoot    map[common.Hash]uint64 // dataRoot → latest postedAt of a certificate batch
	scannedTo uint64                 // next block to scan
	refreshed time.Time
}

// NewFinalizer reads BatchInbox's events from fromBlock (the deployment block).
func NewFinalizer(l1 L1, batches, challenge common.Address, fromBlock uint64) *Finalizer {
	return &Finalizer{
		l1: l1, batches: contracts.NewBatchInbox(batches, l1, nil), challenge: contracts.NewDAChallenge(challenge, l1, nil),
		fromBlock: fromBlock, byRoot: make(map[common.Hash]uint64), scannedTo: fromBlock,
	}
}

// Finalized reports whether every batch committing to dataRoot is past its
// DA windows.
func (f *Finalizer) Finalized(ctx context.Context, dataRoot common.Hash) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.windows == 0 {
		p, err := f.challenge.Params(ctx)
		if err != nil {
			return false, fmt.Errorf("DAChallenge parameters: %w", err)
		}
		f.windows = p.ChallengeWindow + p.ResolveWindow
	}
	head, err := f.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("read L1 head: %w", err)
	}
	if time.Since(f.refreshed) > refreshEvery {
		to := head.Number.Uint64()
		if to >= f.scannedTo {
			evs, err := f.batches.Batches(ctx, f.scannedTo, new(big.Int).SetUint64(to))
			if err != nil {
				return false, fmt.Errorf("BatchPosted events: %w", err)
			}
			for _, pb := range evs {
				if pb.DAMode != contracts.DAModeCertificate {
					continue
				}
				at, err := f.batches.PostedAt(ctx, pb.Header.Number)
				if err != nil {
					return false, fmt.Errorf("postedAt of batch %d: %w", pb.Header.Number, err)
				}
				f.byRoot[pb.Header.DataRoot] = max(f.byRoot[pb.Header.DataRoot], at)
			}
			f.scannedTo = to + 1
		}
		f.refreshed = time.Now()
	}
	at, ok := f.byRoot[dataRoot]
	if !ok {
		return true, nil
	}
	return head.Time > at+f.windows, nil
}

// Source says where a batch's data came from.
type Source string

// Sources of batch data.
const (
	SourceForced   Source = "forced"   // a forced batch: the empty list
	SourceCalldata Source = "calldata" // the postBatch transaction's input
	SourceShards   Source = "shards"   // decoded from the committee's chunks
	SourceResolve  Source = "resolve"  // revealed by DAChallenge.resolve
)

// ErrUnavailable means a certificate batch's data could be obtained neither
// from the committee nor from a challenge resolution.
var ErrUnavailable = errors.New("batch data unavailable")

// Fetched is one batch's data and its provenance.
type Fetched struct {
	Data   []byte
	Source Source
	// Shards is the retrieval outcome for certificate batches (nil if the
	// shards were not asked); its Faulty list names failed members even
	// when the data came from a resolution.
	Shards *da.Result
	// ShardErr is why the shards did not give the data, if they did not.
	ShardErr error
}

// Fetcher reads batch data for users, the follower and the watcher. It is
// safe for concurrent use.
type Fetcher struct {
	l1        contracts.Backend
	batches   *contracts.BatchInbox
	fromBlock uint64
	cfg       da.RetrieverConfig

	mu        sync.Mutex
	committee *contracts.DACommittee
	challenge *contracts.DAChallenge
	k, n      uint16
	retriever *da.Retriever
}

// NewFetcher returns a fetcher for the BatchInbox at batchInbox; the DA
// contracts are found through BatchInbox.daCommittee/daChallenge when first
// needed. The backend must read transactions (ethereum.TransactionReader)
// for calldata and resolve data.
func NewFetcher(l1 contracts.Backend, batchInbox common.Address, fromBlock uint64, cfg da.RetrieverConfig) *Fetcher {
	bi := contracts.NewBatchInbox(batchInbox, l1, nil)
	bi.SetDeployBlock(fromBlock)
	return &Fetcher{l1: l1, batches: bi, fromBlock: fromBlock, cfg: cfg}
}

// setup reads the DA wiring and parameters once.
func (f *Fetcher) setup(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.retriever != nil {
		return nil
	}
	comAddr, err := f.batches.DACommitteeAddress(ctx)
	if err != nil {
		return fmt.Errorf("BatchInbox.daCommittee: %w", err)
	}
	chalAddr, err := f.batches.DAChallengeAddress(ctx)
	if err != nil {
		return fmt.Errorf("BatchInbox.daChallenge: %w", err)
	}
	if comAddr == (common.Address{}) || chalAddr == (common.Address{}) {
		return fmt.Errorf("%w: BatchInbox has no DA committee (setDA not called)", ErrUnavailable)
	}
	com := contracts.NewDACommittee(comAddr, f.l1, nil)
	p, err := com.Params(ctx)
	if err != nil {
		return fmt.Errorf("DACommittee parameters: %w", err)
	}
	// The committee is re-read from L1 at every retrieval (the Retriever
	// takes a Snapshot each time), so endpoints that change are followed.
	r, err := da.NewRetriever(f.cfg, com, nil)
	if err != nil {
		return err
	}
	f.committee, f.challenge, f.k, f.n, f.retriever = com, contracts.NewDAChallenge(chalAddr, f.l1, nil), uint16(p.K), uint16(p.N), r
	return nil
}

// Close releases the retriever's idle connections; the fetcher stays
// usable.
func (f *Fetcher) Close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.retriever != nil {
		f.retriever.CloseIdleConnections()
	}
}

// Challenge returns the DAChallenge client (read-only).
func (f *Fetcher) Challenge(ctx context.Context) (*contracts.DAChallenge, error) {
	if err := f.setup(ctx); err != nil {
		return nil, err
	}
	return f.challenge, nil
}

// Committee returns the DACommittee client (read-only).
func (f *Fetcher) Committee(ctx context.Context) (*contracts.DACommittee, error) {
	if err := f.setup(ctx); err != nil {
		return nil, err
	}
	return f.committee, nil
}

// Header returns the da header of a certificate batch.
func (f *Fetcher) Header(ctx context.Context, pb *contracts.PostedBatch) (da.Header, error) {
	if err := f.setup(ctx); err != nil {
		return da.Header{}, err
	}
	h := &pb.Header
	return da.Header{DataRoot: h.DataRoot, DataHash: h.DataHash, DataLength: h.DataLength, K: f.k, N: f.n}, nil
}

// FromShards retrieves a certificate batch's data from the committee. The
// result names faulty members even on failure.
func (f *Fetcher) FromShards(ctx context.Context, pb *contracts.PostedBatch) (*da.Result, error) {
	h, err := f.Header(ctx, pb)
	if err != nil {
		return nil, err
	}
	res, err := f.retriever.Retrieve(ctx, h)
	if err != nil {
		return res, fmt.Errorf("batch %d from shards: %w", pb.Header.Number, err)
	}
	return res, nil
}

// FromResolution returns the data a DAChallenge.resolve revealed for batch n.
func (f *Fetcher) FromResolution(ctx context.Context, n uint64) ([]byte, error) {
	chal, err := f.Challenge(ctx)
	if err != nil {
		return nil, err
	}
	return chal.ResolvedData(ctx, n, f.fromBlock)
}

// Fetch returns batch pb's data, checked against its dataHash: calldata and
// forced batches from L1, certificate batches from the shards, else from a
// challenge resolution.
func (f *Fetcher) Fetch(ctx context.Context, pb *contracts.PostedBatch) (*Fetched, error) {
	if pb.Forced || pb.DAMode == contracts.DAModeCalldata {
		data, err := f.batches.DataOf(ctx, pb)
		if err != nil {
			return nil, err
		}
		src := SourceCalldata
		if pb.Forced {
			src = SourceForced
		}
		return &Fetched{Data: data, Source: src}, nil
	}
	res, shardErr := f.FromShards(ctx, pb)
	if shardErr == nil {
		return &Fetched{Data: res.Data, Source: SourceShards, Shards: res}, nil
	}
	if ctx.Err() != nil {
		return nil, shardErr
	}
	data, err := f.FromResolution(ctx, pb.Header.Number)
	if err != nil {
		return &Fetched{Shards: res, ShardErr: shardErr},
			fmt.Errorf("%w: batch %d: %w; no resolution: %w", ErrUnavailable, pb.Header.Number, shardErr, err)
	}
	return &Fetched{Data: data, Source: SourceResolve, Shards: res, ShardErr: shardErr}, nil
}

// CertificateData is Fetch's data, for l2chain.DataSource.
func (f *Fetcher) CertificateData(ctx context.Context, pb *contracts.PostedBatch) ([]byte, error) {
	got, err := f.Fetch(ctx, pb)
	if err != nil {
		return nil, err
	}
	return got.Data, nil
}
