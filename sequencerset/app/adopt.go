package app

import (
	"context"
	"fmt"
	"slices"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// Following L1 (PROTOCOL.md §5.9.8). L1's batch chain is the rollup: when
// the set fails to post for inclusionWindow + forceGrace (2/3 of it down,
// L1 posting broken), anyone may make BatchInbox take a forced batch, and
// the consensus chain's batches from that number on can never be posted.
// Rather than stop for good, the set adopts the forced batch: the first
// proposal that knows of it carries it as an Adoption, every validator
// checks it against its own L1 view, and the block rewinds the state to
// the forced batch's parent, applies the forced batch's entries and makes
// it the consensus head. The dropped batches' transactions are offered
// again.

// Drop is a range of consensus batch numbers an adoption replaced (zero:
// none): their records are deleted in the same write as the adoption.
type Drop struct{ From, To uint64 }

// localHash is the header hash of consensus batch n, false if the chain
// does not hold n.
func (a *App) localHash(n uint64) (common.Hash, bool) {
	switch {
	case n == a.meta.Base.Number:
		return a.meta.Base.HeaderHash, true
	case n < a.meta.Base.Number || n > a.meta.Head.Number:
		return common.Hash{}, false
	case n == a.meta.Head.Number:
		return a.meta.Head.HeaderHash, true
	}
	h, _, err := a.cfg.Meta.LoadCertified(n)
	if err != nil {
		return common.Hash{}, false
	}
	return h.Hash(), true
}

// localRoot is the state root after consensus batch n.
func (a *App) localRoot(n uint64) (common.Hash, bool) {
	switch {
	case n == a.meta.Base.Number:
		return a.meta.BaseRoot, true
	case n < a.meta.Base.Number || n > a.meta.Head.Number:
		return common.Hash{}, false
	}
	b, err := a.cfg.Meta.LoadBatch(n)
	if err != nil {
		return common.Hash{}, false
	}
	return b.StateRoot(), true
}

// dueAdoption is the adoption a proposal must carry: L1's first forced
// batch the consensus chain does not hold, if it extends the consensus
// chain and this validator's view holds the entries it consumes. Nil if
// none is due.
func (a *App) dueAdoption() *Adoption {
	after := a.meta.Base.Number
	if k := len(a.meta.Forced); k > 0 {
		after = max(after, a.meta.Forced[k-1])
	}
	for _, h := range a.cfg.Inbox.Forced(after) {
		if h.Number > a.meta.Head.Number+1 {
			return nil // L1 ahead of the consensus chain: not from this set
		}
		hh := h.Hash()
		if local, ok := a.localHash(h.Number); ok && local == hh {
			continue
		}
		if parent, ok := a.localHash(h.Number - 1); !ok || parent != h.ParentHash {
			a.log.Error("L1's forced batch does not extend the consensus chain: cannot adopt it", "batch", h.Number, "l1Parent", h.ParentHash, "consensusParent", parent)
			return nil
		}
		entries, ok := a.adoptionEntries(&h)
		if !ok {
			return nil // the view has not read them yet
		}
		digest, err := EntriesDigest(entries)
		if err != nil {
			a.log.Error("L1's forced batch consumes an entry that does not decode", "batch", h.Number, "err", err)
			return nil
		}
		return &Adoption{Header: h, EntriesDigest: digest}
	}
	return nil
}

// maxAdoptedEntries bounds the entries one adoption reads from the view
// (Inbox would need billions of gas to queue more).
const maxAdoptedEntries = 1 << 24

// adoptionEntries returns the entries forced batch h consumes, from the
// view; false if the view does not hold them all.
func (a *App) adoptionEntries(h *contracts.BatchHeader) ([]Entry, bool) {
	if h.QueueEnd < h.QueueStart || h.QueueEnd-h.QueueStart > maxAdoptedEntries {
		return nil, false
	}
	n := h.QueueEnd - h.QueueStart
	entries := a.cfg.Inbox.Entries(h.QueueStart, int(n))
	return entries, uint64(len(entries)) == n
}

// checkAdoption applies the adoption rule: a proposal carries the adoption
// due, exactly as this validator's L1 view has it, or none if none is due.
func (a *App) checkAdoption(ex *execution) error {
	due := a.dueAdoption()
	switch {
	case ex.adopt == nil && due == nil:
		return nil
	case ex.adopt == nil:
		return fmt.Errorf("%w: L1's forced batch %d is due", ErrAdoption, due.Header.Number)
	case due == nil:
		return fmt.Errorf("%w: batch %d is not a forced batch this validator's L1 view holds and the chain lacks", ErrAdoption, ex.adopt.Header.Number)
	case ex.adopt.Header.Hash() != due.Header.Hash():
		return fmt.Errorf("%w: batch %d differs from L1's", ErrAdoption, ex.adopt.Header.Number)
	case ex.adopt.EntriesDigest != due.EntriesDigest:
		return fmt.Errorf("%w: batch %d's entries digest %s, L1's entries give %s", ErrAdoption, ex.adopt.Header.Number, ex.adopt.EntriesDigest, due.EntriesDigest)
	}
	return ex.err
}

// executeAdoption replays an adopted forced batch: its entries, read from
// the L1 view, on the state after its parent. A decided block (strict
// false: block sync, or a validator that did not check it) waits for the
// view to hold them.
func (a *App) executeAdoption(ctx context.Context, cert *Certificate, ad *Adoption, strict bool) (*execution, error) {
	if a.committed == nil {
		return nil, fmt.Errorf("app: chain not initialized")
	}
	ex := &execution{cert: cert, adopt: ad, root: a.meta.Root, state: a.committed.Copy()}
	base, ok := a.localRoot(ad.Header.Number - 1)
	if !ok {
		// Not this chain's batch: the proposal is invalid; a decided
		// block like it changes nothing (deterministically).
		ex.err = fmt.Errorf("%w: batch %d's parent is not in the consensus chain", ErrAdoption, ad.Header.Number)
		return ex, nil
	}
	entries, ok := a.adoptionEntries(&ad.Header)
	for wait := time.Now().Add(adoptionWait); !ok && !strict; entries, ok = a.adoptionEntries(&ad.Header) {
		if time.Now().After(wait) {
			return nil, fmt.Errorf("app: decided adoption of batch %d: the L1 view lacks entries %d..%d after %s", ad.Header.Number, ad.Header.QueueStart, ad.Header.QueueEnd, adoptionWait)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	if !ok {
		ex.err = fmt.Errorf("%w: batch %d: the L1 view lacks entries %d..%d", ErrAdoption, ad.Header.Number, ad.Header.QueueStart, ad.Header.QueueEnd)
		return ex, nil
	}
	if digest, err := EntriesDigest(entries); err != nil || digest != ad.EntriesDigest {
		if !strict {
			return nil, fmt.Errorf("app: decided adoption of batch %d: this node's L1 view has other entries (digest %s, decided %s, %v)", ad.Header.Number, digest, ad.EntriesDigest, err)
		}
		ex.err = fmt.Errorf("%w: batch %d: entries digest %s, L1 view %s", ErrAdoption, ad.Header.Number, ad.EntriesDigest, digest)
		return ex, nil
	}
	ex.state = replay.NewState(a.cfg.Store, base)
	ex.entries = entries
	batch := &replay.Batch{}
	var bad error
	if batch.Entries, bad = replayEntries(entries); bad != nil {
		ex.err = bad
	}
	res, err := replay.ReplayBatch(ctx, ex.state, a.cfg.Rules, batch, replay.ReplayOptions{})
	if err != nil {
		return nil, fmt.Errorf("app: replay forced batch %d: %w", ad.Header.Number, err)
	}
	ex.root, ex.adopted = res.Root, true
	for _, s := range res.Steps {
		ex.results = append(ex.results, s.Result)
	}
	return ex, nil
}

// adoptionWait bounds how long a decided adoption waits for this node's
// L1 view to read the entries it consumes.
const adoptionWait = 10 * time.Minute

// adopt makes the adopted batch next's head and returns its record, the
// consensus batches it drops and their transactions to offer again.
func (a *App) adopt(next *Meta, ex *execution, req *abci.RequestFinalizeBlock) (*Batch, Drop, [][]byte) {
	h := ex.adopt.Header
	drop := Drop{From: h.Number, To: a.meta.Head.Number}
	var requeue [][]byte
	for n := drop.From; n <= drop.To && len(requeue) < maxRequeue; n++ {
		if b, err := a.cfg.Meta.LoadBatch(n); err == nil {
			requeue = append(requeue, b.Txs...)
		}
	}
	if len(requeue) > maxRequeue {
		requeue = requeue[:maxRequeue]
	}
	next.Head = contracts.ChainHead{Number: h.Number, HeaderHash: h.Hash(), QueueEnd: h.QueueEnd, L2Timestamp: h.L2Timestamp}
	next.Root = ex.root
	var forced []uint64
	for _, n := range next.Forced {
		if n < h.Number {
			forced = append(forced, n)
		}
	}
	next.Forced = append(forced, h.Number)
	// Nothing to sign for the forced batch; a certificate still owed for a
	// dropped batch is no longer owed.
	next.CurBatch, next.CurHeader = 0, nil
	if next.PrevBatch >= h.Number {
		next.PrevBatch, next.PrevHeader = 0, nil
	}
	batch := &Batch{Height: req.Height, Time: uint64(req.Time.Unix()), Header: h, Data: contracts.EmptyBatchData(),
		Entries: ex.entries, Results: resultCodes(ex.results), Root: ex.root, Forced: true}
	return batch, drop, requeue
}

// refreshRequeue keeps the requeued transactions not yet in a batch that
// still apply, counting them as accepted (CheckTx's pending nonces and
// balances), in their order. Called in Commit with a.mu held.
func (a *App) refreshRequeue(s *staged) {
	list := a.requeue
	if s.requeue != nil {
		list = append(s.requeue, list...)
	}
	if len(list) == 0 {
		return
	}
	included := make(map[common.Hash]bool)
	if s.batch != nil {
		for _, raw := range s.batch.Txs {
			included[crypto.Keccak256Hash(raw)] = true
		}
	}
	keep := list[:0:0]
	for _, raw := range list {
		if included[crypto.Keccak256Hash(raw)] {
			continue
		}
		tx, _, err := a.decodeCached(raw)
		if err != nil {
			continue
		}
		if _, err := a.checkTx(raw, tx); err != nil {
			continue
		}
		keep = append(keep, raw)
	}
	a.requeue = keep
}

// IsForced reports whether consensus batch n was adopted from L1 (no
// validator signed it).
func (a *App) IsForced(n uint64) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return n <= a.meta.Head.Number && slices.Contains(a.meta.Forced, n)
}
