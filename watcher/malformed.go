package watcher

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
)

// malformedDuty is the watcher's memory of batch data already checked.
// Nothing in it is needed after a restart: the chain says which batches are
// void, and the data is read again.
type malformedDuty struct {
	// posted holds the BatchPosted events read so far.
	posted *l2chain.LogCache[*contracts.PostedBatch]
	// settled holds header hashes, with their batch numbers, that have
	// nothing left to do: data matching the header, void, or past the
	// malformed deadline (reported once). Entries the follower has passed
	// are dropped.
	settled map[common.Hash]uint64
}

func newMalformedDuty(deployBlock uint64) *malformedDuty {
	return &malformedDuty{
		posted:  l2chain.NewLogCache(deployBlock, func(pb *contracts.PostedBatch) uint64 { return pb.Block }),
		settled: make(map[common.Hash]uint64),
	}
}

// malformedScope is the journal scope of the proof that batch n is malformed.
func malformedScope(n uint64) string { return fmt.Sprintf("malformed/%d", n) }

// blocked reports a chain that stops before L1's latest batch: the metrics,
// one alert per batch, a log line now and then.
func (w *Watcher) blocked(ctx context.Context, chain *l2chain.Chain, head *types.Header) error {
	s := chain.Stop
	if s == nil {
		w.metrics.unrebuildable.Set(0)
		w.metrics.blockedBatch.Set(0)
		return nil
	}
	latest, err := w.batches.LatestBatch(ctx)
	if err != nil {
		return fmt.Errorf("latest batch: %w", err)
	}
	if latest >= s.Batch {
		// The blocked batch and every one behind it.
		w.metrics.unrebuildable.Set(float64(latest - s.Batch + 1))
	}
	w.metrics.blockedBatch.Set(float64(s.Batch))
	first := false
	// A failed read of the batch's calldata is most likely our node's
	// trouble and retried next pass: the gauges and the log say it, a page
	// would be noise. A watcher without the DA duties that meets a
	// certificate batch is stuck for good: that pages.
	if s.Reason != l2chain.StopOther || errors.Is(s.Err, l2chain.ErrNoDataSource) {
		if first, err = w.alertUnrebuildable(ctx, s.Posted, s.Reason.String(), s.Err, head); err != nil {
			return err
		}
	}
	if first || time.Since(w.blockedLogged) >= unavailableLogEvery {
		w.log.Warn("follower stops before a batch it cannot rebuild; games on it and later batches wait", "batch", s.Batch, "reason", s.Reason, "err", s.Err, "rebuilt", chain.Head(), "latest", latest)
		w.blockedLogged = time.Now()
	}
	return nil
}

// alertUnrebuildable sends the batch-unrebuildable alert for batch pb once
// (the store remembers it across restarts) and reports whether it was the
// first time.
func (w *Watcher) alertUnrebuildable(ctx context.Context, pb *contracts.PostedBatch, reason string, cause error, head *types.Header) (bool, error) {
	n := pb.Header.Number
	done, err := w.store.Unrebuildable(n, pb.HeaderHash)
	if err != nil || done {
		return false, err
	}
	if err := w.store.putUnrebuildable(n, pb.HeaderHash); err != nil {
		return false, err
	}
	detail := reason
	if cause != nil {
		detail += ": " + cause.Error()
	}
	w.sendAlert(ctx, Alert{Kind: "batch-unrebuildable", Batch: n, Claimed: pb.HeaderHash.Hex(), Reason: detail, L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
	return true, nil
}

// proveMalformedBatches voids every batch whose data does not match its
// header while BatchInbox.proveMalformed still accepts it, so that no batch
// outlives its malformed window non-void: such a batch could never be
// voided nor its signers slashed, and the follower could never rebuild it.
//
// The batches the follower rebuilt are well-formed or void by
// construction; the others are checked here, the one the follower stopped
// at from the data it read, later ones from their calldata (or, for
// certificate batches, from the DA duty's data: a batch whose data nobody
// serves is the DA challenge's business). Later ones matter because the
// follower may stay stopped at an unavailable batch for a whole DA
// challenge, longer than a later batch's malformed window.
func (w *Watcher) proveMalformedBatches(ctx context.Context, chain *l2chain.Chain, head *types.Header) error {
	d := w.malformed
	for h, n := range d.settled {
		if n <= chain.Head() {
			delete(d.settled, h)
		}
	}
	if chain.Stop == nil {
		// Every batch the follower read is rebuilt, hence well-formed or
		// void; batches posted since are its next Sync's.
		return nil
	}
	posted, err := d.posted.Update(ctx, head.Number.Uint64(), w.batches.Batches)
	if err != nil {
		return fmt.Errorf("BatchPosted events: %w", err)
	}
	var errs []error
	for _, pb := range posted {
		n := pb.Header.Number
		if _, done := d.settled[pb.HeaderHash]; n <= chain.Head() || pb.Forced || done {
			continue
		}
		if err := w.checkMalformed(ctx, chain.Stop, pb, head); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, fmt.Errorf("malformed check of batch %d: %w", n, err))
		}
	}
	return errors.Join(errs...)
}

