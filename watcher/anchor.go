package watcher

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
)

// keyAnchorAlerted holds the last wrong anchor alerted about, so that a
// restart does not alert again for the same one.
const keyAnchorAlerted = "meta/anchorAlerted"

type anchorAlerted struct {
	Batch uint64      `json:"batch"`
	Root  common.Hash `json:"root"`
}

// checkAnchor compares the on-chain anchor with the local replay. A wrong
// anchor means a wrong root won its game (PROTOCOL §7.16): every game
// created from now on starts from it, so it is the loudest alarm the
// watcher raises — an error log every pass, the anchor_wrong gauge, and one
// webhook alert per wrong anchor. It never stops the pass: the watcher
// goes on judging and playing every game it can.
func (w *Watcher) checkAnchor(ctx context.Context, chain *l2chain.Chain, anchor contracts.Anchor, head *types.Header) {
	if anchor.Batch > chain.Head() {
		return // not replayed that far yet: cannot judge
	}
	want, err := chain.RootAfter(anchor.Batch)
	if err != nil {
		return
	}
	if want == anchor.Root {
		w.metrics.anchorWrong.Set(0)
		return
	}
	w.metrics.anchorWrong.Set(1)
	w.log.Error("THE ON-CHAIN ANCHOR IS WRONG: a wrong root won its game; games created from it start from a false state",
		"anchorBatch", anchor.Batch, "anchorRoot", anchor.Root, "replayedRoot", want)
	var last anchorAlerted
	if ok, err := w.store.getJSON(keyAnchorAlerted, &last); err != nil || (ok && last.Batch == anchor.Batch && last.Root == anchor.Root) {
		return
	}
	w.sendAlert(ctx, Alert{Kind: "wrong-anchor", Batch: anchor.Batch, Claimed: anchor.Root.Hex(), True: want.Hex(),
		L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
	if err := w.store.putKeyJSON(keyAnchorAlerted, anchorAlerted{Batch: anchor.Batch, Root: anchor.Root}); err != nil {
		w.log.Warn("record wrong-anchor alert", "err", err)
	}
}

// updateAnchor moves the anchor to the newest prover game won by the
// defender whose airgap has passed and whose root the local replay
// confirms. The registry takes any such game, right or wrong: a wrong root
// that won (the honest side missed its window) must never be anchored by
// us, so each candidate is checked against the replay, and a candidate we
// cannot replay yet is left for a later pass. The registry checks the rest
// again; checking first avoids paying for a revert.
func (w *Watcher) updateAnchor(ctx context.Context, chain *l2chain.Chain, anchor contracts.Anchor, head *types.Header) error {
	games, err := w.store.Games()
	if err != nil {
		return err
	}
	var best *GameRecord
	for _, r := range games {
		if r.Sequencer || r.Status != contracts.GameDefenderWins.String() || r.Batch <= anchor.Batch || r.ResolvedAt == 0 {
			continue
		}
		if head.Time < r.ResolvedAt+w.params.AnchorAirgap {
			continue
		}
		if best != nil && r.Batch <= best.Batch {
			continue
		}
		if r.Batch > chain.Head() {
			continue
		}
		want, err := chain.RootAfter(r.Batch)
		if err != nil {
			continue
		}
		if want != r.Root {
			if !r.WrongWin {
				w.log.Error("a wrong root won its game; not anchoring it", "game", r.ID, "batch", r.Batch, "root", r.Root, "replayedRoot", want)
				w.sendAlert(ctx, Alert{Kind: "wrong-root-won", Game: &r.ID, Batch: r.Batch, Claimed: r.Root.Hex(), True: want.Hex(),
					L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
				r.WrongWin = true
				if err := w.store.PutGame(r); err != nil {
					return err
				}
				w.metrics.wrongWins.Inc()
			}
			continue
		}
		best = r
	}
	if best == nil {
		return nil
	}
	j := w.journal("anchor")
	a, _, err := contracts.NewAnchorStateRegistry(w.registry, w.deps.L1, j).Update(ctx, new(big.Int).SetUint64(best.ID))
	if err != nil {
		return fmt.Errorf("move the anchor to game %d: %w", best.ID, err)
	}
	w.log.Info("anchor moved", "batch", a.Batch, "root", a.Root, "game", best.ID)
	best.Anchored = true
	return w.store.PutGame(best)
}
