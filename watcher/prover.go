package watcher

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
)

// final reports whether games on batch n can be opened now: the factory
// wants block.timestamp > postedAt + challengeWindow, and gas estimation runs
// against the head's timestamp, so the head itself must be past the window
// (waiting for the next block would only buy a refused estimate).
func (w *Watcher) final(ctx context.Context, n uint64, head *types.Header) (bool, error) {
	posted, err := w.batches.PostedAt(ctx, n)
	if err != nil {
		return false, fmt.Errorf("postedAt of batch %d: %w", n, err)
	}
	return contracts.BatchDisputable(posted, w.params.ChallengeWindow, head.Time), nil
}

// factoryClient returns a factory client whose transactions are journaled
// under scope.
func (w *Watcher) factoryClient(scope string) *contracts.DisputeGameFactory {
	j := w.journal(scope)
	return contracts.NewDisputeGameFactory(w.deps.Factory, w.deps.L1, j)
}

// disputeHeaders opens a sequencer game on every final batch after the
// anchor whose header stateRoot differs from the local replay, unless one
// exists. Only batches after the anchor can be disputed (the factory's
// BatchNotAfterAnchor); a wrong root at or before it was already settled.
func (w *Watcher) disputeHeaders(ctx context.Context, chain *l2chain.Chain, anchor contracts.Anchor, head *types.Header) error {
	var errs []error
	for n := anchor.Batch + 1; n <= chain.Head(); n++ {
		b, err := chain.Batch(n)
		if err != nil {
			return err
		}
		h := b.Posted.Header
		// A forced batch claims no root; a void one has no trace to dispute.
		if h.StateRoot == (common.Hash{}) || b.Input.Void || h.StateRoot == b.PostRoot {
			continue
		}
		if ok, err := w.final(ctx, n, head); err != nil || !ok {
			if err != nil {
				errs = append(errs, err)
			}
			continue
		}
		if _, exists, err := w.factory.GameFor(ctx, true, n, h.StateRoot); err != nil {
			errs = append(errs, fmt.Errorf("gameFor batch %d: %w", n, err))
			continue
		} else if exists {
			continue
		}
		w.log.Warn("wrong batch root; opening a sequencer game", "batch", n, "posted", h.StateRoot, "true", b.PostRoot)
		if err := w.openSequencerGame(ctx, chain, anchor, n); err != nil {
			errs = append(errs, fmt.Errorf("sequencer game on batch %d: %w", n, err))
			continue
		}
		// Alerted once: the game now exists, so later passes skip the
		// batch. The fault is counted when the game is first played, like
		// any wrong root.
		w.sendAlert(ctx, Alert{Kind: "wrong-batch-root", Batch: n, Claimed: h.StateRoot.Hex(), True: b.PostRoot.Hex(), L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
	}
	return errors.Join(errs...)
}

// openSequencerGame disputes batch n's header, attacking its root with the
// true state at the attack position (the trace's midpoint).
func (w *Watcher) openSequencerGame(ctx context.Context, chain *l2chain.Chain, anchor contracts.Anchor, n uint64) error {
	h, err := chain.Header(n)
	if err != nil {
		return err
	}
	prov, err := chain.Provider(ctx, anchor.Batch, anchor.Root, n)
	if err != nil {
		return err
	}
	d, err := bisection.GameDepth(prov.Length())
	if err != nil {
		return err
	}
	pos, err := bisection.RootPosition.Attack(d)
	if err != nil {
		return err
	}
	ti, err := pos.TraceIndex(d)
	if err != nil {
		return err
	}
	value, err := prov.StateAt(ctx, ti)
	if err != nil {
		return err
	}
	f := w.factoryClient("factory")
	bond, err := f.BondAt(ctx, 1)
	if err != nil {
		return err
	}
	_, _, err = f.CreateSequencerGame(ctx, h, value, bond)
	return err
}

// propose is the prover: it claims the true root of the latest final batch
// that is a multiple of ProveEvery and after the anchor, unless a claim on
// that root exists. Older multiples are skipped on purpose: a claim on the
// latest one moves the anchor past them all.
func (w *Watcher) propose(ctx context.Context, chain *l2chain.Chain, anchor contracts.Anchor, head *types.Header) error {
	n := chain.Head() / w.cfg.ProveEvery * w.cfg.ProveEvery
	for ; n > anchor.Batch && n > 0; n -= w.cfg.ProveEvery {
		ok, err := w.final(ctx, n, head)
		if err != nil {
			return err
		}
		if ok {
			break
		}
	}
	if n <= anchor.Batch || n == 0 {
		return nil
	}
	root, err := chain.RootAfter(n)
	if err != nil {
		return err
	}
	if _, exists, err := w.factory.GameFor(ctx, false, n, root); err != nil {
		return fmt.Errorf("gameFor batch %d: %w", n, err)
	} else if exists {
		return nil
	}
	f := w.factoryClient("factory")
	bond, err := f.BondAt(ctx, 0)
	if err != nil {
		return err
	}
	g, _, err := f.Create(ctx, n, root, bond)
	if err != nil {
		return fmt.Errorf("claim batch %d: %w", n, err)
	}
	w.log.Info("claimed", "batch", n, "root", root, "game", g.ID())
	return nil
}
