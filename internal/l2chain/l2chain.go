// Package l2chain follows L1 and reconstructs the L2 batch chain: the
// genesis of the rollup config, every posted batch (BatchPosted events, data
// read back from calldata) and the inbox entries each batch consumes
// (EntryQueued events), replayed with the local state transition function.
//
// Certificate-mode batches (data with the DA committee) are replayed when a
// DataSource is set: their data comes from the shards or from a DA
// challenge's resolve transaction, and a batch voided by an unanswered
// challenge is replayed as void.
//
// It is the first stage of the challenger pipeline (follower → agent →
// solver → responder): the batch poster uses it to know the state it builds
// on, the game agent to build the true trace of a game. A Follower keeps no
// state between Syncs, so it is restartable at any point; a Sync rebuilds the
// chain from the deployment block, which is fine for devnets and tests and is
// the obvious place for a persistent cache later.
package l2chain

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/etherscale/etherscale/bisection/trace"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/replay"
)

var (
	// ErrInconsistent means the L1 events contradict the contracts' storage
	// (a missing or reorged event, an entry whose payload does not hash to
	// the stored hash): the follower refuses to build a chain from them.
	ErrInconsistent = errors.New("L1 events inconsistent with contract storage")
	// ErrMalformedBatch means a batch's data does not decode to its header's
	// transactions. Such a batch is void once proveMalformed runs; until then
	// the follower cannot tell its trace and stops before it.
	ErrMalformedBatch = errors.New("malformed batch data")
	// ErrUnknownBatch is returned for a batch number the chain does not hold.
	ErrUnknownBatch = errors.New("unknown batch")
	// ErrNoDataSource means a certificate-mode batch was met by a follower
	// without a DataSource (SetDataSource).
	ErrNoDataSource = errors.New("certificate batch and no DA data source")
)

// DataSource supplies the data of certificate-mode batches, which is not on
// L1: from the DA committee's shards, or from the transaction that answered
// a DA challenge (dawire.Fetcher implements it). The data must be checked
// against the header's dataHash.
type DataSource interface {
	CertificateData(ctx context.Context, pb *contracts.PostedBatch) ([]byte, error)
}

// Follower reads the rollup's L1 contracts. It keeps the chain of its last
// Sync, so that a Sync replays only what changed since: new batches, or the
// batches from the first one whose header, consumed entries or void flag
// changed (a reorg, a batch voided after the fact). It is safe for
// concurrent use; Syncs run one at a time.
type Follower struct {
	inbox     *contracts.Inbox
	batches   *contracts.BatchInbox
	genesis   *replay.Genesis
	fromBlock uint64
	da        DataSource       // nil: certificate batches stop the sync
	store     replay.NodeStore // nil: an in-memory store
	// release drops calldata batches' transactions once replayed
	// (SetReleaseTxs); reread caches the last ones read back.
	release bool
	reread  rereadCache

	mu   sync.Mutex
	prev *Chain // the last chain synced; its store is shared with the next
	// The events read so far, rescanned from a little below the last head.
	entryLogs *LogCache[*contracts.QueuedEntry]
	batchLogs *LogCache[*contracts.PostedBatch]
	voidLogs  *LogCache[*contracts.VoidedBatch]
	chalLogs  *LogCache[contracts.ChallengedBatch]
}

// New returns a follower of the given contracts. fromBlock is the deployment
// block: no event of interest is older.
func New(inbox *contracts.Inbox, batches *contracts.BatchInbox, genesis *replay.Genesis, fromBlock uint64) *Follower {
	batches.SetDeployBlock(fromBlock)
	return &Follower{
		inbox: inbox, batches: batches, genesis: genesis, fromBlock: fromBlock,
		entryLogs: NewLogCache(fromBlock, func(e *contracts.QueuedEntry) uint64 { return e.Block }),
		batchLogs: NewLogCache(fromBlock, func(b *contracts.PostedBatch) uint64 { return b.Block }),
		voidLogs:  NewLogCache(fromBlock, func(v *contracts.VoidedBatch) uint64 { return v.Block }),
		chalLogs:  NewLogCache(fromBlock, func(c contracts.ChallengedBatch) uint64 { return c.Block }),
	}
}

