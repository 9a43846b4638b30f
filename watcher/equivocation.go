package watcher

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/httplimit"
	"github.com/etherscale/etherscale/sequencerset"
)

// Detector 4 (issue 11, docs/PROTOCOL.md §10): equivocation. The watcher
// collects signed headers of the latest EquivocationDepth batches from L1
// (the BatchPosted header and the signatures in its posting transaction)
// and from the sequencers' JSON-RPC (etherscale_getSignedBatchHeader: the
// --sequencer-rpc URLs and, unless restricted, the endpoints registered in
// SequencerSet). Two different headers with one number signed by one
// staked key are proven on L1 (BatchInbox.proveEquivocation): the signer
// is slashed in full and the watcher credited the reward.
//
// The registered endpoints are chosen by whoever bonds, so asking them is
// a request to an attacker's URL: only http(s) URLs, no redirects,
// EquivocationTimeout per request, a bounded response, at most
// EquivocationRequests per pass, and each (endpoint, batch) asked once.
// Served headers are only evidence: a proof is sent only for a signer
// with stake (else proveEquivocation reverts UnknownSigner, and a liar
// with a throwaway key would make the watcher pay for reverts), at most
// maxProofsPerPass a pass.

// Equivocation source modes (Config.EquivocationSources).
const (
	EquivocationRegistered = "registered" // --sequencer-rpc URLs and the endpoints in SequencerSet
	EquivocationListed     = "listed"     // --sequencer-rpc URLs only
	EquivocationOff        = "off"        // detector 4 off
)

const (
	prefEquivocation = "equivocation/" // equivocation/<signer>/<number, 16 hex> → EquivocationRecord
	mEquivocations   = "equivocations_proven_total"
	equivocScope     = "equivocation"
	// maxProofsPerPass bounds the proveEquivocation transactions of a pass.
	maxProofsPerPass = 4
	// maxHeaderResponse bounds one etherscale_getSignedBatchHeader answer
	// (a header and a few signatures are about 2 KiB).
	maxHeaderResponse = 64 << 10
	// maxServedSigs bounds the signatures of one served header looked at.
	maxServedSigs = 64
	// askParallel bounds the requests to sequencers in flight at once.
	askParallel = 8
)

// EquivocationRecord is one proven (or found already proven) equivocation.
type EquivocationRecord struct {
	Signer common.Address `json:"signer"`
	Number uint64         `json:"number"`
	HashA  common.Hash    `json:"hashA"` // the L1 header, when it is one of the two
	HashB  common.Hash    `json:"hashB"`
	Source string         `json:"source"` // where the second header came from
	// ByOther: someone proved it first (EquivocationAlreadyProven).
	ByOther bool        `json:"byOther,omitempty"`
	Slashed string      `json:"slashed,omitempty"` // wei
	Tx      common.Hash `json:"tx,omitempty"`
	L1Block uint64      `json:"l1Block"`
}

// signedHeader is one signature on one header, and where it was seen.
type signedHeader struct {
	h      contracts.BatchHeader
	hash   common.Hash
	sig    []byte
	source string
}

// equivDuty is detector 4's state between passes.
type equivDuty struct {
	chainID uint64
	// l1 caches, per batch number, the posted header's signatures by
	// signer (nil entry: a forced batch or one posted by a contract).
	l1 map[uint64]*l1Signed
	// asked holds the (endpoint, batch) pairs already asked.
	asked map[askKey]bool
	// seen holds, per batch and signer, the distinct headers it signed.
	seen   map[uint64]map[common.Address][]*signedHeader
	proven uint64
	recent []*EquivocationRecord
	client *http.Client
}

type l1Signed struct {
	hash common.Hash
	sigs map[common.Address]*signedHeader
}

type askKey struct {
	url string
	n   uint64
}

