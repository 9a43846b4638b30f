package watcher

import (
	"context"
	"fmt"
	"math/big"

	"github.com/etherscale/etherscale/contracts"
)

// recoverMissedGames cross-checks the games recorded from events with the
// factory's own count at the scanned block, and records any game the events
// did not show. An L1 provider that drops (or is made to drop) the
// factory's logs would otherwise hide games from the watcher for good: the
// scan mark moves on regardless. The count and each game's record are read
// from contract state, which a provider cannot omit without failing the
// call. Such games get the deployment block as their creation block, so
// the event scans that start there (bond flows) cover them.
func (w *Watcher) recoverMissedGames(ctx context.Context, safe uint64) error {
	count, err := w.factory.GameCountAt(ctx, safe)
	if err != nil {
		return fmt.Errorf("game count at block %d: %w", safe, err)
	}
	known, err := w.store.gameIDs()
	if err != nil {
		return err
	}
	if uint64(len(known)) >= count {
		return nil
	}
	var missed uint64
	for id := uint64(0); id < count; id++ {
		if known[id] {
			continue
		}
		g := w.factory.Game(new(big.Int).SetUint64(id))
		info, err := g.Info(ctx)
		if err != nil {
			return fmt.Errorf("game %d: %w", id, err)
		}
		root, err := g.Claim(ctx, 0)
		if err != nil {
			return fmt.Errorf("game %d root claim: %w", id, err)
		}
		creator := root.Claimant
		if info.Sequencer && info.ClaimCount > 1 {
			// The root claimant of a sequencer game stands for the
			// signers; its creator made the opening attack.
			if open, err := g.Claim(ctx, 1); err == nil {
				creator = open.Claimant
			}
		}
		r := &GameRecord{ID: id, Batch: info.Batch, Sequencer: info.Sequencer, Root: root.Value, Creator: creator,
			CreatedBlock: w.deps.DeployBlock, Status: contracts.GameInProgress.String()}
		u := w.store.newUpdate()
		u.game(r)
		u.add(mGamesSeen, 1)
		u.add(mMissedEvents, 1)
		deltas, err := u.commit()
		if err != nil {
			return err
		}
		w.metrics.apply(deltas)
		missed++
		w.log.Warn("game missing from the L1 provider's events; recorded from the factory's state", "game", id, "batch", r.Batch, "sequencer", r.Sequencer, "root", r.Root)
	}
	if missed > 0 {
		w.log.Warn("the L1 provider's logs omitted games: check the node", "missed", missed, "gameCount", count)
	}
	return nil
}