// checkMalformed checks one batch after the follower's head and proves it
// malformed if it is.
func (w *Watcher) checkMalformed(ctx context.Context, stop *l2chain.Stop, pb *contracts.PostedBatch, head *types.Header) error {
	d, n := w.malformed, pb.Header.Number
	// A reorged-out or replaced event is not the batch the contracts hold.
	if stored, err := w.batches.HeaderHash(ctx, n); err != nil {
		return fmt.Errorf("header hash: %w", err)
	} else if stored != pb.HeaderHash {
		return nil
	}
	var data []byte
	switch {
	case stop != nil && stop.Batch == n && stop.Posted.HeaderHash == pb.HeaderHash && stop.Reason == l2chain.StopMalformed:
		data = stop.Data
	case pb.DAMode == contracts.DAModeCalldata:
		var err error
		if data, err = w.batches.DataOf(ctx, pb); err != nil {
			return fmt.Errorf("batch data: %w", err)
		}
	default:
		if w.da == nil {
			return nil
		}
		got, ok := w.da.cached(pb.HeaderHash)
		if !ok {
			return nil // not retrieved (yet): the DA duty challenges or retrieves it
		}
		data = got
	}
	_, checkErr := l2chain.CheckBatchData(&pb.Header, data)
	var bad *l2chain.MalformedError
	if !errors.As(checkErr, &bad) {
		d.settled[pb.HeaderHash] = n
		return nil
	}
	rec, err := w.batches.Batch(ctx, n)
	if err != nil {
		return fmt.Errorf("batch record: %w", err)
	}
	if rec.Void {
		d.settled[pb.HeaderHash] = n
		return nil
	}
	deadline, err := w.batches.MalformedDeadline(ctx, n)
	if err != nil {
		return fmt.Errorf("malformed deadline: %w", err)
	}
	if _, err := w.alertUnrebuildable(ctx, pb, l2chain.StopMalformed.String(), bad, head); err != nil {
		return err
	}
	if head.Time > deadline {
		// Too late: nothing the watcher can send changes it any more.
		w.log.Error("malformed batch past its malformed deadline: it can no longer be voided", "batch", n, "reason", bad.Reason, "deadline", deadline)
		d.settled[pb.HeaderHash] = n
		return nil
	}
	w.log.Warn("malformed batch; proving it (batch void, signers slashed)", "batch", n, "reason", bad.Reason, "deadline", deadline, "secondsLeft", deadline-head.Time, "bytes", len(data))
	// Gas: the transactor estimates it, which also refuses a proof that
	// would revert (lost race, window closed) without paying for it.
	bi := contracts.NewBatchInbox(w.deps.BatchInbox, w.deps.L1, w.journal(malformedScope(n)))
	v, _, err := bi.ProveMalformed(ctx, &pb.Header, pb.Signers, data)
	switch {
	case contracts.LostRace(err):
		// Another prover voided it first (the journal counted the race).
		w.log.Debug("batch already proven malformed by another party", "batch", n)
		d.settled[pb.HeaderHash] = n
		return nil
	case err != nil:
		return err
	}
	w.log.Info("batch proven malformed", "batch", n, "reason", v.Reason, "signers", len(pb.Signers))
	d.settled[pb.HeaderHash] = n
	return nil // the slash reward is withdrawn by the pass's claimCredits
}