// sequencerURLs returns the JSON-RPC URLs to ask: the configured ones and,
// in registered mode, the http(s) endpoints of the current epoch's set.
func (w *Watcher) sequencerURLs(ctx context.Context, head *types.Header) []string {
	var out []string
	seen := make(map[string]bool)
	add := func(u string) {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.User != nil || seen[u] {
			return
		}
		seen[u] = true
		out = append(out, u)
	}
	for _, u := range w.cfg.SequencerRPCs {
		add(u)
	}
	if w.cfg.EquivocationSources != EquivocationRegistered || w.slots.params == nil {
		return out
	}
	set, err := w.seqSet(ctx)
	if err != nil {
		return out
	}
	members, err := set.EpochSet(ctx, w.slots.params.Epoch(w.slots.params.Slot(head.Time)))
	if err != nil {
		w.log.Debug("read the epoch set for the sequencers' endpoints", "err", err)
		return out
	}
	for _, m := range members {
		if _, rpcURL := sequencerset.ParseEndpoint(m.Endpoint); rpcURL != "" {
			add(rpcURL)
		}
	}
	return out
}

// equivocation is detector 4's pass.
func (w *Watcher) equivocation(ctx context.Context, head *types.Header) error {
	d := &w.equiv
	if d.l1 == nil {
		id, err := w.deps.L1.ChainID(ctx)
		if err != nil {
			return fmt.Errorf("chain id: %w", err)
		}
		d.chainID = id.Uint64()
		d.l1 = make(map[uint64]*l1Signed)
		d.asked = make(map[askKey]bool)
		d.seen = make(map[uint64]map[common.Address][]*signedHeader)
		// No redirects (a redirect would take the request to a host
		// nobody registered: the answer is the endpoint's own or
		// nothing), bounded answers.
		d.client = httplimit.Client(w.cfg.EquivocationTimeout, maxHeaderResponse)
		if err := w.restoreEquivocations(); err != nil {
			return err
		}
	}
	latest, err := w.batches.LatestBatch(ctx)
	if err != nil {
		return fmt.Errorf("latest batch: %w", err)
	}
	first := uint64(1)
	if latest >= w.cfg.EquivocationDepth {
		first = latest - w.cfg.EquivocationDepth + 1
	}
	// Forget what fell out of the window.
	for n := range d.seen {
		if n < first {
			delete(d.seen, n)
			delete(d.l1, n)
		}
	}
	for k := range d.asked {
		if k.n < first {
			delete(d.asked, k)
		}
	}
	var errs []error
	for n := first; n <= latest; n++ {
		if _, ok := d.l1[n]; ok {
			continue
		}
		s, err := w.l1SignedHeader(ctx, n)
		if err != nil {
			errs = append(errs, fmt.Errorf("signed header of batch %d: %w", n, err))
			continue
		}
		d.l1[n] = s
		for _, sh := range s.sigs {
			w.noteSigned(n, sh)
		}
	}
	urls := w.sequencerURLs(ctx, head)
	// Newest batches first: a lie about the latest batch is the one a
	// light client is most likely to be told.
	var jobs []askKey
	for n := latest; n >= first && n > 0 && len(jobs) < w.cfg.EquivocationRequests; n-- {
		for _, u := range urls {
			k := askKey{u, n}
			if d.asked[k] || len(jobs) == w.cfg.EquivocationRequests {
				continue
			}
			d.asked[k] = true
			jobs = append(jobs, k)
		}
	}
	// In parallel under one deadline: a registered endpoint that answers
	// slowly (a tarpit) costs the pass EquivocationTimeout at most, however
	// many there are.
	actx, cancel := context.WithTimeout(ctx, w.cfg.EquivocationTimeout)
	got := make([][]*signedHeader, len(jobs))
	forEach(actx, askParallel, len(jobs), func(i int) {
		sh, err := w.askHeader(actx, jobs[i].url, jobs[i].n)
		if err != nil {
			w.log.Debug("ask a sequencer for a signed header", "url", jobs[i].url, "batch", jobs[i].n, "err", err)
		}
		got[i] = sh
	})
	cancel()
	for i, sh := range got {
		for _, s := range sh {
			w.noteSigned(jobs[i].n, s)
		}
	}
	errs = append(errs, w.proveEquivocations(ctx, head))
	w.status.update(func(s *Status) {
		s.Equivocation = EquivocationStatus{Available: true, Proven: d.proven, Sources: len(urls), Recent: append([]*EquivocationRecord(nil), d.recent...)}
	})
	return errors.Join(errs...)
}

func (w *Watcher) restoreEquivocations() error {
	recs, err := w.store.jsonPrefix(prefEquivocation, func() any { return new(EquivocationRecord) })
	if err != nil {
		return err
	}
	for _, r := range recs {
		w.equiv.note(r.(*EquivocationRecord))
	}
	return nil
}