// SetStore puts the follower's state nodes in store (a goleveldb store for a
// long-running service, so the L2 state need not fit in RAM) instead of
// memory. Call it before the first Sync.
func (f *Follower) SetStore(store replay.NodeStore) { f.store = store }

// SetReleaseTxs makes the follower keep no transactions of calldata batches
// once they are replayed: Chain.Input reads them back from L1 (the posting
// transaction, which the header's dataHash authenticates) when a trace
// needs them. A long-running watcher's memory then does not grow with the
// chain (10^6 transfers are ~110 MB of transactions), at the cost of an L1
// read per batch a game spans. Certificate, forced and void batches keep
// theirs: their data is not on L1, or is not needed. Call it before the
// first Sync.
func (f *Follower) SetReleaseTxs(on bool) { f.release = on }

// SetDataSource lets the follower replay certificate-mode batches.
func (f *Follower) SetDataSource(ds DataSource) { f.da = ds }

// Batch is one posted batch as the follower rebuilt it.
//
// A batch of a follower with SetReleaseTxs has Input.Txs nil once replayed
// (Released); Chain.Input returns its whole input.
type Batch struct {
	Posted   *contracts.PostedBatch
	Input    trace.BatchInput // consumed entries, transactions, void flag
	PreRoot  common.Hash      // state root before the batch
	PostRoot common.Hash      // true state root after the batch (may differ from Posted.Header.StateRoot)
	// Released: Input.Txs were dropped after the replay and are read
	// back from L1 by Chain.Input.
	Released bool
}

// Number returns the batch number.
func (b *Batch) Number() uint64 { return b.Posted.Header.Number }

// Chain is a snapshot of the L2 chain at one Sync.
type Chain struct {
	Rules       *replay.Rules
	Store       replay.NodeStore // holds the genesis and every batch-end state
	GenesisRoot common.Hash
	Entries     []*contracts.QueuedEntry // every queued inbox entry, by index
	Batches     []*Batch                 // Batches[n-1] is batch n
	// Stop, when not nil, is why the chain ends before L1's latest batch:
	// batch Head()+1 could not be rebuilt.
	Stop *Stop
	// follower reads released transactions back (Chain.Input).
	follower *Follower
}

// StopReason says why a follower could not rebuild a batch.
type StopReason uint8

// Stop reasons.
const (
	// StopMalformed: the batch data is known and does not match its
	// header, and the batch is not void yet (BatchInbox.proveMalformed
	// voids it until malformedDeadline; Stop.Data is the proof's input).
	StopMalformed StopReason = iota + 1
	// StopUnavailable: a certificate batch whose data neither the DA
	// committee nor a DA challenge resolution serves (until the challenge
	// is resolved, or settled and the batch void).
	StopUnavailable
	// StopOther: anything else (no DA data source, a failed L1 read of
	// the batch data); the next Sync tries again.
	StopOther
)

func (r StopReason) String() string {
	switch r {
	case StopMalformed:
		return "malformed"
	case StopUnavailable:
		return "unavailable"
	case StopOther:
		return "other"
	}
	return fmt.Sprintf("stop(%d)", uint8(r))
}

// Stop describes the first batch a Sync could not rebuild. It is an error
// (Chain.Complete returns it), unwrapping to the cause: ErrMalformedBatch,
// dawire.ErrUnavailable, ErrNoDataSource, ...
type Stop struct {
	Batch  uint64
	Reason StopReason
	Posted *contracts.PostedBatch
	// Malformed is what proveMalformed will find wrong (StopMalformed).
	Malformed contracts.VoidReason
	// Data is the batch data, when it was obtained (StopMalformed).
	Data []byte
	Err  error
}

func (s *Stop) Error() string {
	return fmt.Sprintf("follower stops before batch %d (%s): %v", s.Batch, s.Reason, s.Err)
}

func (s *Stop) Unwrap() error { return s.Err }

// newStop classifies a rebuild failure of batch pb.
func newStop(pb *contracts.PostedBatch, err error) *Stop {
	s := &Stop{Batch: pb.Header.Number, Posted: pb, Err: err, Reason: StopOther}
	var m *MalformedError
	switch {
	case errors.As(err, &m):
		s.Reason, s.Malformed, s.Data = StopMalformed, m.Reason, m.Data
	case errors.Is(err, dawire.ErrUnavailable):
		s.Reason = StopUnavailable
	}
	return s
}

