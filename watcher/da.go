package watcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum/go-ethereum"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/l2chain"
)

// DAConfig turns on the watcher's data-availability duties (EnableDA):
// certificate batches whose data the committee does not serve are
// challenged in DAChallenge, open challenges are answered with the data
// when the watcher holds it, expired ones are settled (voiding the batch
// and slashing its signers and attesters), and the follower replays
// certificate batches from the shards or from a resolve transaction.
//
// Chunk challenges opened by others are answered from the data (any holder
// of the data can rebuild every chunk and its proof) and settled when they
// expire unanswered. The watcher opens none itself: when it can rebuild the
// data, every chunk is available and an honest party answers; when it
// cannot, the batch challenge voids the batch and slashes every attester.
type DAConfig struct {
	// ChallengeBond is paid per challenge; nil reads DAChallenge's
	// challengeBond (the only value the contract accepts).
	ChallengeBond *big.Int
	// ChallengeGrace is how many seconds (L1 clock) after a batch's
	// posting an unretrievable batch is left alone before it is
	// challenged: a challenge answered by someone else costs the bond, so
	// stragglers of the dispersal get this much time. Keep it well below
	// the challenge window. An expired challenge someone else opened is
	// also left to its challenger for this long before it is settled, and
	// an open one to the batch's sequencer before it is answered.
	ChallengeGrace uint64
	// Retriever configures the shard reads.
	Retriever da.RetrieverConfig
	// BusyChallengeAt is the part of the challenge window, counted from
	// the batch's posting, that must pass before a batch is challenged
	// without conclusive evidence of withholding: when its data could not
	// be read because members were busy (429, 5xx), timed out or refused
	// the connection, rather than answering that they hold no valid chunk
	// (da.UnavailableError.Conclusive). Honest shards under a flood answer
	// just that, and a challenge someone then answers costs the bond; but
	// a withholding committee could answer "busy" forever, so the watcher
	// still challenges before the window closes (PROTOCOL §6.7). 0 means
	// DefaultBusyChallengeAt; otherwise it must be in (0, 1).
	BusyChallengeAt float64
}

// DefaultBusyChallengeAt leaves a quarter of the challenge window for the
// challenge transaction to land.
const DefaultBusyChallengeAt = 0.75

// DefaultDAConfig reads the bond from the contract and challenges at the
// first conclusive failed retrieval, or at 3/4 of the window on busy ones.
func DefaultDAConfig() DAConfig {
	return DAConfig{Retriever: da.DefaultRetrieverConfig(), BusyChallengeAt: DefaultBusyChallengeAt}
}

// busyChallengeAt is the time, after the posting at postedAt, from which a
// batch is challenged without conclusive evidence.
func (c *DAConfig) busyChallengeAt(postedAt, window uint64) uint64 {
	frac := c.BusyChallengeAt
	if frac == 0 {
		frac = DefaultBusyChallengeAt
	}
	return postedAt + uint64(frac*float64(window))
}

// daDuty is the DA state of a watcher. Nothing in its memory is needed
// for correctness after a restart: the chain says which batches are
// challenged, resolved or settled, and the data of every certificate batch
// the watcher read is kept in its store (the shards may no longer serve it
// after the restart: members slashed since have left the committee, their
// endpoints with them).
type daDuty struct {
	cfg     DAConfig
	fetcher *dawire.Fetcher
	params  *contracts.DAChallengeParams
	// done holds batches with nothing left to do (past the challenge window
	// unchallenged, or their challenge resolved or settled).
	done map[uint64]bool
	// chunkDone holds chunk challenges resolved or settled.
	chunkDone map[chunkKey]bool
	// The BatchPosted and ChunkChallenged events read so far: each pass
	// reads only the blocks since the last one (and a reorg margin).
	posted     *l2chain.LogCache[*contracts.PostedBatch]
	chunkChals *l2chain.LogCache[types.Log]

	// data caches certificate batch data by header hash: what answers a
	// challenge, and what a follower replaying a batch again reads.
	data *dawire.DataCache
	// store keeps the same data on disk (prefData).
	store *Store
}

