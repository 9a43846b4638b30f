// Package watcher is the watchtower service: it follows L1 block by block
// and plays every dispute game of the rollup's factory for the honest side,
// disputes batch headers whose stateRoot is wrong, and, as a prover,
// claims the true root every N batches and moves the anchor.
//
// Its parts follow the challenger pipeline: the monitor (Run) polls the L1
// head; each new block the scheduler (pass) syncs the follower, records new
// games and claims from the factory's events and hands every open game to
// the agent (bisection/agent), whose solver decides and whose responder
// sends through the journal — a transactor that logs each transaction in
// goleveldb before and after sending. Nothing the watcher needs to act
// correctly lives only in memory: a SIGKILL at any point is followed by a
// restart that re-reads the chain (which says what was done) and the store
// (which says what was in flight and what was already counted).
package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/bisection/agent"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/replay"
)

// L1 is what the watcher reads from the L1 node. *ethclient.Client
// implements it.
type L1 interface {
	contracts.Backend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, number *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deps are the watcher's connections and the deployment it watches.
type Deps struct {
	L1          L1
	Tx          contracts.Transactor // the honest party's sender
	Factory     common.Address
	Inbox       common.Address
	BatchInbox  common.Address
	Genesis     *replay.Genesis
	DeployBlock uint64
	Log         *slog.Logger
}

func (d Deps) validate() error {
	switch {
	case d.L1 == nil:
		return errors.New("watcher: no L1 client")
	case d.Tx == nil:
		return errors.New("watcher: no transactor")
	case d.Genesis == nil:
		return errors.New("watcher: no genesis")
	case d.Factory == (common.Address{}) || d.Inbox == (common.Address{}) || d.BatchInbox == (common.Address{}):
		return errors.New("watcher: missing contract address")
	}
	return nil
}

// Watcher is one running service. It is not safe for concurrent use: one
// goroutine runs Run (or Pass).
type Watcher struct {
	cfg      Config
	deps     Deps
	log      *slog.Logger
	store    *Store
	metrics  *Metrics
	follower *l2chain.Follower
	factory  *contracts.DisputeGameFactory // read-only
	batches  *contracts.BatchInbox
	params   *contracts.DisputeGameParams // immutables, read once
	registry common.Address
	http     *http.Client
	// da is set by EnableDA (da.go); nil: no DA duties.
	da *daDuty
	// malformed proves malformed batches (malformed.go).
	malformed *malformedDuty
	// blockedLogged spaces the log lines of a follower stopped at a batch;
	// skipLogged remembers, per game, the blocked batch its skip was logged
	// for.
	blockedLogged time.Time
	skipLogged    map[uint64]uint64
	// credits are the contracts claimCredits withdraws from (credits.go).
	credits creditHolders
	// games caches the open games' states between passes (gameread.go).
	games gameCache
	// The censorship detectors (censorship.go): the last pass's L2 chain
	// and L1 time, read by Track from the RPC handler's goroutine;
	// trackMu serialises the tracked records' read-modify-writes.
	chain        atomic.Pointer[l2chain.Chain]
	lastHeadTime atomic.Uint64
	trackMu      sync.Mutex
	status       *statusBoard
	// Detectors 3 and 4 (slots.go, equivocation.go).
	slots slotsDuty
	equiv equivDuty
	// metricsAddr is set by Run and read by other goroutines (tests,
	// embedders), hence atomic.
	metricsAddr atomic.Pointer[net.Addr]
}

// New opens the store and restores the metrics. Close releases the store.
func New(cfg Config, deps Deps) (*Watcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if err := deps.validate(); err != nil {
		return nil, err
	}
	log := deps.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	store, err := OpenStore(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if err := store.bindDeployment(storeDeployment{Factory: deps.Factory, DeployBlock: deps.DeployBlock}); err != nil {
		store.Close()
		return nil, fmt.Errorf("%s: %w (use another data directory, or remove this one)", cfg.DataDir, err)
	}
	m := newMetrics()
	if err := m.restore(store); err != nil {
		store.Close()
		return nil, err
	}
	// One BatchInbox client for the follower and the finality checks;
	// l2chain.New sets its deploy block.
	batches := contracts.NewBatchInbox(deps.BatchInbox, deps.L1, nil)
	w := &Watcher{
		cfg: cfg, deps: deps, log: log.With("self", deps.Tx.From()), store: store, metrics: m,
		follower:   newFollower(deps, batches, store.nodeStore(cfg.StateCacheBytes)),
		factory:    contracts.NewDisputeGameFactory(deps.Factory, deps.L1, nil),
		batches:    batches,
		http:       &http.Client{Timeout: cfg.AlertTimeout},
		malformed:  newMalformedDuty(deps.DeployBlock),
		skipLogged: make(map[uint64]uint64),
		status:     newStatusBoard(cfg.EquivocationSources),
	}
	return w, nil
}

func newFollower(deps Deps, batches *contracts.BatchInbox, nodes replay.NodeStore) *l2chain.Follower {
	f := l2chain.New(contracts.NewInbox(deps.Inbox, deps.L1, nil), batches, deps.Genesis, deps.DeployBlock)
	f.SetStore(nodes)
	// The watcher runs for months: the replayed batches' transactions stay
	// on L1, where a game's trace reads them back, not in memory.
	f.SetReleaseTxs(true)
	return f
}

// Close closes the store.
func (w *Watcher) Close() error {
	if w.da != nil {
		w.da.fetcher.Close()
	}
	return w.store.Close()
}

// Store returns the watcher's store (read access for tools and tests).
func (w *Watcher) Store() *Store { return w.store }

// Metrics returns the watcher's metrics.
func (w *Watcher) Metrics() *Metrics { return w.metrics }

// MetricsAddr returns the address the metrics server listens on, once Run
// started it.
func (w *Watcher) MetricsAddr() net.Addr {
	if a := w.metricsAddr.Load(); a != nil {
		return *a
	}
	return nil
}

// maxRetries bounds the passes re-run on one head after failures. A
// failed pass is retried without waiting for a new block, since it may
// have stopped half-way through a game and a devnet may not mine again;
// past the bound a persistent failure (a game on an anchor the follower
// cannot replay) waits for the next block instead of spinning.
const maxRetries = 3

// Run is the monitor: it processes every new L1 head until ctx ends, and
// returns nil then.
func (w *Watcher) Run(ctx context.Context) error {
	if w.cfg.MetricsAddr != "" {
		addr, err := w.metrics.serve(ctx, w.cfg.MetricsAddr, w.log, map[string]http.HandlerFunc{"/status": w.handleStatus, "/": w.handleRPC})
		if err != nil {
			return err
		}
		w.metricsAddr.Store(&addr)
		w.log.Info("serving metrics", "addr", addr.String())
	}
	if err := w.settle(ctx); err != nil {
		return contextOr(ctx, err)
	}
	var last common.Hash
	failures := 0
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		head, err := w.deps.L1.HeaderByNumber(ctx, nil)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				w.log.Warn("read L1 head", "err", err)
			}
		case head.Hash() != last:
			err := w.Pass(ctx, head)
			if ctx.Err() != nil {
				return nil
			}
			if err == nil || failures+1 >= maxRetries {
				last, failures = head.Hash(), 0
			} else {
				failures++
			}
			switch {
			case err == nil:
			case onlyLostRaces(err):
				// Another honest party did it first (two watchers, a
				// prover beside a watcher): nothing failed.
				w.log.Debug("pass: lost races", "block", head.Number, "err", err)
			default:
				w.log.Warn("pass failed", "block", head.Number, "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// unavailableLogEvery spaces the log lines of a follower stopped at a batch
// it cannot rebuild (while a DA challenge runs its course, for days).
const unavailableLogEvery = 15 * time.Second

func contextOr(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// journal returns the write-ahead log for transactions of scope.
func (w *Watcher) journal(scope string) *journal {
	return &journal{l1: w.deps.L1, inner: w.deps.Tx, store: w.store, scope: scope, metrics: w.metrics, log: w.log}
}

// settleScan bounds the blocks searched for a transaction left in flight.
const settleScan = 256

// settle resolves transactions a previous run left in flight (journal
// records still "sending"). It waits until the account has nothing
// pending, so the chain the agents re-read includes them — otherwise a
// restart could plan the same move again while the first one sits in the
// pool, and pay for a revert — then finds each one on chain by its nonce
// and records its hash and outcome.
func (w *Watcher) settle(ctx context.Context) error {
	acts, err := w.store.Actions()
	if err != nil {
		return err
	}
	var open []*ActionRecord
	for _, a := range acts {
		if a.State == ActionSending {
			open = append(open, a)
		}
	}
	if len(open) == 0 {
		return nil
	}
	self := w.deps.Tx.From()
	w.log.Info("transactions in flight at the last stop; settling them", "count", len(open))
	deadline := time.Now().Add(w.cfg.SettleTimeout)
	var mined uint64
	for {
		pending, err := w.deps.L1.PendingNonceAt(ctx, self)
		if err != nil {
			return fmt.Errorf("pending nonce: %w", err)
		}
		if mined, err = w.deps.L1.NonceAt(ctx, self, nil); err != nil {
			return fmt.Errorf("nonce: %w", err)
		}
		if pending <= mined {
			break
		}
		if time.Now().After(deadline) {
			w.log.Warn("transactions still pending after the settle timeout; going on", "pending", pending-mined)
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(w.cfg.PollInterval):
		}
	}
	j := w.journal("")
	for _, a := range open {
		if a.Nonce >= mined {
			a.State = ActionDropped
			if err := w.store.putAction(a); err != nil {
				return err
			}
			continue
		}
		rcpt, err := w.findTx(ctx, a)
		if err != nil {
			return err
		}
		if rcpt == nil {
			a.State = ActionSettled
			if err := w.store.putAction(a); err != nil {
				return err
			}
			continue
		}
		var sendErr error
		if rcpt.Status != types.ReceiptStatusSuccessful {
			sendErr = errors.New("reverted (found at restart)")
		}
		j.finish(a, rcpt, sendErr)
		w.log.Info("settled a transaction sent before the stop", "seq", a.Seq, "method", a.Method, "tx", rcpt.TxHash, "state", a.State)
	}
	return nil
}

// findTx looks for the transaction of a record by its sender and nonce in
// the blocks after the send began, and returns its receipt (nil if not
// found, or if the nonce went to a different call).
func (w *Watcher) findTx(ctx context.Context, a *ActionRecord) (*types.Receipt, error) {
	id, err := w.deps.L1.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	signer := types.LatestSignerForChainID(id)
	head, err := w.deps.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	self := w.deps.Tx.From()
	for n := a.FromBlock; n <= head.Number.Uint64() && n <= a.FromBlock+settleScan; n++ {
		b, err := w.deps.L1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			if tx.Nonce() != a.Nonce {
				continue
			}
			if from, err := types.Sender(signer, tx); err != nil || from != self {
				continue
			}
			if tx.To() == nil || *tx.To() != a.To || methodName(tx.Data()) != a.Method {
				return nil, nil
			}
			rcpt, err := w.deps.L1.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
			}
			return rcpt, nil
		}
	}
	return nil, nil
}

// Pass is the scheduler's work for one L1 head: sync the follower, prove
// malformed batches, record new games and claims, open games on wrong batch
// roots, make the prover's claims, play every open game and move the
// anchor. A follower stopped at a batch it cannot rebuild does not end the
// pass: games on earlier batches are played, games on it and later ones
// wait. Every step re-reads
// the chain, so a pass may be repeated or cut short at any point.
func (w *Watcher) Pass(ctx context.Context, head *types.Header) error {
	w.metrics.head.Set(float64(head.Number.Uint64()))
	if w.params == nil {
		p, err := w.factory.Params(ctx)
		if err != nil {
			return fmt.Errorf("factory parameters: %w", err)
		}
		reg, err := w.factory.AnchorRegistry(ctx)
		if err != nil {
			return fmt.Errorf("anchor registry: %w", err)
		}
		w.params, w.registry = &p, reg
	}
	// DA duties (da.go) come first: the follower cannot sync past a
	// certificate batch whose data is unavailable until they are done.
	daErr := w.daPass(ctx, head)
	// A chain that stops before a batch it cannot rebuild (chain.Stop) is
	// not a failure: everything up to that batch is played as usual, and
	// the batch itself is proven malformed if it is.
	chain, err := w.follower.Sync(ctx)
	if err != nil {
		return errors.Join(daErr, fmt.Errorf("sync follower: %w", err))
	}
	errs := []error{daErr}
	if err := w.blocked(ctx, chain, head); err != nil {
		errs = append(errs, err)
	}
	if err := w.proveMalformedBatches(ctx, chain, head); err != nil {
		errs = append(errs, err)
	}
	// Censorship (detectors 1 and 2) before the games: a forced batch or
	// transaction is due at a time, and nothing in the games delays it.
	if err := w.censorship(ctx, chain, head); err != nil {
		errs = append(errs, err)
	}
	// Missed slots (detector 3) read L1 only; no deadline rides on them,
	// nor on equivocation (detector 4, after the games below: it asks
	// endpoints anyone who bonds chooses, and a slow one must not delay a
	// counter).
	if err := w.missedSlots(ctx, head); err != nil {
		errs = append(errs, fmt.Errorf("missed slots: %w", err))
	}
	defer w.updateStatus(chain, head.Number.Uint64())
	if err := w.scan(ctx, head.Number.Uint64()); err != nil {
		return errors.Join(append(errs, err)...)
	}
	anchor, err := contracts.NewAnchorStateRegistry(w.registry, w.deps.L1, nil).Anchor(ctx)
	if err != nil {
		return errors.Join(append(errs, fmt.Errorf("read anchor: %w", err))...)
	}
	w.checkAnchor(ctx, chain, anchor, head)
	if w.cfg.OpenSequencerGames {
		if err := w.disputeHeaders(ctx, chain, anchor, head); err != nil {
			errs = append(errs, err)
		}
	}
	if w.cfg.ProveEvery > 0 {
		if err := w.propose(ctx, chain, anchor, head); err != nil {
			errs = append(errs, err)
		}
	}
	// Games opened above are in blocks after head: scan to the new head so
	// they are played in this same pass.
	at := head.Number.Uint64()
	if latest, err := w.deps.L1.HeaderByNumber(ctx, nil); err != nil {
		errs = append(errs, fmt.Errorf("read L1 head: %w", err))
	} else if err := w.scan(ctx, latest.Number.Uint64()); err != nil {
		return err
	} else {
		at = max(at, latest.Number.Uint64())
	}
	if err := w.playAll(ctx, chain, head, at); err != nil {
		errs = append(errs, err)
	}
	if w.cfg.ProveEvery > 0 {
		if err := w.updateAnchor(ctx, chain, anchor, head); err != nil {
			errs = append(errs, err)
		}
	}
	if w.cfg.EquivocationSources != EquivocationOff {
		if err := w.equivocation(ctx, head); err != nil {
			errs = append(errs, fmt.Errorf("equivocation: %w", err))
		}
	}
	if err := w.claimCredits(ctx); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

var (
	factoryABI   = bindings.NewDisputeGameFactory().GetABI()
	topicCreated = factoryABI.Events["GameCreated"].ID
	topicMoved   = factoryABI.Events["ClaimMoved"].ID
	topicClaimRe = factoryABI.Events["ClaimResolved"].ID
	topicCredit  = factoryABI.Events["CreditClaimed"].ID
)

// scan records GameCreated and ClaimMoved events up to head minus the
// confirmation depth. The scanned mark is written with the events it
// covers, so a crash re-reads a range at most, which is idempotent.
func (w *Watcher) scan(ctx context.Context, head uint64) error {
	if head < w.cfg.Confirmations {
		return nil
	}
	safe := head - w.cfg.Confirmations
	from := w.deps.DeployBlock
	if s, ok, err := w.store.Scanned(); err != nil {
		return err
	} else if ok {
		from = s + 1
	}
	for from <= safe {
		to := min(safe, from+w.cfg.LogRange-1)
		logs, err := w.deps.L1.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{w.deps.Factory}, Topics: [][]common.Hash{{topicCreated, topicMoved}},
		})
		if err != nil {
			return fmt.Errorf("factory events %d…%d: %w", from, to, err)
		}
		u := w.store.newUpdate()
		var created []*GameRecord
		for i := range logs {
			l := &logs[i]
			if l.Removed {
				continue
			}
			ev, err := w.factory.DecodeEvents([]*types.Log{l})
			if err != nil {
				return err
			}
			for _, c := range ev.Created {
				id := c.GameID.Uint64()
				if _, ok, err := w.store.Game(id); err != nil {
					return err
				} else if ok {
					continue
				}
				r := &GameRecord{ID: id, Batch: c.Batch, Sequencer: c.Sequencer, Root: c.RootClaim, Creator: c.Creator,
					CreatedBlock: l.BlockNumber, Status: contracts.GameInProgress.String()}
				u.game(r)
				u.add(mGamesSeen, 1)
				created = append(created, r)
			}
			for _, m := range ev.Moved {
				u.claimBlock(m.GameID.Uint64(), m.ClaimIndex, l.BlockNumber)
			}
		}
		u.scanned(to)
		deltas, err := u.commit()
		if err != nil {
			return err
		}
		w.metrics.apply(deltas)
		for _, r := range created {
			w.log.Info("new game", "game", r.ID, "batch", r.Batch, "sequencer", r.Sequencer, "root", r.Root, "block", r.CreatedBlock)
		}
		from = to + 1
	}
	return w.recoverMissedGames(ctx, safe)
}

// gameClient returns a client for game id whose transactions go through a
// journal scoped to the game.
func (w *Watcher) gameClient(id uint64) *contracts.DisputeGame {
	j := w.journal(gameScope(id))
	return contracts.NewDisputeGameFactory(w.deps.Factory, w.deps.L1, j).Game(new(big.Int).SetUint64(id))
}

// record stores what one game's tick saw and did: the root's verdict (and
// its alert), latencies, the outcome and the bond flows of a finished game.
// tickErr is the tick's error, returned unless recording fails.
func (w *Watcher) record(ctx context.Context, r *GameRecord, rep *agent.Report, tickErr error, head *types.Header) error {
	if rep == nil {
		return tickErr
	}
	self := w.deps.Tx.From()
	u := w.store.newUpdate()
	var alert *Alert
	if r.RootCorrect == nil && tickErr == nil {
		ok := rep.RootCorrect
		r.RootCorrect = &ok
		if !ok {
			u.add(mFaults, 1)
			w.log.Warn("wrong root claim", "game", r.ID, "batch", r.Batch, "root", r.Root, "sequencer", r.Sequencer)
			// A sequencer game we opened was alerted about when opened.
			ours := r.Sequencer && r.Creator == self
			if !r.Alerted && !ours && w.cfg.AlertWebhook != "" {
				id := r.ID
				alert = &Alert{Kind: "wrong-claim", Game: &id, Batch: r.Batch, Claimed: r.Root.Hex(), L1Block: head.Number.Uint64(), Time: time.Now().UTC()}
			}
		}
	}
	// Moves, steps and resolutions are counted by the journal, credits
	// from the chain when the game is over: both survive a kill.
	for i, act := range rep.Sent {
		if (act.Kind == bisection.ActionMove || act.Kind == bisection.ActionStep) && i < len(rep.Receipts) && rep.Receipts[i] != nil {
			if err := w.observeLatency(u, r.ID, act.Claim, rep.Receipts[i].BlockNumber.Uint64()); err != nil {
				return err
			}
		}
	}
	r.Status = rep.Status.String()
	if tickErr == nil && rep.Done() {
		r.Done = true
		if !r.Accounted {
			won, lost, credit, err := w.bondFlows(ctx, r.ID, r.CreatedBlock)
			if err != nil {
				return err
			}
			u.add(mBondsWon, weiToEther(won))
			u.add(mBondsLost, weiToEther(lost))
			u.add(mCredits, weiToEther(credit))
			r.Accounted = true
		}
		if info, err := w.factory.Game(new(big.Int).SetUint64(r.ID)).Info(ctx); err == nil {
			r.ResolvedAt = info.ResolvedAt
		}
		// DEBUG: the devnet's monitor (or an operator's dashboard) tells
		// each outcome once; a prover and a watcher both playing the game
		// would otherwise both announce it.
		w.log.Debug("game over", "game", r.ID, "status", r.Status)
	}
	if alert != nil {
		r.Alerted = true
	}
	u.game(r)
	deltas, err := u.commit()
	if err != nil {
		return err
	}
	w.metrics.apply(deltas)
	if alert != nil {
		w.sendAlert(ctx, *alert)
	}
	return tickErr
}

// observeLatency records, once per countered claim, how many L1 blocks
// passed between the claim's inclusion and our counter's.
func (w *Watcher) observeLatency(u *update, game uint64, claim uint32, counterBlock uint64) error {
	if _, ok, err := w.store.Latency(game, claim); err != nil || ok {
		return err
	}
	inc, ok, err := w.store.ClaimBlock(game, claim)
	if err != nil || !ok || counterBlock < inc {
		// Not scanned yet (confirmation depth): the latency is not known.
		return err
	}
	blocks := counterBlock - inc
	u.latency(game, claim, blocks)
	w.metrics.latency.Observe(float64(blocks))
	w.log.Info("countered", "game", game, "claim", claim, "claimBlock", inc, "counterBlock", counterBlock, "latencyBlocks", blocks)
	return nil
}

// bondFlows sums, from a resolved game's events, the bonds of others'
// claims paid to us (won), the bonds of our claims paid to others (lost)
// and the credit we claimed. The chain is the record here, not the
// reports of our own ticks, which a kill can cut short.
func (w *Watcher) bondFlows(ctx context.Context, game, fromBlock uint64) (won, lost, credit *big.Int, err error) {
	won, lost, credit = new(big.Int), new(big.Int), new(big.Int)
	logs, err := w.deps.L1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{w.deps.Factory},
		Topics: [][]common.Hash{{topicClaimRe, topicCredit}, {common.BigToHash(new(big.Int).SetUint64(game))}},
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("resolution events of game %d: %w", game, err)
	}
	ptrs := make([]*types.Log, len(logs))
	for i := range logs {
		ptrs[i] = &logs[i]
	}
	ev, err := w.factory.DecodeEvents(ptrs)
	if err != nil {
		return nil, nil, nil, err
	}
	claims, err := w.factory.Game(new(big.Int).SetUint64(game)).Claims(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	self := w.deps.Tx.From()
	for _, cr := range ev.Resolved {
		if int(cr.ClaimIndex) >= len(claims) || cr.Bond == nil {
			continue
		}
		mine := claims[cr.ClaimIndex].Claimant == self
		switch {
		case !mine && cr.Recipient == self:
			won.Add(won, cr.Bond)
		case mine && cr.Recipient != self:
			lost.Add(lost, cr.Bond)
		}
	}
	if c := ev.Credits[self]; c != nil {
		credit.Set(c)
	}
	return won, lost, credit, nil
}

func (w *Watcher) sendAlert(ctx context.Context, a Alert) {
	if w.cfg.AlertWebhook == "" {
		return
	}
	actx, cancel := context.WithTimeout(ctx, w.cfg.AlertTimeout)
	defer cancel()
	if err := postAlert(actx, w.http, w.cfg.AlertWebhook, a); err != nil {
		w.log.Warn("alert not delivered", "err", err)
	}
}

// onlyLostRaces reports whether every error err joins is a lost race
// (contracts.LostRace): what the pass log demotes to DEBUG.
func onlyLostRaces(err error) bool {
	if _, ok := err.(*txmgr.RevertError); ok {
		return contracts.LostRace(err)
	}
	var children []error
	switch m := err.(type) {
	case interface{ Unwrap() []error }:
		children = m.Unwrap()
	case interface{ WrappedErrors() []error }:
		children = m.WrappedErrors()
	default:
		if u := errors.Unwrap(err); u != nil {
			return onlyLostRaces(u)
		}
		return false
	}
	for _, e := range children {
		if !onlyLostRaces(e) {
			return false
		}
	}
	return len(children) > 0
}
