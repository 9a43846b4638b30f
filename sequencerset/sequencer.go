package sequencerset

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/syndtr/goleveldb/leveldb"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/httplimit"
	"github.com/etherscale/etherscale/replay"
)

// Sequencer is the training-wheels sequencer service: L2 JSON-RPC, mempool,
// batch builder and poster, and the optional load generator.
type Sequencer struct {
	cfg    Config
	deps   Deps
	log    *slog.Logger
	poster *Poster
	db     *leveldb.DB // state nodes and blocks; nil: in memory
	pool   *mempool
	view   *batchView // etherscale_* batch methods
	// set is the SequencerSet the sequencer's key must be active in to
	// post (nil if BatchInbox did not say); while it is not, the mempool
	// refuses transactions (ErrHalted).
	set   *contracts.SequencerSet
	rpc   *rpc.Server
	ln    net.Listener
	guard *httplimit.Guard
	// full is signalled when the mempool holds a full batch, so the
	// builder does not wait for the next interval.
	full chan struct{}
}

// New syncs the L2 chain from L1 (the mempool starts on its head state) and
// binds the JSON-RPC listener; Run serves it. ctx bounds the sync only.
func New(ctx context.Context, cfg Config, deps Deps) (_ *Sequencer, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := deps.validate(cfg); err != nil {
		return nil, err
	}
	r := deps.Rollup
	if cfg.MaxBatchTxs == 0 || cfg.MaxBatchTxs > r.MaxBatchTxs {
		cfg.MaxBatchTxs = r.MaxBatchTxs
	}
	if cfg.MaxBatchBytes == 0 || cfg.MaxBatchBytes > r.MaxBatchBytes {
		cfg.MaxBatchBytes = r.MaxBatchBytes
	}
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	pcfg := cfg.DA
	pcfg.State = nil
	// One goleveldb database holds the state tree nodes and the L2 blocks,
	// receipts and transaction lookups (under their own key prefixes).
	var db *leveldb.DB
	if cfg.StateDir != "" {
		if db, err = leveldb.OpenFile(cfg.StateDir, replay.NodeDBOptions(16<<20)); err != nil {
			return nil, fmt.Errorf("sequencer: open state store %s: %w", cfg.StateDir, err)
		}
		pcfg.State = replay.NewLevelDBStore(db, []byte(replay.DefaultNodeKeyPrefix), cfg.StateCacheBytes)
		defer func() {
			if err != nil {
				db.Close()
			}
		}()
	}
	blocks, err := newBlockStore(db)
	if err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	poster, err := NewPosterWithConfig(deps.L1, deps.Tx, deps.Key, r, pcfg)
	if err != nil {
		return nil, err
	}
	poster.faults = deps.Faults
	chain, err := poster.Sync(ctx)
	if err != nil {
		return nil, fmt.Errorf("sequencer: initial sync: %w", err)
	}
	st, err := chain.State(chain.Head())
	if err != nil {
		return nil, err
	}
	// The rollup's limit, not this node's (possibly lower) one: every node
	// derives the same block hashes (PROTOCOL.md §5.7).
	gasLimit := r.MaxBatchTxs * replay.TransferGas
	if err := blocks.sync(ctx, chain, gasLimit); err != nil {
		return nil, fmt.Errorf("sequencer: L2 blocks: %w", err)
	}
	s := &Sequencer{
		cfg: cfg, deps: deps, log: log, poster: poster, full: make(chan struct{}, 1), db: db,
		pool: newMempool(chain.Rules, r.MaxTxBytes, cfg.MaxPending, chain.Head(), st, blocks, gasLimit, log),
		rpc:  rpc.NewServer(),
	}
	s.pool.censor = deps.Faults.Censor
	httpCfg := cfg.HTTP
	if httpCfg == (httplimit.Config{}) {
		httpCfg = httplimit.Defaults()
	}
	if s.guard, err = httplimit.New(httpCfg); err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	httplimit.RPC(s.rpc)
	s.pool.store, s.pool.history = chain.Store, cfg.StateHistory
	if s.pool.history == 0 {
		s.pool.history = DefaultStateHistory
	}
	// A full mempool starts the next batch at once, however the
	// transaction arrived.
	s.pool.onAdd = s.notifyIfFull
	if addr, err := poster.reader.SequencerSetAddress(ctx); err == nil && addr != (common.Address{}) {
		s.set = contracts.NewSequencerSet(addr, deps.L1, nil)
	}
	s.view = newBatchView(deps.L1, r, blocks)
	s.view.setChain(chain)
	if err := RegisterAPIs(s.rpc, seqBackend{s.pool, s.view}); err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	if s.ln, err = net.Listen("tcp", cfg.ListenAddr); err != nil {
		return nil, fmt.Errorf("sequencer: listen on %s: %w", cfg.ListenAddr, err)
	}
	return s, nil
}

