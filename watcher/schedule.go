package watcher

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/bisection/agent"
	"github.com/etherscale/etherscale/bisection/trace"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
)

// playAll is the scheduler. Every open game is planned first (its state
// read and the honest actions decided, Workers games at once), then the
// plans are played earliest deadline first — the deadline of a plan is the
// end of the counter window of the oldest claim it answers — again Workers
// games at once. The transaction sender pipelines nonces across the
// workers, so up to Workers counters are in flight and can land in one L1
// block: a flood of wrong claims is answered at Workers per block instead
// of one per receipt wait, and the answer to the claim closest to its
// deadline goes first.
//
// Among plans with the same deadline the order is a hash of our own
// address and the game id: two honest instances watching the same games
// start on different ones instead of racing each other for the same move
// (a race costs the loser a reverted transaction and the winner nothing,
// but both waste a slot in the block).
func (w *Watcher) playAll(ctx context.Context, chain *l2chain.Chain, head *types.Header, at uint64) error {
	games, err := w.store.Games()
	if err != nil {
		return err
	}
	var todo []*GameRecord
	for _, r := range games {
		if r.Done {
			continue
		}
		if s := chain.Stop; s != nil && r.Batch >= s.Batch {
			// Its trace runs through a batch the follower cannot rebuild
			// yet: it cannot be judged, let alone played. Not an error:
			// the other games go on, and this one once the batch is void
			// or its data served.
			if w.skipLogged[r.ID] != s.Batch {
				w.log.Warn("game waits for a batch the follower cannot rebuild", "game", r.ID, "batch", r.Batch, "blockedAt", s.Batch, "reason", s.Reason)
				w.skipLogged[r.ID] = s.Batch
			}
			continue
		}
		delete(w.skipLogged, r.ID)
		todo = append(todo, r)
	}
	if len(todo) == 0 {
		w.metrics.nearDeadline.Set(0)
		return nil
	}
	src := newProviderCache(chain)
	self := w.deps.Tx.From()
	type job struct {
		r       *GameRecord
		a       *agent.Agent
		plan    *agent.Planned
		err     error
		order   uint64
		counter bool
		changed bool
	}
	// Every game's state in a few batched requests, pinned at one block
	// (at: the latest, so games opened in this pass are in it); games that
	// did not change come from the cache (gameread.go).
	ids := make([]uint64, len(todo))
	for i, r := range todo {
		ids[i] = r.ID
	}
	states, readErrs, stats, err := w.readGames(ctx, ids, at)
	if err != nil {
		return fmt.Errorf("read games: %w", err)
	}
	w.log.Debug("games read", "cached", stats.Cached, "reread", stats.Reread, "failed", len(readErrs), "block", at)
	jobs := make([]*job, len(todo))
	forEach(ctx, w.cfg.Workers, len(todo), func(i int) {
		r := todo[i]
		a := agent.New(w.gameClient(r.ID), headClock{head: head, L1: w.deps.L1}, self, w.log)
		a.SetParams(*w.params)
		a.SetParallel(w.cfg.Workers)
		j := &job{r: r, a: a, order: tieBreak(self, r.ID)}
		jobs[i] = j
		if j.err = readErrs[r.ID]; j.err != nil {
			return
		}
		snap, err := agent.SnapshotOf(states[r.ID], *w.params, head.Time)
		if err != nil {
			j.err = err
			return
		}
		j.plan, j.err = a.PlanFrom(ctx, snap, src)
	})
	if ctx.Err() != nil {
		// forEach stopped handing out games: some were never planned.
		return ctx.Err()
	}
	deadline := func(j *job) uint64 {
		if j.plan == nil {
			return agent.NoDeadline
		}
		return j.plan.Deadline()
	}
	sort.SliceStable(jobs, func(i, k int) bool {
		di, dk := deadline(jobs[i]), deadline(jobs[k])
		if di != dk {
			return di < dk
		}
		return jobs[i].order < jobs[k].order
	})
	// Counters due within a quarter of a claim window: the honest side is
	// falling behind (or the L1 is congested) and someone should look.
	margin := w.params.ClaimTimeout / 4
	near := 0
	for _, j := range jobs {
		if d := deadline(j); d != agent.NoDeadline && d <= head.Time+margin {
			near += j.plan.Counters()
		}
	}
	w.metrics.nearDeadline.Set(float64(near))
	if near > 0 {
		w.log.Warn("counters due within a quarter of the claim window", "counters", near, "games", len(jobs))
	}
	errs := make([]error, len(jobs))
	forEach(ctx, w.cfg.Workers, len(jobs), func(i int) {
		j := jobs[i]
		if j.err != nil {
			errs[i] = j.err
			return
		}
		rep, err := j.a.Execute(ctx, j.plan, src)
		if err != nil && contracts.Reverted(err, "CounterWindowClosed") {
			w.missedDeadline(ctx, j.r, head)
		}
		j.changed = err != nil || rep == nil || len(rep.Sent) > 0 || rep.Stale || rep.Slashed || rep.Credit != nil || rep.Done()
		errs[i] = w.record(ctx, j.r, rep, err, head)
	})
	// A game we changed, lost a race in, or failed on is read again next
	// pass (our own transactions are in blocks after at).
	for i, j := range jobs {
		if j.changed || errs[i] != nil {
			w.games.forget(j.r.ID)
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var out []error
	for i, err := range errs {
		if err != nil {
			// One game's failure (an unreplayable anchor, a reverted
			// transaction) must not starve the others.
			out = append(out, fmt.Errorf("game %d: %w", jobs[i].r.ID, err))
		}
	}
	return errors.Join(out...)
}

// missedDeadline records a counter that arrived after its claim's window
// closed: the claim it answered now stands. It is the alarm that the
// honest side's capacity (Workers per block) or its L1 connection is not
// enough for what is being posted.
func (w *Watcher) missedDeadline(ctx context.Context, r *GameRecord, head *types.Header) {
	w.log.Error("a counter missed its claim's window", "game", r.ID, "batch", r.Batch)
	u := w.store.newUpdate()
	u.add(mDeadlinesMissed, 1)
	if deltas, err := u.commit(); err == nil {
		w.metrics.apply(deltas)
	}
	id := r.ID
	w.sendAlert(ctx, Alert{Kind: "deadline-missed", Game: &id, Batch: r.Batch, Claimed: r.Root.Hex(), L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
}

// tieBreak orders games of equal deadline differently for every instance.
func tieBreak(self common.Address, id uint64) uint64 {
	h := crypto.Keccak256(self.Bytes(), binary.BigEndian.AppendUint64(nil, id))
	return binary.BigEndian.Uint64(h[:8])
}

// forEach runs fn(0 … n−1) on up to workers goroutines, handing out
// indices in order, so earlier items start first. It stops handing out
// work when ctx ends.
func forEach(ctx context.Context, workers, n int, fn func(int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// providerCache is the agents' trace source for one pass: games on the same
// batch range share one replayed trace instead of each replaying it (a
// flood of games on one batch would otherwise replay it once per game per
// pass).
type providerCache struct {
	chain *l2chain.Chain
	mu    sync.Mutex
	byKey map[providerKey]*providerEntry
}

type providerKey struct {
	anchor     uint64
	anchorRoot common.Hash
	batch      uint64
}

type providerEntry struct {
	once sync.Once
	p    *trace.ReplayProvider
	err  error
}

func newProviderCache(chain *l2chain.Chain) *providerCache {
	return &providerCache{chain: chain, byKey: make(map[providerKey]*providerEntry)}
}

func (c *providerCache) Provider(ctx context.Context, anchor uint64, anchorRoot common.Hash, batch uint64) (*trace.ReplayProvider, error) {
	k := providerKey{anchor, anchorRoot, batch}
	c.mu.Lock()
	e, ok := c.byKey[k]
	if !ok {
		e = &providerEntry{}
		c.byKey[k] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.p, e.err = c.chain.Provider(ctx, anchor, anchorRoot, batch) })
	return e.p, e.err
}

func (c *providerCache) Header(n uint64) (*contracts.BatchHeader, error) { return c.chain.Header(n) }

func (c *providerCache) Signers(n uint64) ([]common.Address, error) { return c.chain.Signers(n) }

var _ agent.TraceSource = (*providerCache)(nil)

// headClock answers "the latest header" with the pass's head: every game of
// a pass is judged at the same L1 time, and a pass over many games makes
// one head request instead of one per game.
type headClock struct {
	head *types.Header
	L1
}

func (c headClock) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if number == nil {
		return c.head, nil
	}
	return c.L1.HeaderByNumber(ctx, number)
}