// Complete returns c.Stop as an error (nil if the chain reaches L1's latest
// batch), for users that need the whole chain, such as a batch poster
// building the next batch.
func (c *Chain) Complete() error {
	if c.Stop == nil {
		return nil
	}
	return c.Stop
}

// Sync brings the chain up to L1's latest block, or to the batch before the
// first one it cannot rebuild: then Chain.Stop says which and why, and the
// chain holds every batch before it (a batch that cannot be rebuilt is a
// fact about L1, not a failure of the sync; errors are kept for failures to
// read L1 and for L1 data inconsistent with itself). Batches the previous Sync
// replayed are kept while their inputs are unchanged; from the first that
// changed on, batches are fetched and replayed again. A returned Chain is
// never modified afterwards (later Syncs share its store, which only grows).
func (f *Follower) Sync(ctx context.Context) (*Chain, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c, err := f.sync(ctx)
	if errors.Is(err, ErrInconsistent) {
		// Events held from earlier scans may be stale beyond the reorg
		// margin: read everything again before believing L1 is wrong.
		f.resetLogs()
		c, err = f.sync(ctx)
	}
	if err != nil {
		return nil, err
	}
	f.prev = c
	return c, nil
}

func (f *Follower) resetLogs() {
	f.entryLogs.Reset()
	f.batchLogs.Reset()
	f.voidLogs.Reset()
	f.chalLogs.Reset()
}

// head returns the L1 block number the event scans stop at, read after the
// contract state they are checked against, so that they cover it; 0 when
// the backend cannot tell (the scans then run to the latest block).
func (f *Follower) head(ctx context.Context) (uint64, error) {
	bn, ok := f.batches.Backend().(blockNumberer)
	if !ok {
		return 0, nil
	}
	h, err := bn.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("L1 head: %w", err)
	}
	return h, nil
}

func (f *Follower) sync(ctx context.Context) (*Chain, error) {
	c, err := f.genesisChain(ctx)
	if err != nil {
		return nil, err
	}
	// Read the batch count first: entries queued after it are then a
	// superset of what the batches consume, whatever lands in between. The
	// head comes last, so the event scans cover both.
	latest, err := f.batches.LatestBatch(ctx)
	if err != nil {
		return nil, fmt.Errorf("latest batch: %w", err)
	}
	queued, err := f.inbox.Length(ctx)
	if err != nil {
		return nil, fmt.Errorf("inbox length: %w", err)
	}
	head, err := f.head(ctx)
	if err != nil {
		return nil, err
	}
	if c.Entries, err = f.entries(ctx, queued, head); err != nil {
		return nil, err
	}
	posted, err := f.posted(ctx, latest, head)
	if err != nil {
		return nil, err
	}
	void, err := f.voids(ctx, latest, head)
	if err != nil {
		return nil, err
	}
	kept := f.reusable(c, posted, void)
	c.Batches = append(c.Batches, f.prev.batchesUpTo(kept)...)
	root, err := c.RootAfter(kept)
	if err != nil {
		return nil, err
	}
	st := replay.NewState(c.Store, root)
	fetched, stopFetch := f.fetchAhead(ctx, c, posted[kept:], void)
	defer stopFetch()
	for _, pb := range posted[kept:] {
		r, ok := <-fetched
		if !ok {
			// The reader closes early only when ctx ends.
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			return nil, fmt.Errorf("batch %d: the batch reader stopped", pb.Header.Number)
		}
		b, err := r.b, r.err
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, ErrInconsistent) {
				// Our own failure, or L1 data to re-read: not a fact
				// about the batch.
				return nil, err
			}
			// Every batch before this one is rebuilt and stays usable:
			// games about them must be played while this one waits for a
			// proof of malformation, a DA challenge or its data.
			c.Stop = newStop(pb, err)
			break
		}
		b.PreRoot = root
		res, err := replay.ReplayBatch(ctx, st, c.Rules, &replay.Batch{Entries: b.Input.Entries, Txs: b.Input.Txs, Void: b.Input.Void}, replay.ReplayOptions{})
		if err != nil {
			return nil, fmt.Errorf("replay batch %d: %w", b.Number(), err)
		}
		// Commit every batch-end state: games anchor at batch ends, and the
		// trace provider reopens them from the store.
		if root, err = st.Commit(ctx); err != nil {
			return nil, fmt.Errorf("commit batch %d: %w", b.Number(), err)
		}
		if root != res.Root {
			return nil, fmt.Errorf("batch %d: committed root %x, replay root %x", b.Number(), root, res.Root)
		}
		b.PostRoot = root
		if f.release && releasable(b) {
			b.Input.Txs, b.Released = nil, true
		}
		c.Batches = append(c.Batches, b)
	}
	return c, nil
}