func (d *equivDuty) note(r *EquivocationRecord) {
	if !r.ByOther {
		d.proven++
	}
	d.recent = append(d.recent, r)
	if len(d.recent) > statusTxs {
		d.recent = d.recent[1:]
	}
}

// noteSigned adds a signature to the evidence of batch n, once per
// (signer, header); two headers per signer are all a proof needs.
func (w *Watcher) noteSigned(n uint64, s *signedHeader) {
	signer, err := contracts.RecoverHeaderSigner(&s.h, s.sig, w.equiv.chainID, w.deps.BatchInbox)
	if err != nil {
		return
	}
	bySigner := w.equiv.seen[n]
	if bySigner == nil {
		bySigner = make(map[common.Address][]*signedHeader)
		w.equiv.seen[n] = bySigner
	}
	list := bySigner[signer]
	if len(list) >= 2 {
		return
	}
	for _, o := range list {
		if o.hash == s.hash {
			return
		}
	}
	bySigner[signer] = append(list, s)
}

// l1SignedHeader reads batch n's posted header and the signatures in its
// posting transaction, keyed by signer.
func (w *Watcher) l1SignedHeader(ctx context.Context, n uint64) (*l1Signed, error) {
	pb, err := w.batches.PostedBatch(ctx, n)
	if err != nil {
		return nil, err
	}
	out := &l1Signed{hash: pb.HeaderHash, sigs: make(map[common.Address]*signedHeader)}
	if pb.Forced {
		return out, nil // the escape hatch posts without signatures
	}
	reader, ok := w.deps.L1.(ethereum.TransactionReader)
	if !ok {
		// An L1 client that cannot read transactions gives no L1
		// evidence; the served headers can still be compared among
		// themselves.
		return out, nil
	}
	tx, _, err := reader.TransactionByHash(ctx, pb.TxHash)
	if err != nil {
		return nil, fmt.Errorf("read the posting transaction %s: %w", pb.TxHash, err)
	}
	sigs, h, err := postBatchSignatures(tx.Data())
	if err != nil {
		// Posted through a contract (a multisig, say): the signatures are
		// not in the transaction input, and L1 gives no evidence.
		w.log.Debug("batch signatures not in its transaction input", "batch", n, "tx", pb.TxHash, "err", err)
		return out, nil
	}
	if h.Hash() != pb.HeaderHash {
		return out, nil
	}
	for _, s := range sigs {
		sh := &signedHeader{h: *h, hash: pb.HeaderHash, sig: s, source: "l1"}
		if signer, err := contracts.RecoverHeaderSigner(h, s, w.equiv.chainID, w.deps.BatchInbox); err == nil {
			out.sigs[signer] = sh
		}
	}
	return out, nil
}

// postBatchSignatures decodes a postBatch input's header and signatures.
func postBatchSignatures(input []byte) ([][]byte, *contracts.BatchHeader, error) {
	a := bindings.NewBatchInbox().GetABI()
	m := a.Methods["postBatch"]
	if len(input) < 4 || !bytes.Equal(input[:4], m.ID) {
		return nil, nil, errors.New("not a postBatch call")
	}
	args, err := m.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, nil, fmt.Errorf("decode postBatch: %w", err)
	}
	var in struct {
		H          bindings.BatchHeader
		Signatures [][]byte
		DaMode     uint8
		DaCert     []byte
		Data       []byte
	}
	if err := m.Inputs.Copy(&in, args); err != nil {
		return nil, nil, fmt.Errorf("decode postBatch: %w", err)
	}
	h := contracts.HeaderFromBinding(&in.H)
	return in.Signatures, &h, nil
}

// servedHeader is the part of etherscale_getSignedBatchHeader's answer
// the detector reads.
type servedHeader struct {
	Header     contracts.BatchHeader `json:"header"`
	Signatures []hexutil.Bytes       `json:"signatures"`
}

