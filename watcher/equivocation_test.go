package watcher_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/sequencerset"
	"github.com/etherscale/etherscale/watcher"
)

// lyingSequencer is the etherscale namespace of a sequencer that tells
// light clients another state root for every batch, signed with key: the
// equivocation of detector 4, served over real JSON-RPC.
type lyingSequencer struct {
	key      *ecdsa.PrivateKey
	chainID  uint64
	verifier common.Address
	bi       *contracts.BatchInbox
	asked    atomic.Int64
}

func (s *lyingSequencer) GetSignedBatchHeader(ctx context.Context, n hexutil.Uint64) (*sequencerset.SignedBatchHeader, error) {
	s.asked.Add(1)
	pb, err := s.bi.PostedBatch(ctx, uint64(n))
	if err != nil {
		return nil, nil
	}
	h := pb.Header
	h.StateRoot[0] ^= 0xff
	sig, err := contracts.SignHeader(s.key, &h, s.chainID, s.verifier)
	if err != nil {
		return nil, err
	}
	return &sequencerset.SignedBatchHeader{Header: h, HeaderHash: h.Hash(), Signatures: []hexutil.Bytes{sig}, Signers: []common.Address{crypto.PubkeyToAddress(s.key.PublicKey)}}, nil
}

// serveLiar serves key's lies on 127.0.0.1 over JSON-RPC.
func serveLiar(t *testing.T, e *dawiretest.Env, key *ecdsa.PrivateKey) (*httptest.Server, *lyingSequencer) {
	t.Helper()
	liar := &lyingSequencer{key: key, chainID: e.Sim.ChainID.Uint64(), verifier: e.Dep.Contracts.BatchInbox, bi: contracts.NewBatchInbox(e.Dep.Contracts.BatchInbox, e.Sim.Client, nil)}
	liar.bi.SetDeployBlock(e.Dep.DeployBlock)
	srv := rpc.NewServer()
	if err := srv.RegisterName("etherscale", liar); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs, liar
}