// maxCachedData bounds the DA data cache; the follower keeps what it
// replayed, so an evicted batch is only read again from the shards when a
// reorg or a void makes the follower replay it.
const maxCachedData = 1024

// EnableDA turns on the DA duties; call it before Run or Pass.
func (w *Watcher) EnableDA(cfg DAConfig) error {
	if err := cfg.Retriever.Validate(); err != nil {
		return fmt.Errorf("%w: DA retriever: %w", ErrConfig, err)
	}
	if cfg.ChallengeBond != nil && cfg.ChallengeBond.Sign() < 0 {
		return fmt.Errorf("%w: negative DA challenge bond", ErrConfig)
	}
	if f := cfg.BusyChallengeAt; f < 0 || f >= 1 || f != f {
		return fmt.Errorf("%w: DA BusyChallengeAt %v must be in [0, 1)", ErrConfig, f)
	}
	d := &daDuty{
		cfg:        cfg,
		fetcher:    dawire.NewFetcher(w.deps.L1, w.deps.BatchInbox, w.deps.DeployBlock, cfg.Retriever),
		done:       make(map[uint64]bool),
		chunkDone:  make(map[chunkKey]bool),
		data:       dawire.NewDataCache(maxCachedData),
		store:      w.store,
		posted:     l2chain.NewLogCache(w.deps.DeployBlock, func(pb *contracts.PostedBatch) uint64 { return pb.Block }),
		chunkChals: l2chain.NewLogCache(w.deps.DeployBlock, func(l types.Log) uint64 { return l.BlockNumber }),
	}
	w.da = d
	w.follower.SetDataSource(d)
	return nil
}

// CertificateData gives the follower a certificate batch's data, from the
// cache, the shards or a resolve transaction (l2chain.DataSource).
func (d *daDuty) CertificateData(ctx context.Context, pb *contracts.PostedBatch) ([]byte, error) {
	if data, ok := d.cached(pb.HeaderHash); ok {
		return data, nil
	}
	got, err := d.fetcher.Fetch(ctx, pb)
	if err != nil {
		return nil, err
	}
	if err := d.keep(pb.HeaderHash, got.Data); err != nil {
		return nil, err
	}
	return got.Data, nil
}

// cached returns the data of the certificate batch with header hash h, if
// the watcher read it before (in this run or an earlier one). A store that
// cannot be read is a miss: the shards are asked again.
func (d *daDuty) cached(h common.Hash) ([]byte, bool) {
	if data, ok := d.data.Get(h); ok {
		return data, true
	}
	data, ok, err := d.store.BatchData(h)
	if err != nil || !ok {
		return nil, false
	}
	d.data.Put(h, data)
	return data, true
}

// keep remembers a certificate batch's data (checked against its header)
// in memory and in the store: after a restart the follower replays every
// batch again, and an old batch's shards may be gone by then.
func (d *daDuty) keep(h common.Hash, data []byte) error {
	d.data.Put(h, data)
	return d.store.putBatchData(h, data)
}

// daScope is the journal scope of DA transactions on batch n.
func daScope(n uint64) string { return fmt.Sprintf("da/%d", n) }

