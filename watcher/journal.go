package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/txmgr"
)

// journal is the responder's write-ahead log: a contracts.Transactor that
// records every transaction in the store before it is sent and its outcome
// after. The agent already re-reads the chain before acting, which is what
// keeps a restart from repeating a move; the journal adds the evidence
// (hashes, blocks, failures) and lets a restart see that a send was cut
// short, so it waits for that transaction before re-planning.
type journal struct {
	l1      L1
	inner   contracts.Transactor
	store   *Store
	scope   string
	metrics *Metrics
	log     *slog.Logger
}

var methodABIs = func() []abi.ABI {
	return []abi.ABI{bindings.NewDisputeGameFactory().GetABI(), bindings.NewAnchorStateRegistry().GetABI(), bindings.NewDAChallenge().GetABI(),
		bindings.NewBatchInbox().GetABI(), bindings.NewSequencerSet().GetABI()}
}()

// methodName names a call by its selector, for the log.
func methodName(data []byte) string {
	if len(data) < 4 {
		return "(no selector)"
	}
	for _, a := range methodABIs {
		if m, err := a.MethodById(data[:4]); err == nil {
			return m.Name
		}
	}
	return fmt.Sprintf("0x%x", data[:4])
}

// methodCounter maps a mined call to the counter it increments.
var methodCounter = map[string]string{
	"move":                mMoves,
	"step":                mSteps,
	"resolveClaim":        mResolutions,
	"create":              mGamesOpened,
	"createSequencerGame": mGamesOpened,
	"update":              mAnchorMoves,
	// DAChallenge (its method names are not used by the game contracts).
	"challenge":    mDAChallenges,
	"resolve":      mDAResolutions,
	"settle":       mDASettlements,
	"resolveChunk": mDAChunkResolutions,
	"settleChunk":  mDAChunkSettlements,
	// BatchInbox
	"proveMalformed": mMalformedProofs,
}

func (j *journal) From() common.Address { return j.inner.From() }

func (j *journal) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	nonce, err := j.l1.PendingNonceAt(ctx, j.inner.From())
	if err != nil {
		return nil, fmt.Errorf("action log: pending nonce: %w", err)
	}
	head, err := j.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("action log: head: %w", err)
	}
	var to common.Address
	if c.To != nil {
		to = *c.To
	}
	rec, err := j.store.beginAction(j.scope, methodName(c.Data), nonce, head.Number.Uint64(), to)
	if err != nil {
		// Sending without a log entry would break the restart guarantee.
		return nil, fmt.Errorf("action log: %w", err)
	}
	// With several games played at once, the pending nonce read above is
	// only where this send starts looking: the sender reports the nonce
	// and hash it actually signs (and every fee-bumped replacement), and
	// the record is rewritten before the transaction leaves, so a restart
	// looks for exactly that nonce.
	prevSigned := c.OnSigned
	c.OnSigned = func(tx *types.Transaction) {
		rec.Nonce, rec.TxHash = tx.Nonce(), tx.Hash()
		if err := j.store.putAction(rec); err != nil {
			j.log.Error("action log", "seq", rec.Seq, "err", err)
		}
		if prevSigned != nil {
			prevSigned(tx)
		}
	}
	rcpt, sendErr := j.inner.Send(ctx, c)
	if sendErr != nil && rcpt == nil && inDoubt(ctx, sendErr) {
		// The transaction may be in the pool or mined: leave the record
		// "sending" for settle to resolve from the chain.
		rec.Err = sendErr.Error()
		if err := j.store.putAction(rec); err != nil {
			j.log.Error("action log", "seq", rec.Seq, "err", err)
		}
		return nil, sendErr
	}
	j.finish(rec, rcpt, sendErr)
	return rcpt, sendErr
}

// inDoubt reports whether a failed send may still have reached the chain.
func inDoubt(ctx context.Context, err error) bool {
	return ctx.Err() != nil || errors.Is(err, txmgr.ErrReceiptTimeout)
}

// finish records an action's outcome. The record and the counters it
// feeds are written together, so a kill counts a mined transaction once
// (or, through settle, later) — never twice.
func (j *journal) finish(rec *ActionRecord, rcpt *types.Receipt, sendErr error) {
	switch {
	case rcpt != nil && rcpt.Status == types.ReceiptStatusSuccessful && sendErr == nil:
		rec.State = ActionMined
	case rcpt != nil:
		rec.State = ActionReverted
	default:
		rec.State = ActionFailed
	}
	if rcpt != nil {
		rec.TxHash, rec.Block = rcpt.TxHash, rcpt.BlockNumber.Uint64()
	}
	u := j.store.newUpdate()
	rec.Err = ""
	if sendErr != nil {
		rec.Err = sendErr.Error()
	}
	switch {
	case rec.State == ActionMined:
		if name, ok := methodCounter[rec.Method]; ok {
			u.add(name, 1)
		}
	case contracts.LostRace(sendErr):
		// Nothing is wrong: alerting on failures must not page for it.
		rec.State = ActionLost
		u.add(mRacesLost, 1)
	default:
		u.add(mTxFailures, 1)
	}
	u.action(rec)
	deltas, err := u.commit()
	if err != nil {
		j.log.Error("action log", "seq", rec.Seq, "err", err)
	}
	j.metrics.apply(deltas)
}