// TestEquivocationProvenFromSequencerRPC: the sequencer posts batch 1 on
// L1 and serves, from its JSON-RPC, another header for batch 1 that it
// signed too. The watcher, asking its --sequencer-rpc, pairs the L1
// header and signature (from the posting transaction) with the served
// one and proves the equivocation on the real BatchInbox: the sequencer's
// stake is slashed to zero, the watcher is credited, the metric, the alert
// and the status say so. A second liar, whose key has no stake, is not
// proven (it would revert UnknownSigner at the watcher's expense); a
// second watcher finds nothing left to prove; a restarted watcher keeps
// the count and asks nobody again about the same batch.
func TestEquivocationProvenFromSequencerRPC(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	b1 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}
	postCalldata(t, e, b1.Txs, e.ReplayRoot(t, b1), nil)
	seq := crypto.PubkeyToAddress(e.Sim.Keys[dawiretest.KeySequencer].PublicKey)

	honestURL, liar := serveLiar(t, e, e.Sim.Keys[dawiretest.KeySequencer])
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	strangerURL, strangerLiar := serveLiar(t, e, stranger)
	alerts := make(chan watcher.Alert, 8)
	hook := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		var a watcher.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err == nil {
			alerts <- a
		}
	}))
	defer hook.Close()
	// A tarpit: answers nothing until the watcher gives up.
	tarpit := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		// The request's context ends on the client's hang-up only once
		// the body is read.
		_, _ = io.Copy(io.Discard, r.Body)
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer tarpit.Close()
	dir := t.TempDir()
	mod := func(c *watcher.Config) {
		c.DataDir = dir
		c.SequencerRPCs = []string{tarpit.URL, tarpit.URL + "/2", tarpit.URL + "/3", tarpit.URL + "/4", tarpit.URL + "/5", tarpit.URL + "/6", honestURL.URL, strangerURL.URL, "file:///etc/passwd", "ftp://127.0.0.1/"}
		c.EquivocationSources = watcher.EquivocationListed
		c.EquivocationTimeout = 700 * time.Millisecond
	}
	w, self := daWatcherLog(t, e, hook.URL, nil, mod)
	set := contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil)
	before, err := set.StakeOf(ctx, seq)
	if err != nil || before.Sign() == 0 {
		t.Fatalf("sequencer stake %v, %v", before, err)
	}
	start := time.Now()
	if err := pass(t, e, w); err != nil {
		t.Fatalf("pass: %v", err)
	}
	if d := time.Since(start); d > 2500*time.Millisecond {
		t.Errorf("the pass took %v: six tarpits held it up (one shared deadline of 700 ms expected)", d)
	}
	if after, err := set.StakeOf(ctx, seq); err != nil || after.Sign() != 0 {
		t.Fatalf("equivocating sequencer's stake after the pass: %v, %v (before %v)", after, err, before)
	}
	if liar.asked.Load() != 1 || strangerLiar.asked.Load() != 1 {
		t.Errorf("asked the liars %d and %d times, want once each", liar.asked.Load(), strangerLiar.asked.Load())
	}
	wantMetrics(t, w, map[string]float64{"equivocations_proven_total": 1})
	st := w.Status().Equivocation
	if !st.Available || st.Proven != 1 || st.Sources != 8 || len(st.Recent) != 1 || st.Recent[0].Signer != seq || st.Recent[0].Number != 1 || st.Recent[0].ByOther {
		t.Errorf("equivocation status %+v (sources: the eight http URLs, not file: or ftp:)", st)
	}
	select {
	case a := <-alerts:
		if a.Kind != "equivocation-proven" || a.Batch != 1 || len(a.Censors) != 1 || a.Censors[0] != seq {
			t.Errorf("alert %+v", a)
		}
	default:
		t.Error("no equivocation alert")
	}
	// The slash reward is the watcher's: credited in SequencerSet and
	// withdrawn by the pass's credit sweep, or still there.
	if proofs := countEvents(t, e, self); proofs != 1 {
		t.Errorf("%d EquivocationProven events by the watcher, want 1", proofs)
	}

	// Another watcher (the outsider's key) finds the equivocation already
	// proven and the signer without stake: no transaction, no error.
	other, err := watcher.New(func() watcher.Config {
		c := watcher.DefaultConfig()
		c.DataDir, c.OpenSequencerGames = t.TempDir(), false
		c.SequencerRPCs, c.EquivocationSources = []string{honestURL.URL}, watcher.EquivocationListed
		return c
	}(), watcher.Deps{L1: e.Sim.Client, Tx: e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1), Factory: e.Dep.Contracts.DisputeGameFactory,
		Inbox: e.Dep.Contracts.Inbox, BatchInbox: e.Dep.Contracts.BatchInbox, Genesis: &e.Cfg.Genesis, DeployBlock: e.Dep.DeployBlock})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := pass(t, e, other); err != nil {
		t.Fatalf("second watcher's pass: %v", err)
	}
	if st := other.Status().Equivocation; st.Proven != 0 {
		t.Errorf("second watcher proved %d", st.Proven)
	}

	// Restarted: the count survives, batch 1 is not asked about again.
	w.Close()
	w2, _ := daWatcherLog(t, e, "", nil, mod)
	if err := pass(t, e, w2); err != nil {
		t.Fatalf("pass after the restart: %v", err)
	}
	wantMetrics(t, w2, map[string]float64{"equivocations_proven_total": 1})
	if st := w2.Status().Equivocation; st.Proven != 1 {
		t.Errorf("after the restart: %+v", st)
	}
	if proofs := countEvents(t, e, self); proofs != 1 {
		t.Errorf("%d proofs after the restart, want 1", proofs)
	}
}

// countEvents counts the EquivocationProven events whose prover is by.
func countEvents(t *testing.T, e *dawiretest.Env, by common.Address) int {
	t.Helper()
	b := bindings.NewBatchInbox()
	a := b.GetABI()
	logs, err := e.Sim.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(e.Dep.DeployBlock), Addresses: []common.Address{e.Dep.Contracts.BatchInbox},
		Topics: [][]common.Hash{{a.Events["EquivocationProven"].ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range logs {
		if ev, err := b.UnpackEquivocationProvenEvent(&logs[i]); err == nil && ev.Prover == by {
			n++
		}
	}
	return n
}
