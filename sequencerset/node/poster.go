package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cometbft/cometbft/mempool"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/app"
	"github.com/etherscale/etherscale/sequencerset/schedule"
)

func mempoolTxInfo() mempool.TxInfo { return mempool.TxInfo{} }

// poster takes certified batches to BatchInbox, in order, whenever
// SequencerSet's canPost lets this validator post now: the slot leader
// during its leader window, any active member after it (failover). Several
// validators may race for one batch after the window; BatchInbox takes the
// first and the others see the head move and go on.
//
// Posts are pipelined: the slot's leader sends up to Config.PostsInFlight
// consecutive batches with consecutive nonces before the first receipt, so
// L1 takes several per block (one at a time it took one per block while
// consensus decided up to three per second). A member failing over for
// another slot's leader keeps one in flight: the failover posters race. A post that lands on a state without its
// parent cannot be estimated, so its gas limit is
// contracts.PostBatchGasLimit. A post another member got in first reverts
// (WrongBatchNumber), consumes its nonce and leaves the later posts valid:
// they extend the same consensus header. Any other failure (a revert, a
// dropped transaction that outlived the Sender's fee bumps, L1 errors)
// stops new submissions until every post in flight has settled; the poster
// then starts again from L1's head, as it does after a restart.
type poster struct {
	cfg   Config
	app   *app.App
	inbox *contracts.BatchInbox
	self  common.Address
	log   *slog.Logger
	wake  chan struct{}
	// posted counts batches this validator posted (for tests and status).
	posted chan uint64
	// The schedule and the weights of the epoch last looked at.
	params   *schedule.Params
	epoch    uint64
	epochSet map[common.Address]*big.Int
	waiting  uint64 // the batch last logged as waiting
	// disp and committee serve the certificate mode (nil until first used).
	disp      *da.Disperser
	committee *contracts.DACommittee
	// hold stops posting while set (Node.HoldPosts).
	hold atomic.Bool
	// diverged is the batch last logged as not extending L1's chain.
	diverged uint64

	// The pipeline: posts sent whose receipts are not in, in batch order;
	// each has a goroutine waiting for its receipt that reports to results.
	maxInFlight int
	submitter   bool // cfg.Tx can submit without waiting (else one post at a time)
	inflight    []inflightPost
	results     chan postResult
	waiters     sync.WaitGroup
	// The leader of the slot last looked at.
	leaderSlot  uint64
	leader      common.Address
	leaderKnown bool
	// The L1 head last seen, for the block period.
	seenNumber, seenTime, period uint64
	// broken: a post failed otherwise than by a lost race; the posts after
	// it cannot land, so nothing new is sent until all in flight settled.
	broken bool
}

type inflightPost struct {
	number uint64
	hash   common.Hash // the header's hash: the next post's parent
}

type postResult struct {
	number  uint64
	hdr     *contracts.BatchHeader
	signers int
	err     error
}

func newPoster(cfg Config, a *app.App, log *slog.Logger) *poster {
	_, sub := cfg.Tx.(contracts.Submitter)
	inFlight := cfg.PostsInFlight
	if !sub {
		inFlight = 1
	}
	p := &poster{
		cfg: cfg, app: a, log: log, wake: make(chan struct{}, 1), posted: make(chan uint64, 1024),
		inbox:       contracts.NewBatchInbox(cfg.Rollup.BatchInbox, cfg.L1, cfg.Tx),
		self:        crypto.PubkeyToAddress(cfg.Key.PublicKey),
		maxInFlight: inFlight, submitter: sub,
		results: make(chan postResult, inFlight),
	}
	// The NoPost fault is a hold nobody lifts.
	p.hold.Store(cfg.Faults.NoPost)
	return p
}