// releasable reports whether b's transactions can be read back from L1
// alone: a calldata batch that is neither forced nor void.
func releasable(b *Batch) bool {
	return b.Posted.DAMode == contracts.DAModeCalldata && !b.Posted.Forced && !b.Input.Void && len(b.Input.Txs) > 0
}

// rereadSize bounds the released batches whose transactions are kept after
// being read back: a game's trace spans the batches after its anchor, and
// every pass rebuilds the traces of the open games.
const rereadSize = 32

// rereadCache holds the transactions of the batches read back last, by
// header hash. It is safe for concurrent use (games are played at once).
type rereadCache struct {
	mu    sync.Mutex
	order []common.Hash
	txs   map[common.Hash][][]byte
}

func (r *rereadCache) get(h common.Hash) ([][]byte, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	txs, ok := r.txs[h]
	return txs, ok
}

func (r *rereadCache) put(h common.Hash, txs [][]byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.txs == nil {
		r.txs = make(map[common.Hash][][]byte)
	}
	if _, ok := r.txs[h]; ok {
		return
	}
	if len(r.order) == rereadSize {
		delete(r.txs, r.order[0])
		r.order = r.order[1:]
	}
	r.order = append(r.order, h)
	r.txs[h] = txs
}

// Input returns batch n's whole input: its transactions read back from L1
// if the follower released them (checked against the header as when it was
// first replayed).
func (c *Chain) Input(ctx context.Context, n uint64) (trace.BatchInput, error) {
	b, err := c.Batch(n)
	if err != nil {
		return trace.BatchInput{}, err
	}
	return c.input(ctx, b)
}

func (c *Chain) input(ctx context.Context, b *Batch) (trace.BatchInput, error) {
	if !b.Released {
		return b.Input, nil
	}
	in := b.Input
	f := c.follower
	if txs, ok := f.reread.get(b.Posted.HeaderHash); ok {
		in.Txs = txs
		return in, nil
	}
	data, err := f.batches.DataOf(ctx, b.Posted)
	if err != nil {
		return trace.BatchInput{}, fmt.Errorf("read back batch %d: %w", b.Number(), err)
	}
	if in.Txs, err = decodeTxs(&b.Posted.Header, data); err != nil {
		// It decoded when it was replayed and dataHash pins the data.
		return trace.BatchInput{}, fmt.Errorf("%w: batch %d read back: %w", ErrInconsistent, b.Number(), err)
	}
	f.reread.put(b.Posted.HeaderHash, in.Txs)
	return in, nil
}

// fetchDepth is how many batches' data the follower reads ahead of the
// replay. Reading one batch's data is an L1 round trip (its posting
// transaction, ~120 KB): done in turn with the replays, a catch-up over a
// thousand batches waited for a thousand of them. A few are enough to hide
// the latency behind a replay, and bound the data held.
const fetchDepth = 4

// fetched is one batch rebuilt ahead of the replay, or why it could not be.
type fetched struct {
	b   *Batch
	err error
}

