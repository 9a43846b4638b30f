package watcher

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// The censorship detectors (issue 11, docs/PROTOCOL.md §10): overdue
// inbox entries (detector 1) and transactions kept out (detector 2). Both
// run every pass after the follower's sync.

// Tracked transaction states.
const (
	TrackPending  = "pending"  // handed to the sequencers, waiting for inclusion
	TrackIncluded = "included" // the sender's L2 nonce moved past it (included, or replaced by the sender)
	TrackForced   = "forced"   // queued in the Inbox by us, waiting for a batch to consume it
	TrackConsumed = "consumed" // the forced entry was consumed by a batch (applied under the STF's rules)
	TrackRefused  = "refused"  // kept out, but the per-sender limit on forcing was reached
)

const (
	prefTracked     = "tracked/"          // tracked/<tx hash> → TrackedTx
	keyInboxAlerted = "meta/inboxalerted" // the oldest overdue entry last alerted about, +1
	censorScope     = "censor"
	inboxScope      = "inbox"
)

// TrackedTx is a user's transaction the watcher makes sure is not kept
// out.
type TrackedTx struct {
	Hash   common.Hash    `json:"hash"`
	Sender common.Address `json:"sender"`
	Nonce  uint64         `json:"nonce"`
	Raw    hexutil.Bytes  `json:"raw"`
	State  string         `json:"state"`
	// AddedAt (L1 time) and AddedBatch (the latest batch then) start the
	// clock: a transaction is forced once ForceAfter has passed and at
	// least one batch landed without it.
	AddedAt    uint64 `json:"addedAt"`
	AddedBatch uint64 `json:"addedBatch"`
	// Submitted counts the sequencer RPCs that accepted it at the last
	// submission, LastSubmit (L1 time) when that was.
	Submitted  int    `json:"submitted"`
	LastSubmit uint64 `json:"lastSubmit,omitempty"`
	// Excluders are the signers of the batches that landed while it was
	// pending: the sequencers (slot leaders, with the BFT node) that could
	// have included it and did not. Batches lists those batches.
	Excluders []common.Address `json:"excluders,omitempty"`
	Batches   []uint64         `json:"batches,omitempty"`
	// ForcedEntry and ForcedTx are the Inbox entry and L1 transaction of
	// forceTransaction; ForcedAt its L1 time.
	ForcedEntry *uint64     `json:"forcedEntry,omitempty"`
	ForcedTx    common.Hash `json:"forcedTx,omitempty"`
	ForcedAt    uint64      `json:"forcedAt,omitempty"`
	// ConsumedBatch is the batch that consumed the forced entry.
	ConsumedBatch uint64 `json:"consumedBatch,omitempty"`
	Err           string `json:"err,omitempty"`
}

func trackedKey(h common.Hash) string { return prefTracked + h.Hex() }

// decoded returns the transaction (it decoded when tracked; nil fields
// if the rules changed, which canPay then refuses).
func (r *TrackedTx) decoded(c *l2chain.Chain) *replay.Tx {
	tx, err := replay.DecodeTx(c.Rules, r.Raw)
	if err != nil {
		return &replay.Tx{Gas: ^uint64(0), GasFeeCap: *uint256.NewInt(^uint64(0))}
	}
	return tx
}

// TrackedTxs returns every tracked transaction.
func (s *Store) TrackedTxs() ([]*TrackedTx, error) {
	var out []*TrackedTx
	it := s.db.NewIterator(util.BytesPrefix([]byte(prefTracked)), nil)
	defer it.Release()
	for it.Next() {
		var r TrackedTx
		if err := json.Unmarshal(it.Value(), &r); err != nil {
			return nil, fmt.Errorf("decode %s: %w", it.Key(), err)
		}
		out = append(out, &r)
	}
	return out, it.Error()
}

// Errors of Track: the handed transaction is refused.
var (
	ErrTrackInvalid = errors.New("transaction refused")
	ErrTrackLimit   = errors.New("tracking limit reached")
	ErrNotSynced    = errors.New("watcher has not followed L2 yet; retry in a few seconds")
)