func (p *poster) certified(*app.Certificate) {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

func (p *poster) run(ctx context.Context) {
	// The receipt waiters stop with ctx; their results channel has room
	// for all of them.
	defer p.waiters.Wait()
	set, err := sequencerSet(ctx, p.cfg)
	if err != nil {
		p.log.Warn("poster: no sequencer set", "err", err)
		return
	}
	t := time.NewTicker(p.cfg.PollInterval)
	defer t.Stop()
	for {
		p.fill(ctx, set)
		select {
		case <-ctx.Done():
			return
		case r := <-p.results:
			p.settle(r)
		case <-t.C:
		case <-p.wake:
		}
	}
}

// fill sends posts until the pipeline is full or there is nothing this
// validator may post now.
func (p *poster) fill(ctx context.Context, set *contracts.SequencerSet) {
	for len(p.inflight) < p.maxInFlight && !p.broken {
		n, err := p.postNext(ctx, set)
		if err != nil && ctx.Err() == nil {
			p.log.Warn("post batch", "batch", n, "err", err)
		}
		if err != nil || n == 0 {
			return
		}
	}
}

// settle takes the receipt (or failure) of an in-flight post.
func (p *poster) settle(r postResult) {
	p.inflight = slices.DeleteFunc(p.inflight, func(f inflightPost) bool { return f.number == r.number })
	switch {
	case r.err == nil:
		p.log.Info("posted batch", "batch", r.number, "txs", r.hdr.TxCount, "signers", r.signers, "da", p.daMode(), "inFlight", len(p.inflight))
		select {
		case p.posted <- r.number:
		default:
		}
	case contracts.LostRace(r.err):
		// Another member posted this number first (failover), or an
		// earlier post of ours failed and this one followed it.
		p.log.Debug("post batch: posted by another member first", "batch", r.number, "reason", r.err)
	default:
		if !p.broken && !errors.Is(r.err, context.Canceled) {
			p.log.Warn("post batch", "batch", r.number, "err", r.err, "inFlight", len(p.inflight))
		}
		p.broken = true
	}
	if len(p.inflight) == 0 {
		p.broken = false
	}
}

// errNotLeader means canPost refused this validator now.
var errNotLeader = errors.New("not allowed to post now")

// postNext sends the batch after L1's head, or after the last post in
// flight, if this validator holds its certificate and may post; it returns
// the batch sent (0: nothing to do).
func (p *poster) postNext(ctx context.Context, set *contracts.SequencerSet) (uint64, error) {
	if p.hold.Load() {
		return 0, nil
	}
	head, err := p.inbox.ChainHead(ctx)
	if err != nil {
		return 0, err
	}
	number, parent := head.Number+1, head.HeaderHash
	if k := len(p.inflight); k > 0 && p.inflight[k-1].number >= head.Number {
		// Extend the pipeline. (When L1 is past all of it, other members
		// posted those numbers: ours will revert and the next is after
		// L1's head.)
		number, parent = p.inflight[k-1].number+1, p.inflight[k-1].hash
	}
	hdr, cert, err := p.app.Certified(number)
	if errors.Is(err, app.ErrNotFound) || (err == nil && cert == nil) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if hdr.ParentHash != parent {
		// L1 took a batch the consensus chain does not have (a forced
		// batch): posting can only revert until the set adopts it
		// (PROTOCOL.md §5.9.8), which replaces this batch.
		if p.diverged != hdr.Number {
			p.diverged = hdr.Number
			p.log.Warn("L1's batch chain left the consensus chain: waiting for the set to adopt L1's batch", "batch", hdr.Number, "l1Parent", parent, "consensusParent", hdr.ParentHash)
		}
		return 0, nil
	}
	l1Head, err := p.cfg.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	// When the post will land: posts sent together land in the next
	// block, whose slot's leader window canPost checks.
	at := l1Head.Time + p.l1Period(l1Head)
	ok, err := set.CanPost(ctx, p.self, at)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, nil
	}
	if len(p.inflight) > 0 {
		// Only the slot's leader keeps several in flight. After the leader
		// window every member may post and all race for the same numbers;
		// each lost post still pays its calldata (up to ≈ 4.5M gas for a
		// full batch), so a member failing over for an absent leader sends
		// one post at a time, as before pipelining.
		lead, err := p.leads(ctx, set, at)
		if err != nil || !lead {
			return 0, err
		}
	}
	sigs, ok, err := p.quorum(ctx, set, cert, at)
	if err != nil || !ok {
		return 0, err
	}
	b, err := p.app.Batch(hdr.Number)
	if err != nil {
		return 0, err
	}
	wait, err := p.post(ctx, b, sigs)
	if err != nil {
		if again, herr := p.inbox.ChainHead(ctx); herr == nil && again.Number >= number {
			return 0, nil // another validator posted it first
		}
		return number, err
	}
	p.inflight = append(p.inflight, inflightPost{number: number, hash: hdr.Hash()})
	p.waiters.Add(1)
	go func() {
		defer p.waiters.Done()
		_, err := wait(ctx)
		p.results <- postResult{number: number, hdr: hdr, signers: len(sigs), err: err}
	}()
	return number, nil
}

