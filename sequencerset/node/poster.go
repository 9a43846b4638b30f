package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/cometbft/cometbft/mempool"
	"github.com/ethereum/go-ethereum/common"
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
}

func newPoster(cfg Config, a *app.App, log *slog.Logger) *poster {
	return &poster{
		cfg: cfg, app: a, log: log, wake: make(chan struct{}, 1), posted: make(chan uint64, 1024),
		inbox: contracts.NewBatchInbox(cfg.Rollup.BatchInbox, cfg.L1, cfg.Tx),
		self:  crypto.PubkeyToAddress(cfg.Key.PublicKey),
	}
}

func (p *poster) certified(*app.Certificate) {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

func (p *poster) run(ctx context.Context) {
	set, err := sequencerSet(ctx, p.cfg)
	if err != nil {
		p.log.Warn("poster: no sequencer set", "err", err)
		return
	}
	t := time.NewTicker(p.cfg.PollInterval)
	defer t.Stop()
	for {
		for {
			n, err := p.postNext(ctx, set)
			switch {
			case err != nil && contracts.LostRace(err):
				// Another member posted this number first (failover).
				p.log.Debug("post batch: posted by another member first", "batch", n, "reason", err)
			case err != nil && ctx.Err() == nil:
				p.log.Warn("post batch", "batch", n, "err", err)
			}
			if err != nil || n == 0 {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-p.wake:
		}
	}
}

// errNotLeader means canPost refused this validator now.
var errNotLeader = errors.New("not allowed to post now")

// postNext posts the batch after L1's head if this validator holds its
// certificate and may post; it returns the batch posted (0: nothing to do).
func (p *poster) postNext(ctx context.Context, set *contracts.SequencerSet) (uint64, error) {
	head, err := p.inbox.ChainHead(ctx)
	if err != nil {
		return 0, err
	}
	hdr, cert, err := p.app.Certified(head.Number + 1)
	if errors.Is(err, app.ErrNotFound) || (err == nil && cert == nil) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	if hdr.ParentHash != head.HeaderHash {
		// L1 took a batch the consensus chain does not have (a forced
		// batch): posting can only revert.
		p.log.Error("L1's batch chain left the consensus chain", "batch", hdr.Number, "l1Parent", head.HeaderHash, "consensusParent", hdr.ParentHash)
		return 0, nil
	}
	l1Head, err := p.cfg.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	at := l1Head.Time + 1 // the earliest the post can land
	ok, err := set.CanPost(ctx, p.self, at)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, nil
	}
	sigs, ok, err := p.quorum(ctx, set, cert, at)
	if err != nil || !ok {
		return 0, err
	}
	b, err := p.app.Batch(hdr.Number)
	if err != nil {
		return 0, err
	}
	if _, err := p.post(ctx, b, sigs); err != nil {
		if again, herr := p.inbox.ChainHead(ctx); herr == nil && again.Number > head.Number {
			return 0, nil // another validator posted it first
		}
		return b.Header.Number, err
	}
	p.log.Info("posted batch", "batch", hdr.Number, "txs", hdr.TxCount, "signers", len(sigs), "da", p.daMode())
	select {
	case p.posted <- b.Header.Number:
	default:
	}
	return b.Header.Number, nil
}

// quorum keeps the certificate's signatures of members scheduled in the
// epoch of L1 time at (BatchInbox refuses any other signer) and reports
// whether they still hold ≥ 2/3 of that epoch's weight. A certificate of a
// set L1 has not reached yet (the genesis epoch), or that left it, waits.
func (p *poster) quorum(ctx context.Context, set *contracts.SequencerSet, c *app.Certificate, at uint64) ([][]byte, bool, error) {
	if p.params == nil {
		params, err := set.ScheduleParams(ctx)
		if err != nil {
			return nil, false, err
		}
		p.params = &params
	}
	epoch := p.params.Epoch(p.params.Slot(at))
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
	total, signed := new(big.Int), new(big.Int)
	for _, w := range p.epochSet {
		total.Add(total, w)
	}
	var sigs [][]byte
	for i, s := range c.Signers {
		if w, ok := p.epochSet[s]; ok {
			sigs = append(sigs, c.Sigs[i])
			signed.Add(signed, w)
		}
	}
	// BatchInbox's rule (4.3): signed > 0 and 3·signed ≥ 2·total.
	ok := signed.Sign() > 0 && new(big.Int).Mul(signed, big.NewInt(3)).Cmp(new(big.Int).Mul(total, big.NewInt(2))) >= 0
	if !ok && p.waiting != c.Batch {
		p.waiting = c.Batch
		p.log.Info("batch waits for L1's schedule to hold its signers", "batch", c.Batch, "epoch", epoch, "signers", len(c.Signers), "scheduled", len(p.epochSet))
	}
	return sigs, ok, nil
}

// post sends b to BatchInbox: in calldata mode with its data, in the
// certificate mode after dispersing the very coding its header commits to
// (dataRoot, agreed in consensus) to the DA committee.
func (p *poster) post(ctx context.Context, b *app.Batch, sigs [][]byte) (*contracts.PostedBatch, error) {
	params := p.app.DA()
	if params == nil {
		return p.inbox.PostBatch(ctx, &b.Header, sigs, b.Data)
	}
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
	raw, err := contracts.EncodeDACertificate(cert)
	if err != nil {
		return nil, err
	}
	return p.inbox.PostBatchCertificate(ctx, &b.Header, sigs, raw)
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