// Track takes a user's signed L2 transaction and watches that it is not
// kept out (detector 2): it is submitted to every known sequencer now and
// on every pass until included, and forced through Inbox.forceTransaction
// at our expense if it is still valid and not included ForceAfter later
// while batches keep landing. It must decode under the rollup's rules,
// fit the Inbox's size bound, and have a nonce not below its sender's
// current L2 nonce; a sender may have TrackPerSender pending at once.
func (w *Watcher) Track(ctx context.Context, raw []byte) (*TrackedTx, error) {
	c := w.chain.Load()
	if c == nil {
		return nil, ErrNotSynced
	}
	if len(raw) == 0 || len(raw) > w.cfg.MaxTrackedTxBytes {
		return nil, fmt.Errorf("%w: %d bytes (limit %d)", ErrTrackInvalid, len(raw), w.cfg.MaxTrackedTxBytes)
	}
	tx, err := replay.DecodeTx(c.Rules, raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTrackInvalid, err)
	}
	acct, err := w.l2Account(c, tx.From)
	if err != nil {
		return nil, err
	}
	if tx.Nonce < acct.Nonce {
		return nil, fmt.Errorf("%w: nonce %d, the sender's L2 nonce is already %d", ErrTrackInvalid, tx.Nonce, acct.Nonce)
	}
	if !canPay(tx, &acct) {
		// Forcing costs us L1 gas; a transaction that cannot pay its own
		// L2 fee would cost us that for nothing, and empty accounts are
		// free to make.
		return nil, fmt.Errorf("%w: the sender's L2 balance %s does not cover gas × maxFeePerGas + value", ErrTrackInvalid, acct.Balance.Dec())
	}
	// Submitted before the lock: a slow sequencer RPC must not hold up
	// the pass, and submitting is what anyone may do anyway.
	submitted := w.submit(ctx, [][]byte{raw})[0]
	w.trackMu.Lock()
	defer w.trackMu.Unlock()
	var old TrackedTx
	if ok, err := w.store.getJSON(trackedKey(tx.Hash), &old); err != nil {
		return nil, err
	} else if ok {
		return &old, nil
	}
	all, err := w.store.TrackedTxs()
	if err != nil {
		return nil, err
	}
	pending, mine := 0, 0
	for _, r := range all {
		if r.State == TrackPending || r.State == TrackForced {
			pending++
			if r.Sender == tx.From {
				mine++
			}
		}
	}
	if pending >= w.cfg.MaxTracked {
		return nil, fmt.Errorf("%w: %d transactions tracked", ErrTrackLimit, pending)
	}
	if mine >= w.cfg.TrackPerSender {
		return nil, fmt.Errorf("%w: %d transactions of %s tracked", ErrTrackLimit, mine, tx.From)
	}
	r := &TrackedTx{Hash: tx.Hash, Sender: tx.From, Nonce: tx.Nonce, Raw: raw, State: TrackPending,
		AddedAt: w.lastHeadTime.Load(), AddedBatch: c.Head(), Submitted: submitted, LastSubmit: w.lastHeadTime.Load()}
	if err := w.store.putKeyJSON(trackedKey(r.Hash), r); err != nil {
		return nil, err
	}
	w.log.Info("tracking a transaction", "tx", r.Hash, "sender", r.Sender, "nonce", r.Nonce, "sequencersAccepting", r.Submitted)
	return r, nil
}

// canPay reports whether acct covers tx's maximal L2 cost.
func canPay(tx *replay.Tx, acct *replay.Account) bool {
	cost, over := new(uint256.Int).MulOverflow(uint256.NewInt(tx.Gas), &tx.GasFeeCap)
	if over {
		return false
	}
	if _, over = cost.AddOverflow(cost, &tx.Value); over {
		return false
	}
	return acct.Balance.Cmp(cost) >= 0
}

func (w *Watcher) l2Account(c *l2chain.Chain, a common.Address) (replay.Account, error) {
	st, err := c.State(c.Head())
	if err != nil {
		return replay.Account{}, fmt.Errorf("L2 state at batch %d: %w", c.Head(), err)
	}
	return st.Account(a)
}

// trackExpiry is how long (L1 seconds) a transaction may stay pending
// before it is given up: the per-sender and total tracking limits would
// otherwise let transactions that can never apply hold every slot.
const trackExpiry = 3600

// submitTimeout bounds one submission to a sequencer RPC; submissions
// run concurrently, so a pass spends at most about this long on them.
const submitTimeout = 2 * time.Second

