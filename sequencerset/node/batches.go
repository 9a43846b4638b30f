package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/httplimit"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/sequencerset/app"
)

// Faults are deliberate misbehaviours for the devnet and the tests.
type Faults struct {
	// Equivocate: the validator serves, from etherscale_getSignedBatchHeader,
	// a second header for every batch (another state root) that it
	// signed too, as a sequencer lying to a light client would.
	Equivocate bool
	// SkipEntries: as proposer, the validator leaves inbox entries out
	// (the others reject its blocks once an entry is overdue).
	SkipEntries bool
	// NoPost: the validator never posts batches to L1 (a leader that
	// misses its windows; tests race their own posts against the others').
	NoPost bool
}

var _ sequencerset.BatchBackend = (*backend)(nil)

// BatchInfo implements sequencerset.BatchBackend from the consensus
// batches and L1: pending until BatchInbox holds the batch, then posted
// (or void). Finality and disputes are the watcher's to report.
func (b *backend) BatchInfo(ctx context.Context, n uint64) (*sequencerset.BatchInfo, error) {
	hdr, _, err := b.n.app.Certified(n)
	if errors.Is(err, app.ErrNotFound) {
		return nil, fmt.Errorf("%w: %d", sequencerset.ErrUnknownBatch, n)
	}
	if err != nil {
		return nil, err
	}
	info := &sequencerset.BatchInfo{
		Number: n, Status: sequencerset.BatchPending, HeaderHash: hdr.Hash(), StateRoot: hdr.StateRoot,
		FirstBlock: hexutil.Uint64(n), LastBlock: hexutil.Uint64(n), DAMode: b.daMode(),
	}
	inbox := contracts.NewBatchInbox(b.n.cfg.Rollup.BatchInbox, b.n.cfg.L1, nil)
	latest, err := inbox.LatestBatch(ctx)
	if err != nil || latest < n {
		return info, nil
	}
	rec, err := inbox.Batch(ctx, n)
	if err != nil || rec.HeaderHash != info.HeaderHash {
		return info, nil
	}
	info.Status = sequencerset.BatchPosted
	if rec.Void {
		info.Status = sequencerset.BatchVoid
	}
	return info, nil
}

// SignedBatchHeader implements sequencerset.BatchBackend: the decided
// header with the certificate every validator holds.
func (b *backend) SignedBatchHeader(_ context.Context, n uint64) (*sequencerset.SignedBatchHeader, error) {
	// Without the batch data: the peers' equivocation watches ask often.
	hdr, cert, err := b.n.app.Certified(n)
	if errors.Is(err, app.ErrNotFound) {
		return nil, fmt.Errorf("%w: %d", sequencerset.ErrUnknownBatch, n)
	}
	if err != nil {
		return nil, err
	}
	out := &sequencerset.SignedBatchHeader{Header: *hdr, HeaderHash: hdr.Hash(), Signatures: []hexutil.Bytes{}, Signers: []common.Address{}, DAMode: b.daMode()}
	if b.n.cfg.Faults.Equivocate {
		h := *hdr
		h.StateRoot[0] ^= 0xff
		sig, err := contracts.SignHeader(b.n.cfg.Key, &h, b.n.cfg.Rollup.L1ChainID, b.n.cfg.Rollup.BatchInbox)
		if err != nil {
			return nil, err
		}
		out.Header, out.HeaderHash = h, h.Hash()
		out.Signatures, out.Signers = []hexutil.Bytes{sig}, []common.Address{b.n.self()}
		return out, nil
	}
	if cert != nil {
		for i, s := range cert.Sigs {
			out.Signatures = append(out.Signatures, s)
			out.Signers = append(out.Signers, cert.Signers[i])
		}
	}
	return out, nil
}

// equivocationWatch asks every other validator's JSON-RPC for its signed
// header of each certified batch; a header that differs from the decided
// one, signed by a validator whose signature on the decided header the
// certificate holds, is proven on L1 (BatchInbox.proveEquivocation): the
// signer is slashed and this validator credited.
type equivocationWatch struct {
	n      *Node
	log    *slog.Logger
	inbox  *contracts.BatchInbox
	mu     sync.Mutex
	proven map[common.Address]bool
	// asked records which peer answered for which batch: each pair is
	// asked until it answers once, over the last watchWindow certified
	// batches (a peer that was down, or not known yet, is asked later).
	asked map[string]map[uint64]bool
	// client asks peers, bounded: a Byzantine validator's endpoint must
	// not make the others read without end.
	client *http.Client
}