// askHeader asks u for batch n's signed header: one POST, bounded in
// time and size.
func (w *Watcher) askHeader(ctx context.Context, u string, n uint64) ([]*signedHeader, error) {
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "etherscale_getSignedBatchHeader", "params": []any{hexutil.Uint64(n)}})
	if err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, w.cfg.EquivocationTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.equiv.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("answered %s", resp.Status)
	}
	raw, err := io.ReadAll(resp.Body) // bounded by the client
	if err != nil {
		return nil, err
	}
	var out struct {
		Result *servedHeader `json:"result"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("decode answer: %w", err)
	}
	if out.Result == nil || out.Result.Header.Number != n {
		return nil, nil
	}
	h := out.Result.Header
	hash := h.Hash()
	var shs []*signedHeader
	for i, s := range out.Result.Signatures {
		if i == maxServedSigs {
			break
		}
		shs = append(shs, &signedHeader{h: h, hash: hash, sig: s, source: u})
	}
	return shs, nil
}

// conflicting returns two of one signer's headers for one number that
// BatchInbox counts as equivocation (same parent, different hashes), the
// L1 header first when it is one of them.
func conflicting(list []*signedHeader) (a, b *signedHeader, ok bool) {
	for i := range list {
		for j := i + 1; j < len(list); j++ {
			x, y := list[i], list[j]
			if !contracts.SamePosition(&x.h, &y.h) {
				continue
			}
			if y.source == "l1" {
				x, y = y, x
			}
			return x, y, true
		}
	}
	return nil, nil, false
}

// proveEquivocations proves every signer seen signing two headers of one
// number, not proven yet, up to maxProofsPerPass.
func (w *Watcher) proveEquivocations(ctx context.Context, head *types.Header) error {
	d := &w.equiv
	set, err := w.seqSet(ctx)
	if err != nil {
		return err
	}
	bi := contracts.NewBatchInbox(w.deps.BatchInbox, w.deps.L1, w.journal(equivocScope))
	sent := 0
	var errs []error
	for n, bySigner := range d.seen {
		for signer, list := range bySigner {
			if len(list) < 2 || sent == maxProofsPerPass {
				continue
			}
			a, b, ok := conflicting(list)
			if !ok {
				continue // one number on different parents: no fault (5.6.5)
			}
			key := fmt.Sprintf("%s%s/%016x", prefEquivocation, signer.Hex(), n)
			var old EquivocationRecord
			if ok, err := w.store.getJSON(key, &old); err != nil {
				return err
			} else if ok {
				continue
			}
			if stake, err := set.StakeOf(ctx, signer); err != nil {
				errs = append(errs, fmt.Errorf("stake of %s: %w", signer, err))
				continue
			} else if stake.Sign() == 0 {
				continue // nothing to slash; proving would revert UnknownSigner
			}
			r := &EquivocationRecord{Signer: signer, Number: n, HashA: a.hash, HashB: b.hash, Source: b.source, L1Block: head.Number.Uint64()}
			sent++
			_, amount, rcpt, err := bi.ProveEquivocation(ctx, &a.h, a.sig, &b.h, b.sig)
			switch {
			case contracts.Reverted(err, "EquivocationAlreadyProven"):
				// Another watcher or a validator was first: the expected
				// race, not a fault of ours.
				r.ByOther = true
				w.log.Info("equivocation already proven by someone else", "signer", signer, "batch", n)
			case err != nil:
				errs = append(errs, fmt.Errorf("prove equivocation of %s at batch %d: %w", signer, n, err))
				continue
			default:
				r.Slashed, r.Tx, r.L1Block = amount.String(), rcpt.TxHash, rcpt.BlockNumber.Uint64()
				w.log.Warn("equivocation proven: a sequencer signed two headers for one batch", "signer", signer, "batch", n, "slashed", amount, "source", b.source, "tx", rcpt.TxHash)
			}
			u := w.store.newUpdate()
			u.putJSON(key, r)
			if !r.ByOther {
				u.add(mEquivocations, 1)
			}
			deltas, err := u.commit()
			if err != nil {
				return err
			}
			w.metrics.apply(deltas)
			d.note(r)
			if !r.ByOther {
				w.sendAlert(ctx, Alert{Kind: "equivocation-proven", Batch: n, Censors: []common.Address{signer}, Claimed: b.hash.Hex(), True: a.hash.Hex(),
					Tx: r.Tx.Hex(), Reason: "second header from " + b.source, L1Block: r.L1Block, Time: time.Now().UTC()})
			}
		}
	}
	return errors.Join(errs...)
}