// daPass performs the DA duties for one head. It runs before the follower
// syncs, since a follower stops at a batch whose data is unavailable and
// the challenge is what gets the chain past it.
func (w *Watcher) daPass(ctx context.Context, head *types.Header) error {
	d := w.da
	if d == nil {
		return nil
	}
	chal, err := d.fetcher.Challenge(ctx)
	if errors.Is(err, dawire.ErrUnavailable) {
		return nil // DA not wired on this deployment: no certificate batches
	}
	if err != nil {
		return err
	}
	if d.params == nil {
		p, err := chal.Params(ctx)
		if err != nil {
			return fmt.Errorf("DAChallenge parameters: %w", err)
		}
		d.params = &p
	}
	posted, err := d.posted.Update(ctx, head.Number.Uint64(), w.batches.Batches)
	if err != nil {
		return fmt.Errorf("BatchPosted events: %w", err)
	}
	var errs []error
	byNumber := make(map[uint64]*contracts.PostedBatch)
	for _, pb := range posted {
		n := pb.Header.Number
		if pb.Forced || pb.DAMode != contracts.DAModeCertificate {
			continue
		}
		byNumber[n] = pb
		if d.done[n] {
			continue
		}
		if err := w.daBatch(ctx, chal, pb, head); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, fmt.Errorf("DA duty on batch %d: %w", n, err))
		}
	}
	if err := w.daChunks(ctx, chal, byNumber, head); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// daBatch decides and acts for one certificate batch.
func (w *Watcher) daBatch(ctx context.Context, chal *contracts.DAChallenge, pb *contracts.PostedBatch, head *types.Header) error {
	d, n, now := w.da, pb.Header.Number, head.Time
	// A reorged-out or replaced event is not the batch the contracts hold.
	if stored, err := w.batches.HeaderHash(ctx, n); err != nil {
		return fmt.Errorf("header hash: %w", err)
	} else if stored != pb.HeaderHash {
		return nil
	}
	rec, err := w.batches.Batch(ctx, n)
	if err != nil {
		return fmt.Errorf("batch record: %w", err)
	}
	st, err := chal.ChallengeOf(ctx, n)
	if err != nil {
		return fmt.Errorf("challenge state: %w", err)
	}
	windowEnd := rec.PostedAt + d.params.ChallengeWindow
	switch {
	case st.Resolved || st.Settled:
		// One batch challenge per batch: this one is over.
		d.done[n] = true
		return nil
	case st.Challenger == (common.Address{}):
		if rec.Void || now > windowEnd {
			// Void for another reason, or the window closed unchallenged:
			// the batch can no longer be challenged.
			d.done[n] = true
			return nil
		}
		if _, ok := d.cached(pb.HeaderHash); ok {
			return nil
		}
		res, err := d.fetcher.FromShards(ctx, pb)
		if err == nil {
			if err := d.keep(pb.HeaderHash, res.Data); err != nil {
				return err
			}
			for _, f := range res.Faulty {
				w.log.Warn("DA member failed to serve its chunk", "batch", n, "member", f.Index, "address", f.Address, "err", f.Err)
			}
			return w.countMetric(mDAMemberFaults, float64(len(res.Faulty)))
		}
		var ue *da.UnavailableError
		if !errors.As(err, &ue) {
			// Our own failure (committee unreadable, context): no evidence.
			return err
		}
		// Conclusive evidence (members answering that they hold no valid
		// chunk, too many for the rest to rebuild the data) is acted on
		// after the grace; busy answers only once the window is nearly
		// over (BusyChallengeAt): never early, never too late.
		challengeAt := rec.PostedAt + d.cfg.ChallengeGrace
		if !ue.Conclusive() {
			challengeAt = max(challengeAt, d.cfg.busyChallengeAt(rec.PostedAt, d.params.ChallengeWindow))
		}
		if now < challengeAt {
			w.log.Info("certificate batch data not retrievable yet", "batch", n, "conclusive", ue.Conclusive(),
				"withheld", len(ue.Withheld), "busy", len(ue.Busy), "challengeAt", challengeAt, "err", err)
			return nil
		}
		bond := d.cfg.ChallengeBond
		if bond == nil {
			bond = d.params.ChallengeBond
		}
		w.log.Warn("certificate batch data unavailable; challenging", "batch", n, "conclusive", ue.Conclusive(),
			"withheld", len(ue.Withheld), "busy", len(ue.Busy), "err", err, "bond", bond)
		if _, err := contracts.NewDAChallenge(chal.Address(), w.deps.L1, w.journal(daScope(n))).Challenge(ctx, &pb.Header, bond); err != nil {
			return w.daSendErr("challenge", err)
		}
		// Once: the next pass finds the challenge open.
		w.sendAlert(ctx, Alert{Kind: "data-unavailable", Batch: n, Claimed: pb.Header.DataRoot.Hex(), L1Block: head.Number.Uint64(), Time: time.Now().UTC()})
		return nil
	}
	// A challenge is open and unanswered.
	deadline := st.ChallengedAt + d.params.ResolveWindow
	if grace := st.ChallengedAt + d.cfg.ChallengeGrace; now < grace && grace <= deadline {
		// The batch's sequencer answers first (its bond is at stake);
		// two resolvers race and one of them pays for a revert.
		return nil
	}
	if now <= deadline {
		data, ok := d.cached(pb.HeaderHash)
		if !ok {
			res, err := d.fetcher.FromShards(ctx, pb)
			if err != nil {
				// Someone else may answer; if nobody does, we settle.
				w.log.Info("challenged batch data not held; cannot resolve", "batch", n, "err", err)
				return nil
			}
			data = res.Data
			if err := d.keep(pb.HeaderHash, data); err != nil {
				return err
			}
		}
		w.log.Info("resolving DA challenge with the batch data", "batch", n, "challenger", st.Challenger, "bytes", len(data))
		if _, err := contracts.NewDAChallenge(chal.Address(), w.deps.L1, w.journal(daScope(n))).Resolve(ctx, n, data); err != nil {
			return w.daSendErr("resolve", err)
		}
		return nil // the bond or reward is withdrawn by the pass's claimCredits
	}
	if st.Challenger != w.deps.Tx.From() && now <= deadline+d.cfg.ChallengeGrace {
		// The challenger settles first (its bond comes back with the
		// reward); two settlers race and one of them pays for a revert.
		return nil
	}
	attesters, err := w.batches.Attesters(ctx, n)
	if err != nil {
		return fmt.Errorf("attesters: %w", err)
	}
	w.log.Warn("DA challenge expired unanswered; settling (batch void, signers and attesters slashed)", "batch", n, "challenger", st.Challenger)
	if _, err := contracts.NewDAChallenge(chal.Address(), w.deps.L1, w.journal(daScope(n))).Settle(ctx, n, pb.Signers, attesters); err != nil {
		return w.daSendErr("settle", err)
	}
	d.done[n] = true
	return nil // the bond or reward is withdrawn by the pass's claimCredits
}