// maxPeerAnswer bounds a peer's answer to etherscale_getSignedBatchHeader
// (a header and at most a set's signatures: a few KiB).
const maxPeerAnswer = 64 << 10

// watchWindow is how many of the latest batches the watch keeps asking
// about.
const watchWindow = 8

func (w *equivocationWatch) run(ctx context.Context, peers func(context.Context) []string) {
	t := time.NewTicker(2 * w.n.cfg.PollInterval)
	defer t.Stop()
	w.asked = make(map[string]map[uint64]bool)
	if w.client == nil {
		w.client = httplimit.Client(2*time.Second, maxPeerAnswer)
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		head, _ := w.n.app.Head()
		urls := peers(ctx)
		// The consensus chain's own batches: after its start batch (a
		// set that took over a running chain starts above 0).
		from := w.n.app.Base().Number + 1
		if head.Number >= from+watchWindow {
			from = head.Number - watchWindow + 1
		}
		for n := from; n <= head.Number; n++ {
			if w.n.app.IsForced(n) {
				continue // adopted from L1: nobody signed it
			}
			var todo []string
			for _, u := range urls {
				if !w.asked[u][n] {
					todo = append(todo, u)
				}
			}
			if len(todo) == 0 {
				continue
			}
			// The header and certificate only: the batch's data is
			// hundreds of kilobytes of JSON a tick would decode for nothing.
			hdr, cert, err := w.n.app.Certified(n)
			if err != nil || cert == nil {
				break // certified a block or two later: look again then
			}
			for _, u := range todo {
				if w.asked[u] == nil {
					w.asked[u] = make(map[uint64]bool)
				}
				if w.check(ctx, u, hdr, cert) {
					w.asked[u][n] = true
				}
			}
		}
		for _, m := range w.asked {
			for n := range m {
				if n < from {
					delete(m, n)
				}
			}
		}
	}
}

// check asks one peer for its signed header of the decided batch hdr
// (certified by cert) and proves an equivocation it shows; it reports
// whether the peer answered.
func (w *equivocationWatch) check(ctx context.Context, url string, hdr *contracts.BatchHeader, cert *app.Certificate) bool {
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	c, err := rpc.DialOptions(cctx, url, rpc.WithHTTPClient(w.client))
	if err != nil {
		return false
	}
	defer c.Close()
	var got *sequencerset.SignedBatchHeader
	if err := c.CallContext(cctx, &got, "etherscale_getSignedBatchHeader", hexutil.Uint64(hdr.Number)); err != nil {
		return false
	}
	if got == nil || !contracts.SamePosition(&got.Header, hdr) {
		// The same header, or another position: a peer still on the
		// batches an adoption of L1's forced batch dropped, or one ahead
		// of us on it (5.9.8).
		return true
	}
	chainID, verifier := w.n.cfg.Rollup.L1ChainID, w.n.cfg.Rollup.BatchInbox
	for _, sig := range got.Signatures {
		signer, err := contracts.RecoverHeaderSigner(&got.Header, sig, chainID, verifier)
		if err != nil {
			continue
		}
		for i, s := range cert.Signers {
			if s != signer {
				continue
			}
			w.mu.Lock()
			done := w.proven[signer]
			w.proven[signer] = true
			w.mu.Unlock()
			if done {
				continue
			}
			_, amount, _, err := w.inbox.ProveEquivocation(ctx, hdr, cert.Sigs[i], &got.Header, sig)
			if err != nil {
				if contracts.LostRace(err) {
					// Another validator proved it first: the signer is slashed.
					w.log.Debug("equivocation already proven by another member", "signer", signer, "batch", hdr.Number)
				} else {
					// Try again on a later round.
					w.log.Warn("prove equivocation", "signer", signer, "batch", hdr.Number, "err", err)
					w.mu.Lock()
					delete(w.proven, signer)
					w.mu.Unlock()
					return false
				}
				continue
			}
			w.log.Warn("equivocation proven: a validator signed two headers for one batch", "signer", signer, "batch", hdr.Number, "slashed", amount)
		}
	}
	return true
}

func (b *backend) daMode() string {
	if b.n.app.DA() != nil {
		return sequencerset.DAModeShards
	}
	return sequencerset.DAModeCalldata
}