// fetchAhead rebuilds posted's batches in order on one goroutine, at most
// fetchDepth ahead of the consumer, and stops after the first failure.
// rebuild reads only c.Entries, which the consumer does not change. stop
// cancels the reads and returns once the goroutine has exited, so that the
// data source is never used after Sync returns.
func (f *Follower) fetchAhead(ctx context.Context, c *Chain, posted []*contracts.PostedBatch, void map[uint64]bool) (<-chan fetched, func()) {
	ctx, cancel := context.WithCancel(ctx)
	out := make(chan fetched, fetchDepth)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(out)
		for _, pb := range posted {
			b, err := f.rebuild(ctx, c, pb, void[pb.Header.Number])
			select {
			case out <- fetched{b, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out, func() {
		cancel()
		<-done
	}
}

// genesisChain returns an empty chain at the genesis: the previous chain's
// store, rules and genesis root when there is one (the store is
// content-addressed, so states of batches that were replaced stay in it
// harmlessly), a fresh one otherwise.
func (f *Follower) genesisChain(ctx context.Context) (*Chain, error) {
	if p := f.prev; p != nil {
		return &Chain{Rules: p.Rules, Store: p.Store, GenesisRoot: p.GenesisRoot, follower: f}, nil
	}
	var store replay.NodeStore = replay.NewMemoryStore()
	if f.store != nil {
		store = f.store
	}
	st, err := replay.NewGenesisState(ctx, f.genesis, store)
	if err != nil {
		return nil, fmt.Errorf("genesis state: %w", err)
	}
	root, err := st.Commit(ctx)
	if err != nil {
		return nil, fmt.Errorf("genesis root: %w", err)
	}
	return &Chain{Rules: f.genesis.Rules(), Store: store, GenesisRoot: root, follower: f}, nil
}

// reusable returns how many of the previous chain's batches c can keep: the
// longest prefix whose BatchPosted events, void flags and consumed inbox
// entries are unchanged. A header commits to its parent's, so an unchanged
// header hash means an unchanged history up to it.
func (f *Follower) reusable(c *Chain, posted []*contracts.PostedBatch, void map[uint64]bool) uint64 {
	p := f.prev
	if p == nil {
		return 0
	}
	var k int
	for k < len(p.Batches) && k < len(posted) {
		b := p.Batches[k]
		h := &b.Posted.Header
		if b.Posted.HeaderHash != posted[k].HeaderHash || b.Input.Void != void[h.Number] || h.QueueEnd > uint64(len(c.Entries)) {
			break
		}
		same := true
		for i := h.QueueStart; i < h.QueueEnd && same; i++ {
			same = p.Entries[i].Hash == c.Entries[i].Hash && p.Entries[i].Index == c.Entries[i].Index
		}
		if !same {
			break
		}
		k++
	}
	return uint64(k)
}

// batchesUpTo returns the first n batches of c (nil c: none).
func (c *Chain) batchesUpTo(n uint64) []*Batch {
	if c == nil || n == 0 {
		return nil
	}
	return c.Batches[:n:n]
}

// voids returns the void flags of batches 1 … latest that are void. A batch
// becomes void only through proveMalformed (BatchVoided) or, for a
// certificate batch, an unanswered DA challenge (Challenged), so only the
// batches named by those events are asked; the others are not void.
func (f *Follower) voids(ctx context.Context, latest, head uint64) (map[uint64]bool, error) {
	candidates := make(map[uint64]bool)
	vs, err := f.voidLogs.Update(ctx, head, f.batches.Voids)
	if err != nil {
		return nil, fmt.Errorf("BatchVoided events: %w", err)
	}
	for _, v := range vs {
		candidates[v.Number] = true
	}
	chalAddr, err := f.batches.DAChallengeAddress(ctx)
	if err != nil {
		return nil, fmt.Errorf("BatchInbox.daChallenge: %w", err)
	}
	if chalAddr != (common.Address{}) {
		cs, err := f.chalLogs.Update(ctx, head, contracts.NewDAChallenge(chalAddr, f.batches.Backend(), nil).ChallengedBatches)
		if err != nil {
			return nil, fmt.Errorf("Challenged events: %w", err)
		}
		for _, c := range cs {
			candidates[c.Number] = true
		}
	}
	void := make(map[uint64]bool)
	for n := range candidates {
		if n == 0 || n > latest {
			continue
		}
		v, err := f.batches.IsVoid(ctx, n)
		if err != nil {
			return nil, fmt.Errorf("void flag of batch %d: %w", n, err)
		}
		if v {
			void[n] = true
		}
	}
	return void, nil
}

// entries returns every EntryQueued event, checked to be the contiguous
// queue and against the hashes the Inbox stores.
func (f *Follower) entries(ctx context.Context, n, head uint64) ([]*contracts.QueuedEntry, error) {
	evs, err := f.entryLogs.Update(ctx, head, f.inbox.Entries)
	if err != nil {
		return nil, err
	}
	out := make([]*contracts.QueuedEntry, 0, n)
	for _, e := range evs {
		if e.Index != uint64(len(out)) {
			// A later event for an index already seen is a reorg leftover
			// or a node quirk; anything else is a gap.
			if e.Index < uint64(len(out)) {
				continue
			}
			return nil, fmt.Errorf("%w: inbox entry %d missing (next event is %d)", ErrInconsistent, len(out), e.Index)
		}
		re, err := ReplayEntry(e)
		if err != nil {
			return nil, err
		}
		if re.Hash() != e.Hash {
			return nil, fmt.Errorf("%w: inbox entry %d payload hashes to %x, event says %x", ErrInconsistent, e.Index, re.Hash(), e.Hash)
		}
		out = append(out, e)
	}
	if uint64(len(out)) < n {
		return nil, fmt.Errorf("%w: inbox holds %d entries, %d events found", ErrInconsistent, n, len(out))
	}
	return out[:n], nil
}

// posted returns the BatchPosted events of batches 1 … latest. The latest
// is checked against the header hash stored on chain and every other
// against its successor's parentHash: BatchInbox accepts a batch only on
// top of the stored header of its predecessor, so the chain of parent
// hashes picks the events of the canonical batches (one call, not one per
// batch).
func (f *Follower) posted(ctx context.Context, latest, head uint64) ([]*contracts.PostedBatch, error) {
	evs, err := f.batchLogs.Update(ctx, head, f.batches.Batches)
	if err != nil {
		return nil, err
	}
	if latest == 0 {
		return nil, nil
	}
	byNumber := make(map[uint64][]*contracts.PostedBatch)
	for _, pb := range evs {
		byNumber[pb.Header.Number] = append(byNumber[pb.Header.Number], pb)
	}
	want, err := f.batches.HeaderHash(ctx, latest)
	if err != nil {
		return nil, fmt.Errorf("header hash of batch %d: %w", latest, err)
	}
	out := make([]*contracts.PostedBatch, latest)
	for n := latest; n >= 1; n-- {
		var found *contracts.PostedBatch
		for _, pb := range byNumber[n] {
			if pb.HeaderHash == want {
				found = pb
			}
		}
		if found == nil {
			return nil, fmt.Errorf("%w: no BatchPosted event for batch %d with header %x", ErrInconsistent, n, want)
		}
		out[n-1] = found
		want = found.Header.ParentHash
	}
	if want != (common.Hash{}) {
		return nil, fmt.Errorf("%w: batch 1 has parent hash %x", ErrInconsistent, want)
	}
	return out, nil
}

// rebuild fetches one batch's data and consumed entries.
func (f *Follower) rebuild(ctx context.Context, c *Chain, pb *contracts.PostedBatch, void bool) (*Batch, error) {
	n := pb.Header.Number
	h := &pb.Header
	if h.QueueEnd > uint64(len(c.Entries)) || h.QueueStart > h.QueueEnd {
		return nil, fmt.Errorf("%w: batch %d consumes entries [%d, %d), %d known", ErrInconsistent, n, h.QueueStart, h.QueueEnd, len(c.Entries))
	}
	var txs [][]byte
	if pb.DAMode == contracts.DAModeCertificate && !pb.Forced {
		var err error
		if txs, err = f.certificateTxs(ctx, pb, void); err != nil {
			return nil, err
		}
	} else {
		data, err := f.batches.DataOf(ctx, pb)
		if err != nil && void && !errors.Is(err, ctx.Err()) {
			// A void batch's transaction steps are no-ops: its data is not
			// needed (as for a void certificate batch without data). A
			// calldata batch whose input does not decode (BatchInbox refuses
			// posters with code since the EIP-7702 fix, PROTOCOL.md §4.2)
			// only stops the follower while it stands.
			data = nil
		} else if err != nil {
			return nil, fmt.Errorf("data of batch %d: %w", n, err)
		}
		if txs, err = decodeTxs(h, data); err != nil {
			if !void {
				return nil, err
			}
			// Proven malformed: its transaction steps are no-ops, and
			// txCount placeholders keep the trace length the contracts
			// count (as for a void certificate batch without data).
			txs = make([][]byte, h.TxCount)
		}
	}
	b := &Batch{Posted: pb, Input: trace.BatchInput{Txs: txs, Void: void}}
	for _, e := range c.Entries[h.QueueStart:h.QueueEnd] {
		re, err := ReplayEntry(e)
		if err != nil {
			return nil, err
		}
		b.Input.Entries = append(b.Input.Entries, re)
	}
	return b, nil
}

// certificateTxs returns a certificate batch's transactions and void flag.
//
// A batch voided by an unanswered DA challenge is replayed as void: its
// transaction steps are no-ops whatever they hold, so the post-state needs
// no data. Its data is still fetched if anyone serves it, because a step
// proof on one of its transaction steps must prove the payload under txRoot
// (§2.7.2). When nobody does, TxCount empty placeholders keep the trace
// length the contracts count (cumTrace uses the header's txCount); the
// roots are right, only such step proofs cannot be built.
func (f *Follower) certificateTxs(ctx context.Context, pb *contracts.PostedBatch, void bool) ([][]byte, error) {
	n, h := pb.Header.Number, &pb.Header
	if void {
		if f.da != nil {
			if data, err := f.da.CertificateData(ctx, pb); err == nil {
				if txs, err := decodeTxs(h, data); err == nil {
					return txs, nil
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return make([][]byte, h.TxCount), nil
	}
	if f.da == nil {
		return nil, fmt.Errorf("batch %d: %w", n, ErrNoDataSource)
	}
	data, err := f.da.CertificateData(ctx, pb)
	if err != nil {
		return nil, fmt.Errorf("data of batch %d: %w", n, err)
	}
	return decodeTxs(h, data)
}

// MalformedError is a batch whose data does not match its header: what
// BatchInbox.proveMalformed voids. It unwraps to ErrMalformedBatch.
type MalformedError struct {
	Batch  uint64
	Reason contracts.VoidReason
	Data   []byte
	Err    error // the decoding error, for VoidMalformedRLP
}

func (e *MalformedError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%v: batch %d: %s: %v", ErrMalformedBatch, e.Batch, e.Reason, e.Err)
	}
	return fmt.Sprintf("%v: batch %d: %s", ErrMalformedBatch, e.Batch, e.Reason)
}

func (e *MalformedError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrMalformedBatch}
	}
	return []error{ErrMalformedBatch, e.Err}
}

// CheckBatchData checks data against h by the rules of BatchInbox's
// _malformedReason, in its order (canonical RLP, txCount, txRoot, length),
// and returns its transactions, or a *MalformedError. The verdict is
// replay.CheckBatchData, the contract's twin including its early stop past
// txCount, so the follower calls a batch malformed exactly when
// proveMalformed would void it.
func CheckBatchData(h *contracts.BatchHeader, data []byte) ([][]byte, error) {
	bad := func(r contracts.VoidReason, err error) ([][]byte, error) {
		return nil, &MalformedError{Batch: h.Number, Reason: r, Data: data, Err: err}
	}
	switch f := replay.CheckBatchData(data, h.TxCount, h.TxRoot, h.DataLength); f {
	case replay.BatchOK:
	case replay.FaultMalformedRLP:
		_, err := replay.DecodeBatchData(data)
		return bad(contracts.VoidMalformedRLP, err)
	case replay.FaultTxCount:
		return bad(contracts.VoidTxCount, fmt.Errorf("more or fewer transactions than the header's %d", h.TxCount))
	case replay.FaultTxRoot:
		return bad(contracts.VoidTxRoot, nil)
	case replay.FaultDataLength:
		// Calldata batches cannot get here (postBatch checks the length);
		// a certificate's dataLength is the disperser's word only.
		return bad(contracts.VoidDataLength, fmt.Errorf("%d bytes, header says %d", len(data), h.DataLength))
	default:
		return bad(contracts.VoidMalformedRLP, fmt.Errorf("unknown batch fault %d", f))
	}
	txs, err := replay.DecodeBatchData(data)
	if err != nil {
		// Only DecodeBatchData's own caps (32 MiB, 2^20 transactions) can
		// get here, far beyond any header BatchInbox accepts.
		return bad(contracts.VoidMalformedRLP, err)
	}
	return txs, nil
}

// decodeTxs decodes batch data and checks it against the header.
func decodeTxs(h *contracts.BatchHeader, data []byte) ([][]byte, error) {
	return CheckBatchData(h, data)
}

// ReplayEntry converts an EntryQueued event into the STF's inbox entry.
func ReplayEntry(e *contracts.QueuedEntry) (replay.InboxEntry, error) {
	switch e.Kind {
	case contracts.EntryKindDeposit:
		to, amount, err := e.Deposit()
		if err != nil {
			return replay.InboxEntry{}, fmt.Errorf("%w: %w", ErrInconsistent, err)
		}
		a, overflow := uint256.FromBig(amount)
		if overflow {
			return replay.InboxEntry{}, fmt.Errorf("%w: deposit %d amount overflows", ErrInconsistent, e.Index)
		}
		return replay.NewDeposit(to, a), nil
	case contracts.EntryKindForcedTx:
		return replay.NewForcedTx(e.Payload), nil
	}
	return replay.InboxEntry{}, fmt.Errorf("%w: inbox entry %d has kind %d", ErrInconsistent, e.Index, e.Kind)
}

// Head returns the latest batch number (0: only the genesis).
func (c *Chain) Head() uint64 { return uint64(len(c.Batches)) }

// Batch returns batch n (n ≥ 1).
func (c *Chain) Batch(n uint64) (*Batch, error) {
	if n == 0 || n > uint64(len(c.Batches)) {
		if c.Stop != nil && n >= c.Stop.Batch {
			return nil, fmt.Errorf("%w: %d (head %d): %w", ErrUnknownBatch, n, len(c.Batches), c.Stop)
		}
		return nil, fmt.Errorf("%w: %d (head %d)", ErrUnknownBatch, n, len(c.Batches))
	}
	return c.Batches[n-1], nil
}

// RootAfter returns the true state root after batch n (the genesis root for 0).
func (c *Chain) RootAfter(n uint64) (common.Hash, error) {
	if n == 0 {
		return c.GenesisRoot, nil
	}
	b, err := c.Batch(n)
	if err != nil {
		return common.Hash{}, err
	}
	return b.PostRoot, nil
}

// HeadRoot returns the true state root after the latest batch.
func (c *Chain) HeadRoot() common.Hash {
	r, _ := c.RootAfter(c.Head())
	return r
}

// State returns a writable state at the root after batch n, backed by the
// chain's store (what a batch poster builds the next batch on).
func (c *Chain) State(n uint64) (*replay.State, error) {
	root, err := c.RootAfter(n)
	if err != nil {
		return nil, err
	}
	return replay.NewState(c.Store, root), nil
}

// Provider returns the true trace of a game over batches anchor+1 … batch,
// starting from the anchor root the game stores. The anchor root must be the
// follower's own root after batch anchor: a game anchored on a root the
// follower does not hold is not one it can prove steps in.
func (c *Chain) Provider(ctx context.Context, anchor uint64, anchorRoot common.Hash, batch uint64) (*trace.ReplayProvider, error) {
	if batch <= anchor {
		return nil, fmt.Errorf("batch %d not after anchor %d", batch, anchor)
	}
	own, err := c.RootAfter(anchor)
	if err != nil {
		return nil, err
	}
	if own != anchorRoot {
		return nil, fmt.Errorf("%w: anchor batch %d root %x, local replay %x", ErrInconsistent, anchor, anchorRoot, own)
	}
	if _, err := c.Batch(batch); err != nil {
		return nil, err
	}
	inputs := make([]trace.BatchInput, 0, batch-anchor)
	for n := anchor + 1; n <= batch; n++ {
		in, err := c.input(ctx, c.Batches[n-1])
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, in)
	}
	return trace.NewReplayProvider(ctx, c.Rules, c.Store, anchorRoot, inputs)
}

// Header returns batch n's posted header (what a step on one of its steps
// carries).
func (c *Chain) Header(n uint64) (*contracts.BatchHeader, error) {
	b, err := c.Batch(n)
	if err != nil {
		return nil, err
	}
	h := b.Posted.Header
	return &h, nil
}

// Signers returns batch n's signers, as its BatchPosted event lists them.
func (c *Chain) Signers(n uint64) ([]common.Address, error) {
	b, err := c.Batch(n)
	if err != nil {
		return nil, err
	}
	return append([]common.Address(nil), b.Posted.Signers...), nil
}