// leads reports whether this validator is the leader of the slot of L1
// time at.
func (p *poster) leads(ctx context.Context, set *contracts.SequencerSet, at uint64) (bool, error) {
	params, err := p.schedule(ctx, set)
	if err != nil {
		return false, err
	}
	slot := params.Slot(at)
	if p.leaderKnown && p.leaderSlot == slot {
		return p.leader == p.self, nil
	}
	leader, err := set.LeaderOf(ctx, slot)
	if err != nil {
		return false, err
	}
	p.leaderSlot, p.leader, p.leaderKnown = slot, leader, true
	return leader == p.self, nil
}

// schedule returns SequencerSet's schedule parameters (read once).
func (p *poster) schedule(ctx context.Context, set *contracts.SequencerSet) (*schedule.Params, error) {
	if p.params == nil {
		params, err := set.ScheduleParams(ctx)
		if err != nil {
			return nil, err
		}
		p.params = &params
	}
	return p.params, nil
}

// l1Period returns L1's block period as seen from the heads this poster
// read (1 s until it saw two): the next block's time is the head's plus it.
func (p *poster) l1Period(head *types.Header) uint64 {
	n := head.Number.Uint64()
	if p.seenNumber != 0 && n > p.seenNumber && head.Time > p.seenTime {
		p.period = max((head.Time-p.seenTime)/(n-p.seenNumber), 1)
	}
	if p.seenNumber == 0 || n > p.seenNumber {
		p.seenNumber, p.seenTime = n, head.Time
	}
	return max(p.period, 1)
}

// quorum keeps the certificate's signatures of members scheduled in the
// epoch of L1 time at (BatchInbox refuses any other signer) and reports
// whether they still hold ≥ 2/3 of that epoch's power (weights in whole
// gwei, as consensus counts them). A certificate of a
// set L1 has not reached yet (the genesis epoch), or that left it, waits.
func (p *poster) quorum(ctx context.Context, set *contracts.SequencerSet, c *app.Certificate, at uint64) ([][]byte, bool, error) {
	params, err := p.schedule(ctx, set)
	if err != nil {
		return nil, false, err
	}
	epoch := params.Epoch(params.Slot(at))
	if p.epochSet == nil || p.epoch != epoch {
		members, err := set.EpochSet(ctx, epoch)
		if err != nil {
			return nil, false, err
		}
		p.epoch, p.epochSet = epoch, make(map[common.Address]*big.Int, len(members))
		for _, m := range members {
			p.epochSet[m.Addr] = m.Stake
		}
	}
	all := make([]*big.Int, 0, len(p.epochSet))
	for _, w := range p.epochSet {
		all = append(all, w)
	}
	var sigs [][]byte
	var weights []*big.Int
	for i, s := range c.Signers {
		if w, ok := p.epochSet[s]; ok {
			sigs = append(sigs, c.Sigs[i])
			weights = append(weights, w)
		}
	}
	// BatchInbox's rule (4.3), over powers in whole gwei: the consensus
	// set's own rule when L1's epoch is the set's.
	_, _, ok := contracts.PowerQuorum(weights, all)
	if !ok && p.waiting != c.Batch {
		p.waiting = c.Batch
		p.log.Info("batch waits for L1's schedule to hold its signers", "batch", c.Batch, "epoch", epoch, "signers", len(c.Signers), "scheduled", len(p.epochSet))
	}
	return sigs, ok, nil
}