// resubmitPerPass bounds the pending transactions re-submitted in one pass
// (the longest-unsubmitted first), and resubmitEvery how often one is:
// a thousand tracked transactions must not make a pass slow.
const (
	resubmitPerPass = 16
	resubmitEvery   = 30 // seconds of L1 time
)

// submit hands each raw transaction to every known sequencer RPC, all at
// once, and returns for each how many took it ("already known" counts: it
// is in that mempool).
func (w *Watcher) submit(ctx context.Context, raws [][]byte) []int {
	counts := make([]int, len(raws))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, raw := range raws {
		for _, url := range w.cfg.SequencerRPCs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if w.submitOne(ctx, url, raw) {
					mu.Lock()
					counts[i]++
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	return counts
}

func (w *Watcher) submitOne(ctx context.Context, url string, raw []byte) bool {
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "eth_sendRawTransaction", "params": []any{hexutil.Bytes(raw)}})
	if err != nil {
		return false
	}
	sctx, cancel := context.WithTimeout(ctx, submitTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(sctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.http.Do(req)
	if err != nil {
		w.log.Debug("sequencer RPC unreachable", "url", url, "err", err)
		return false
	}
	defer resp.Body.Close()
	var out struct {
		Error *struct{ Message string } `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&out); err != nil {
		return false
	}
	return out.Error == nil || strings.Contains(out.Error.Message, "already")
}

// censorship runs detectors 1 and 2 for one pass.
func (w *Watcher) censorship(ctx context.Context, chain *l2chain.Chain, head *types.Header) error {
	w.chain.Store(chain)
	w.lastHeadTime.Store(head.Time)
	return errors.Join(w.overdueEntries(ctx, head), w.keptOut(ctx, chain, head))
}

// overdueEntries is detector 1: inbox entries older than inclusionWindow
// that no batch consumed. They are counted and alerted about; once the
// escape hatch opens (forceGrace later) the watcher posts the forced
// batch, which consumes them and penalises every sequencer that was
// active when the oldest became overdue.
func (w *Watcher) overdueEntries(ctx context.Context, head *types.Header) error {
	inbox := contracts.NewInbox(w.deps.Inbox, w.deps.L1, nil)
	overdue, err := inbox.OverdueCount(ctx)
	if err != nil {
		return fmt.Errorf("inbox overdue count: %w", err)
	}
	ch, err := w.batches.ChainHead(ctx)
	if err != nil {
		return fmt.Errorf("batch chain head: %w", err)
	}
	n := uint64(0)
	if overdue > ch.QueueEnd {
		n = overdue - ch.QueueEnd
	}
	w.metrics.inboxOverdue.Set(float64(n))
	w.status.setInbox(InboxStatus{Overdue: n, OldestUnconsumed: ch.QueueEnd})
	if n == 0 {
		return nil
	}
	hatch, err := w.batches.EscapeHatch(ctx)
	if err != nil {
		return fmt.Errorf("escape hatch: %w", err)
	}
	w.status.setInbox(InboxStatus{Overdue: n, OldestUnconsumed: ch.QueueEnd, HatchOpensAfter: hatch.OpensAfter})
	alerted, _, err := w.store.getU64(keyInboxAlerted)
	if err != nil {
		return err
	}
	if alerted != ch.QueueEnd+1 {
		w.log.Warn("inbox entries overdue: no batch consumed them within inclusionWindow", "overdue", n, "oldest", ch.QueueEnd, "hatchOpensAfter", hatch.OpensAfter)
		w.sendAlert(ctx, Alert{Kind: "inbox-overdue", Entry: &ch.QueueEnd, Count: n, Batch: ch.Number, L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
		if err := w.store.putKeyU64(keyInboxAlerted, ch.QueueEnd+1); err != nil {
			return err
		}
	}
	if !w.cfg.PostForcedBatches || !hatch.Pending || head.Time < hatch.OpensAfter {
		return nil
	}
	// The next block's timestamp is above head.Time ≥ OpensAfter.
	seqs, _ := w.responsible(ctx, hatch.OpensAfter)
	bi := contracts.NewBatchInbox(w.deps.BatchInbox, w.deps.L1, w.journal(inboxScope))
	pb, _, err := bi.PostForcedBatch(ctx)
	if err != nil {
		if contracts.Reverted(err, "NoUnconsumedEntries") || contracts.Reverted(err, "EscapeHatchClosed") {
			w.log.Debug("forced batch already posted by someone else", "reason", err)
			return nil
		}
		return fmt.Errorf("post forced batch: %w", err)
	}
	u := w.store.newUpdate()
	u.add(mForcedBatches, 1)
	if deltas, err := u.commit(); err == nil {
		w.metrics.apply(deltas)
	}
	w.log.Warn("posted the forced batch: the sequencers kept overdue inbox entries out", "batch", pb.Header.Number,
		"entries", fmt.Sprintf("%d…%d", pb.Header.QueueStart, pb.Header.QueueEnd), "penalised", seqs)
	w.sendAlert(ctx, Alert{Kind: "forced-batch-posted", Batch: pb.Header.Number, Entry: &pb.Header.QueueStart, Count: pb.Header.QueueEnd - pb.Header.QueueStart,
		Censors: seqs, L1Block: pb.Block, Time: time.Now().UTC()})
	return nil
}

// responsible names the sequencers postForcedBatch penalises: the leaders
// of the slots from the one in which the oldest entry became overdue
// (opensAfter − forceGrace) to the current one (PROTOCOL §4.6), for the
// log and the alert.
func (w *Watcher) responsible(ctx context.Context, opensAfter uint64) ([]common.Address, error) {
	addr, err := w.batches.SequencerSetAddress(ctx)
	if err != nil {
		return nil, err
	}
	grace, err := w.batches.ForceGrace(ctx)
	if err != nil || grace > opensAfter {
		return nil, err
	}
	set := contracts.NewSequencerSet(addr, w.deps.L1, nil)
	from, err := set.SlotAt(ctx, opensAfter-grace)
	if err != nil {
		return nil, err
	}
	to, err := set.CurrentSlot(ctx)
	if err != nil {
		return nil, err
	}
	return set.LeadersOfSlots(ctx, from, to)
}

// keptOut is detector 2: every pending tracked transaction is re-submitted
// and checked; one still valid and not included ForceAfter after it was
// handed over, with at least one batch landed meanwhile, is forced
// through the Inbox; a forced one is followed until a batch consumes it.
func (w *Watcher) keptOut(ctx context.Context, chain *l2chain.Chain, head *types.Header) error {
	w.trackMu.Lock()
	defer w.trackMu.Unlock()
	all, err := w.store.TrackedTxs()
	if err != nil {
		return err
	}
	// Re-submit the pending transactions submitted longest ago, a bounded
	// number per pass.
	var due []*TrackedTx
	for _, r := range all {
		if r.State == TrackPending && r.LastSubmit+resubmitEvery <= head.Time {
			due = append(due, r)
		}
	}
	slices.SortFunc(due, func(a, b *TrackedTx) int { return cmp.Compare(a.LastSubmit, b.LastSubmit) })
	due = due[:min(len(due), resubmitPerPass)]
	raws := make([][]byte, len(due))
	for i, r := range due {
		raws[i] = r.Raw
	}
	resubmitted := make(map[common.Hash]int, len(due))
	if len(w.cfg.SequencerRPCs) > 0 {
		for i, n := range w.submit(ctx, raws) {
			resubmitted[due[i].Hash] = n
		}
	}
	var ch *contracts.ChainHead
	var errs []error
	st := TrackingStatus{}
	window := uint64(w.cfg.ForceWindow / time.Second)
	for _, r := range all {
		if r.State != TrackPending && r.State != TrackForced && max(r.AddedAt, r.ForcedAt)+window < head.Time {
			// Settled and older than the limits look back: forget it, so
			// the records (and this loop) stay bounded.
			if err := w.store.deleteKey(trackedKey(r.Hash)); err != nil {
				errs = append(errs, err)
			}
			continue
		}
		changed := false
		switch r.State {
		case TrackPending:
			acct, err := w.l2Account(chain, r.Sender)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if acct.Nonce > r.Nonce {
				r.State, changed = TrackIncluded, true
				w.log.Info("tracked transaction included (or replaced by its sender)", "tx", r.Hash, "sender", r.Sender)
				break
			}
			if r.AddedAt+trackExpiry < head.Time {
				// Never includable in all that time (a nonce gap its
				// sender never filled, or a chain that posts nothing): it
				// stops holding a tracking slot.
				r.State, r.Err, changed = TrackRefused, "expired: not includable within the tracking time", true
				break
			}
			if n, ok := resubmitted[r.Hash]; ok {
				r.Submitted, r.LastSubmit, changed = n, head.Time, true
			}
			// Batches that landed without it, and who signed them.
			for b := r.AddedBatch + 1; b <= chain.Head(); b++ {
				if slices.Contains(r.Batches, b) {
					continue
				}
				signers, err := chain.Signers(b)
				if err != nil || len(signers) == 0 {
					continue // a forced batch: nobody's
				}
				r.Batches = append(r.Batches, b)
				for _, s := range signers {
					if !slices.Contains(r.Excluders, s) {
						r.Excluders = append(r.Excluders, s)
					}
				}
				changed = true
			}
			due := head.Time >= r.AddedAt+uint64(w.cfg.ForceAfter/time.Second)
			if !due || len(r.Batches) == 0 || acct.Nonce != r.Nonce {
				// Not yet; or no batch landed (a stalled sequencer is not
				// a censor: the escape hatch covers a dead chain); or an
				// earlier nonce of the sender is missing, so it could not
				// apply yet.
				break
			}
			if !canPay(r.decoded(chain), &acct) {
				r.State, r.Err, changed = TrackRefused, "the sender can no longer pay the transaction's L2 fee", true
				break
			}
			if used := w.forcedFor(all, r.Sender, head.Time); used >= w.cfg.ForcePerSender {
				r.State, r.Err, changed = TrackRefused, fmt.Sprintf("sender already had %d transactions forced in %v", used, w.cfg.ForceWindow), true
				w.log.Warn("kept-out transaction not forced: per-sender limit", "tx", r.Hash, "sender", r.Sender)
				break
			}
			if used := w.forcedFor(all, common.Address{}, head.Time); used >= w.cfg.ForceTotal {
				// Senders are free to make: the total is bounded too. Left
				// pending, it is forced once the window frees a slot.
				w.log.Warn("kept-out transaction not forced yet: total limit", "tx", r.Hash, "forcedInWindow", used)
				break
			}
			q, err := contracts.NewInbox(w.deps.Inbox, w.deps.L1, w.journal(censorScope)).ForceTransaction(ctx, r.Raw)
			if err != nil {
				errs = append(errs, fmt.Errorf("force transaction %s: %w", r.Hash, err))
				break
			}
			idx := q.Index
			r.State, r.ForcedEntry, r.ForcedTx, r.ForcedAt, changed = TrackForced, &idx, q.TxHash, head.Time, true
			u := w.store.newUpdate()
			u.add(mTxsForced, 1)
			if deltas, err := u.commit(); err == nil {
				w.metrics.apply(deltas)
			}
			w.log.Warn("transaction kept out: forced through the inbox", "tx", r.Hash, "sender", r.Sender, "entry", idx,
				"batchesWithoutIt", len(r.Batches), "excludedBy", r.Excluders)
			w.sendAlert(ctx, Alert{Kind: "transaction-censored", Tx: r.Hash.Hex(), Entry: &idx, Censors: r.Excluders,
				Count: uint64(len(r.Batches)), L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
		case TrackForced:
			if ch == nil {
				h, err := w.batches.ChainHead(ctx)
				if err != nil {
					errs = append(errs, err)
					continue
				}
				ch = &h
			}
			if r.ForcedEntry != nil && ch.QueueEnd > *r.ForcedEntry {
				r.State, r.ConsumedBatch, changed = TrackConsumed, ch.Number, true
				w.log.Info("forced transaction consumed by a batch", "tx", r.Hash, "entry", *r.ForcedEntry, "batch", ch.Number)
			}
		}
		if changed {
			if err := w.store.putKeyJSON(trackedKey(r.Hash), r); err != nil {
				errs = append(errs, err)
			}
		}
		st.add(r)
	}
	w.metrics.trackedPending.Set(float64(st.Pending + st.Forced))
	w.status.setTracking(st)
	return errors.Join(errs...)
}

// forcedFor counts the transactions of sender (zero: anyone's) we forced
// within ForceWindow before now.
func (w *Watcher) forcedFor(all []*TrackedTx, sender common.Address, now uint64) int {
	n := 0
	window := uint64(w.cfg.ForceWindow / time.Second)
	for _, r := range all {
		if (sender == common.Address{} || r.Sender == sender) && r.ForcedEntry != nil && r.ForcedAt+window > now {
			n++
		}
	}
	return n
}