// seqBackend is the training-wheels sequencer's Backend and BatchBackend.
type seqBackend struct {
	*mempool
	*batchView
}

// Close releases the state store, and the listener of a sequencer whose Run
// never ran (Run closes it itself on return). Call it after Run returns.
func (s *Sequencer) Close() error {
	s.poster.Close()
	var errs []error
	if err := s.ln.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
		errs = append(errs, err)
	}
	if s.db != nil {
		errs = append(errs, s.db.Close())
	}
	return errors.Join(errs...)
}

// HTTPStats reports what the JSON-RPC server's guards refused.
func (s *Sequencer) HTTPStats() httplimit.Stats { return s.guard.Stats() }

// URL returns the L2 JSON-RPC URL.
func (s *Sequencer) URL() string { return "http://" + s.ln.Addr().String() }

// WSURL returns the L2 JSON-RPC's WebSocket URL (the same port as URL).
func (s *Sequencer) WSURL() string { return "ws://" + s.ln.Addr().String() }

// Addr returns the JSON-RPC listener's address.
func (s *Sequencer) Addr() net.Addr { return s.ln.Addr() }

// Submit applies the mempool rules to a raw transaction and queues it, as
// eth_sendRawTransaction does.
func (s *Sequencer) Submit(ctx context.Context, raw []byte) error {
	_, err := s.pool.SendRawTransaction(ctx, raw)
	return err
}

// notifyIfFull wakes the builder when the mempool holds a full batch.
func (s *Sequencer) notifyIfFull() {
	if uint64(s.pool.count()) >= s.cfg.MaxBatchTxs {
		select {
		case s.full <- struct{}{}:
		default:
		}
	}
}

// Run serves JSON-RPC and posts batches until ctx ends; it returns nil then.
// It closes the listener on return.
func (s *Sequencer) Run(ctx context.Context) error {
	srv := s.guard.Server(NewHTTPHandler(s.rpc))
	var wg sync.WaitGroup
	errc := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := srv.Serve(s.guard.Listener(s.ln)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("sequencer: serve JSON-RPC: %w", err)
		}
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.answerLoop(ctx)
	}()
	if s.cfg.Load > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.runLoad(ctx)
		}()
	}
	s.checkHalted(ctx) // a sequencer slashed before a restart refuses at once
	s.log.Info("sequencer started", "rpc", s.URL(), "batch", s.pool.latestBatch(), "interval", s.cfg.BatchInterval, "load", s.cfg.Load)
	err := s.buildLoop(ctx, errc)
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
	s.rpc.Stop()
	wg.Wait()
	// Chunk stores still running after the last dispersal finish (or time
	// out) before the sequencer reports it has stopped.
	s.poster.Close()
	return err
}

// failureLogEvery spaces the log lines of a failure that persists.
const failureLogEvery = 30 * time.Second

// failureLog decides when a repeating failure is logged: when it first
// appears (or changes), then every failureLogEvery, not every interval (a
// slashed sequencer is refused every post).
type failureLog struct {
	last string
	at   time.Time
}

// due reports whether a failure identified by key is to be logged now, and
// if so records it.
func (f *failureLog) due(key string) bool {
	if key == f.last && time.Since(f.at) < failureLogEvery {
		return false
	}
	f.last, f.at = key, time.Now()
	return true
}

// clear forgets the last failure: the next one is logged at once.
func (f *failureLog) clear() { f.last = "" }

func (s *Sequencer) buildLoop(ctx context.Context, errc <-chan error) error {
	t := time.NewTicker(s.cfg.BatchInterval)
	defer t.Stop()
	var failures failureLog
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-errc:
			return err
		case <-t.C:
		case <-s.full:
		}
		if s.checkHalted(ctx) {
			// Posting would only be refused, but the RPC keeps serving
			// what L1 holds (forced batches, other posters' batches).
			if err := s.follow(ctx); err != nil && ctx.Err() == nil && failures.due("follow: "+err.Error()) {
				s.log.Warn("follow L1 while halted", "err", err)
			}
			continue
		}
		_, err := s.PostNext(ctx)
		var key string
		if err != nil {
			// Unavailable data and a failed dispersal name members and
			// data roots that vary: one failure, however it is worded.
			key = err.Error()
			for _, e := range []error{dawire.ErrUnavailable, da.ErrThresholdNotReached} {
				if errors.Is(err, e) {
					key = e.Error()
				}
			}
		}
		switch {
		case ctx.Err() != nil:
		case err == nil:
			failures.clear()
		case contracts.LostRace(err):
			// Another poster took the batch number first: the next
			// interval rebases on it.
			s.log.Debug("post batch lost a race", "err", err)
		case failures.due(key):
			// A failed post leaves the mempool as it was: the next
			// interval retries on a fresh sync.
			s.log.Warn("post batch failed", "err", err, "pending", s.pool.count())
		}
	}
}