type chunkKey struct {
	batch uint64
	index uint32
}

var topicChunkChallenged = func() common.Hash {
	a := bindings.NewDAChallenge().GetABI()
	return a.Events["ChunkChallenged"].ID
}()

// daChunks answers open chunk challenges from the batch data and settles
// expired ones. The challenges are found by their ChunkChallenged events;
// their state is read from the contract, which is the record.
func (w *Watcher) daChunks(ctx context.Context, chal *contracts.DAChallenge, byNumber map[uint64]*contracts.PostedBatch, head *types.Header) error {
	d := w.da
	logs, err := d.chunkChals.Update(ctx, head.Number.Uint64(), func(ctx context.Context, from uint64, to *big.Int) ([]types.Log, error) {
		return w.deps.L1.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: to,
			Addresses: []common.Address{chal.Address()}, Topics: [][]common.Hash{{topicChunkChallenged}},
		})
	})
	if err != nil {
		return fmt.Errorf("ChunkChallenged events: %w", err)
	}
	var errs []error
	for i := range logs {
		l := &logs[i]
		// number and index are the first two indexed arguments.
		if l.Removed || len(l.Topics) < 3 {
			continue
		}
		k := chunkKey{batch: new(big.Int).SetBytes(l.Topics[1][:]).Uint64(), index: uint32(new(big.Int).SetBytes(l.Topics[2][:]).Uint64())}
		if d.chunkDone[k] {
			continue
		}
		if err := w.daChunk(ctx, chal, byNumber[k.batch], k, head); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, fmt.Errorf("chunk challenge %d/%d: %w", k.batch, k.index, err))
		}
	}
	return errors.Join(errs...)
}