// post sends b to BatchInbox and returns what waits for its receipt: in
// calldata mode with its data, in the certificate mode after dispersing the
// very coding its header commits to (dataRoot, agreed in consensus) to the
// DA committee. With a Transactor that cannot submit without waiting, the
// whole post happens in the returned function.
func (p *poster) post(ctx context.Context, b *app.Batch, sigs [][]byte) (func(context.Context) (*contracts.PostedBatch, error), error) {
	mode, cert, data := contracts.DAModeCalldata, []byte(nil), b.Data
	if p.app.DA() != nil {
		var err error
		if cert, err = p.certificate(ctx, b); err != nil {
			return nil, err
		}
		mode, data = contracts.DAModeCertificate, nil
	}
	if !p.submitter {
		return func(ctx context.Context) (*contracts.PostedBatch, error) {
			return p.inbox.PostBatchDA(ctx, &b.Header, sigs, mode, cert, data)
		}, nil
	}
	pending, err := p.inbox.SubmitPostBatchDA(ctx, &b.Header, sigs, mode, cert, data, len(p.epochSet))
	if err != nil {
		return nil, err
	}
	return pending.Wait, nil
}

// certificate disperses b's coding to the DA committee and returns the
// encoded certificate for the post.
func (p *poster) certificate(ctx context.Context, b *app.Batch) ([]byte, error) {
	params := p.app.DA()
	enc, err := da.Encode(bytes.Clone(b.Data), params.K, params.N)
	if err != nil {
		return nil, err
	}
	if enc.DataRoot != b.Header.DataRoot {
		return nil, fmt.Errorf("batch %d: coding's dataRoot %s differs from the header's %s", b.Header.Number, enc.DataRoot, b.Header.DataRoot)
	}
	if p.disp == nil {
		if p.disp, _, err = sequencerset.NewCommitteeDisperser(ctx, p.cfg.L1, p.inbox, p.cfg.Key, p.cfg.Rollup.L1ChainID, da.ClientConfig{}); err != nil {
			return nil, err
		}
		addr, err := p.inbox.DACommitteeAddress(ctx)
		if err != nil {
			return nil, err
		}
		p.committee = contracts.NewDACommittee(addr, p.cfg.L1, nil)
	}
	snap, err := p.committee.Snapshot(ctx)
	if err != nil {
		return nil, fmt.Errorf("DA committee: %w", err)
	}
	cert, err := p.disp.DisperseEncoding(ctx, snap, enc)
	if err != nil {
		return nil, fmt.Errorf("batch %d: disperse to the DA committee: %w", b.Header.Number, err)
	}
	return contracts.EncodeDACertificate(cert)
}

// close waits for the chunk stores still running and releases the
// disperser.
func (p *poster) close() {
	if p.disp != nil {
		p.disp.Wait()
		p.disp.Close()
	}
}

func (p *poster) daMode() string {
	if p.app.DA() != nil {
		return sequencerset.DAModeShards
	}
	return sequencerset.DAModeCalldata
}

// answerChallenges answers DA challenges on the certificate batches this
// validator signed, from its own decided batches: the set defends its
// batches itself instead of relying on watchers alone (an unanswered
// challenge voids the batch, and the set does not rebase on voids,
// PROTOCOL.md §5.9.8). Every signer answers; the first resolution wins
// and the others see it resolved.
func (n *Node) answerChallenges(ctx context.Context) {
	if n.app.DA() == nil {
		return // calldata mode: the data is on L1
	}
	p, err := sequencerset.NewPosterWithConfig(n.cfg.L1, n.cfg.Tx, n.cfg.Key, n.cfg.Rollup, sequencerset.PosterConfig{
		DAMode: sequencerset.DAModeShards,
		Data: func(num uint64, hh common.Hash) ([]byte, bool) {
			b, err := n.app.Batch(num)
			if err != nil || b.Forced || b.Header.Hash() != hh {
				return nil, false
			}
			return b.Data, true
		},
	})
	if err != nil {
		n.log.Warn("DA challenges: no poster", "err", err)
		return
	}
	defer p.Close()
	t := time.NewTicker(max(time.Second, n.cfg.PollInterval))
	defer t.Stop()
	var last string
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		answered, err := p.AnswerChallenges(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil && contracts.LostRace(err):
			n.log.Debug("DA challenge answered by another member first", "err", err)
		case err != nil && err.Error() != last:
			last = err.Error()
			n.log.Warn("answer DA challenges", "err", err)
		case answered > 0:
			last = ""
			n.log.Info("answered DA challenges on the set's batches", "count", answered)
		}
	}
}