// follow syncs the L2 chain from L1 and rebases the mempool (and the
// blocks the RPC serves) on it if L1 moved: what PostNext does before it
// builds, for a sequencer that does not post.
func (s *Sequencer) follow(ctx context.Context) error {
	chain, err := s.poster.Sync(ctx)
	if err != nil {
		return err
	}
	if chain.Head() == s.pool.latestBatch() {
		return nil
	}
	st, err := chain.State(chain.Head())
	if err != nil {
		return err
	}
	if err := s.pool.rebase(ctx, chain, st); err != nil {
		return err
	}
	s.view.setChain(chain)
	return nil
}

// checkHalted asks L1 whether the sequencer's key is still an active
// member and halts or resumes the mempool accordingly; it reports whether
// the sequencer is halted. A failed L1 read changes nothing.
func (s *Sequencer) checkHalted(ctx context.Context) bool {
	if s.set == nil {
		return false
	}
	self := crypto.PubkeyToAddress(s.deps.Key.PublicKey)
	active, err := s.set.IsActive(ctx, self)
	if err != nil {
		return s.pool.Halted() != nil
	}
	var reason error
	if !active {
		status := "not a member"
		if info, err := s.set.Sequencer(ctx, self); err == nil {
			status = info.Status.String()
			if info.Status == contracts.SequencerNone {
				status = "not a member (slashed out, withdrawn or never registered)"
			}
		}
		reason = fmt.Errorf("sequencer %s is not active in the SequencerSet (%s): its batches would be refused, so no transaction can reach L1", self, status)
	}
	if s.pool.setHalted(reason) {
		if reason != nil {
			s.log.Error("L2 HALTED: refusing new transactions", "reason", reason, "pending", s.pool.count())
		} else {
			s.log.Info("sequencer active again: accepting transactions")
		}
	}
	return reason != nil
}

// answerLoop answers DA challenges on our batches every batch interval, in
// its own goroutine: a post can take several blocks, and the resolve window
// runs meanwhile.
func (s *Sequencer) answerLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.BatchInterval)
	defer t.Stop()
	var failures failureLog
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := s.poster.AnswerChallenges(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			if failures.due(err.Error()) {
				s.log.Warn("answering DA challenges failed", "err", err)
			}
		case n > 0:
			s.log.Info("answered DA challenges on our batches with their data", "count", n)
		}
	}
}

// PostNext posts one batch with every queued inbox entry and as many
// pending transactions as fit, if there is anything to post. It returns the
// batch number, 0 if nothing was posted. Run calls it every interval; call
// it directly only on a sequencer whose Run is not posting (a test, a
// one-shot tool), since it assumes a single builder.
func (s *Sequencer) PostNext(ctx context.Context) (uint64, error) {
	if s.deps.Faults.IgnoreInbox {
		// Fault injection: a batch must consume the overdue entries, and
		// this sequencer will not; it waits for the forced batch.
		if overdue, err := s.poster.overdue(ctx); err != nil || overdue {
			return 0, err
		}
	}
	txs := s.pool.take(s.cfg.MaxBatchTxs, s.cfg.MaxBatchBytes)
	if len(txs) == 0 {
		idle, err := s.poster.Idle(ctx)
		if err != nil || idle {
			return 0, err
		}
	}
	b, err := s.poster.Build(ctx, txs)
	if err != nil {
		return 0, err
	}
	if known := s.pool.latestBatch(); b.Head.Number != known {
		// txs were taken from a mempool built on another batch: some may
		// be on L1 already. Rebase, and build again next interval.
		st, err := b.Chain.State(b.Chain.Head())
		if err != nil {
			return 0, err
		}
		if err := s.pool.rebase(ctx, b.Chain, st); err != nil {
			return 0, err
		}
		s.view.setChain(b.Chain)
		s.log.Warn("L1 batch chain moved outside this sequencer; mempool rebased", "was", known, "now", b.Head.Number, "pending", s.pool.count())
		return 0, nil
	}
	s.view.setChain(b.Chain)
	if b.Empty() {
		return 0, nil
	}
	n := b.Head.Number + 1
	root := b.TrueRoot
	if f := s.deps.Faults.StateRoot; f != nil {
		root = f(n, b.TrueRoot)
	}
	pb, err := s.poster.Post(ctx, b, root)
	if err != nil {
		return 0, err
	}
	if err := s.pool.included(ctx, b, pb); err != nil {
		// The batch is on L1: the next Build finds the chain moved and
		// rebases, deriving the block from L1.
		return n, fmt.Errorf("record block %d: %w", n, err)
	}
	if root != b.TrueRoot {
		s.log.Warn("batch posted with a WRONG state root (fault injected)", "batch", n, "posted", root, "true", b.TrueRoot, "l1Block", pb.Block)
	} else {
		s.log.Info("batch posted", "batch", n, "txs", len(b.Txs), "entries", len(b.Entries), "root", root, "l1Block", pb.Block)
	}
	return n, nil
}