func (w *Watcher) daChunk(ctx context.Context, chal *contracts.DAChallenge, pb *contracts.PostedBatch, k chunkKey, head *types.Header) error {
	d := w.da
	st, err := chal.ChunkChallengeOf(ctx, k.batch, k.index)
	if err != nil {
		return fmt.Errorf("chunk challenge state: %w", err)
	}
	if st.Challenger == (common.Address{}) {
		return nil // a reorged-out event
	}
	if st.Resolved || st.Settled {
		d.chunkDone[k] = true
		return nil
	}
	tx := contracts.NewDAChallenge(chal.Address(), w.deps.L1, w.journal(daScope(k.batch)))
	if head.Time > st.ChallengedAt+d.params.ResolveWindow {
		w.log.Warn("chunk challenge expired unanswered; settling (member slashed)", "batch", k.batch, "index", k.index, "member", st.Member)
		if _, err := tx.SettleChunk(ctx, k.batch, k.index); err != nil {
			return w.daSendErr("settle chunk", err)
		}
		d.chunkDone[k] = true
		return nil // withdrawn by the pass's claimCredits
	}
	if pb == nil {
		return nil // not a batch the watcher has read yet
	}
	data, ok := d.cached(pb.HeaderHash)
	if !ok {
		res, err := d.fetcher.FromShards(ctx, pb)
		if err != nil {
			w.log.Info("chunk-challenged batch data not held; cannot answer", "batch", k.batch, "index", k.index, "err", err)
			return nil
		}
		data = res.Data
		if err := d.keep(pb.HeaderHash, data); err != nil {
			return err
		}
	}
	h, err := d.fetcher.Header(ctx, pb)
	if err != nil {
		return err
	}
	enc, err := da.Encode(data, int(h.K), int(h.N))
	if err != nil {
		return fmt.Errorf("re-encode batch data: %w", err)
	}
	if enc.DataRoot != h.DataRoot {
		// The disperser committed to other chunks than the data's codeword:
		// the challenged chunk cannot be rebuilt from the data.
		w.log.Warn("batch encoding inconsistent with dataRoot; cannot answer chunk challenge", "batch", k.batch, "index", k.index)
		return nil
	}
	if int(k.index) >= len(enc.Chunks) {
		return fmt.Errorf("chunk index %d of %d", k.index, len(enc.Chunks))
	}
	proof, err := enc.Proof(int(k.index))
	if err != nil {
		return fmt.Errorf("chunk proof: %w", err)
	}
	w.log.Info("answering chunk challenge", "batch", k.batch, "index", k.index, "member", st.Member, "challenger", st.Challenger)
	if _, err := tx.ResolveChunk(ctx, k.batch, k.index, enc.Chunks[k.index], proof); err != nil {
		return w.daSendErr("resolve chunk", err)
	}
	d.chunkDone[k] = true
	return nil // withdrawn by the pass's claimCredits
}

// daSendErr is what a DA transaction's failure means to the pass: nil for a
// lost race (another honest party challenged, answered or settled first:
// nothing is wrong, and the revert trace is noise at DEBUG), else the
// error.
func (w *Watcher) daSendErr(what string, err error) error {
	if contracts.LostRace(err) {
		w.log.Debug("DA "+what+": already done by someone else", "reason", err)
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}

// countMetric adds to a persisted counter outside the journal (which counts
// the transactions it sends).
func (w *Watcher) countMetric(name string, v float64) error {
	if v == 0 {
		return nil
	}
	u := w.store.newUpdate()
	u.add(name, v)
	deltas, err := u.commit()
	if err != nil {
		return err
	}
	w.metrics.apply(deltas)
	return nil
}
