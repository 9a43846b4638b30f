package watcher_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/watcher"
)

// postCalldata posts the next batch (no inbox entries) in calldata mode as
// the sequencer; tamper, if set, edits the header before it is signed.
func postCalldata(t *testing.T, e *dawiretest.Env, txs [][]byte, root [32]byte, tamper func(*contracts.BatchHeader)) *contracts.PostedBatch {
	t.Helper()
	edit := func(h *contracts.BatchHeader, data []byte) []byte {
		if tamper != nil {
			tamper(h)
		}
		return data
	}
	pb, err := e.PostCalldataAs(context.Background(), e.BI, e.Sim.Keys[dawiretest.KeySequencer], txs, root, edit)
	if err != nil {
		t.Fatal(err)
	}
	return pb
}

// wrongClaimOnBatch1 posts a good batch 1, waits out its challenge window
// and has an outsider claim a wrong root for it (a prover game).
func wrongClaimOnBatch1(t *testing.T, e *dawiretest.Env) {
	t.Helper()
	ctx := context.Background()
	b1 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}
	postCalldata(t, e, b1.Txs, e.ReplayRoot(t, b1), nil)
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow+1)*time.Second)
	liar := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1))
	bond, err := liar.BondAt(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := liar.Create(ctx, 1, common.HexToHash("0xbad"), bond); err != nil {
		t.Fatal(err)
	}
}

// playOut runs passes, moving the clock a claim timeout each time, until
// game 0 is over; check runs after the first pass.
func playOut(t *testing.T, e *dawiretest.Env, w *watcher.Watcher, check func()) *contracts.GameInfo {
	t.Helper()
	game := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, nil).Game(common.Big0)
	for i := 0; ; i++ {
		if err := pass(t, e, w); err != nil {
			t.Fatalf("pass %d: %v", i, err)
		}
		if i == 0 && check != nil {
			check()
		}
		info, err := game.Info(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if info.Status != contracts.GameInProgress {
			return info
		}
		if i > 40 {
			t.Fatalf("game 0 still in progress: %+v", info)
		}
		e.Sim.AdjustTime(t, time.Duration(e.Cfg.ClaimTimeout+1)*time.Second)
	}
}

// TestMalformedBatchDoesNotStopTheWatcher is the attack of a malformed
// batch behind a wrong claim: batch 1 is good, someone claims a wrong root
// for it, then batch 2 is posted with a header whose txCount is one too
// high. The follower cannot rebuild batch 2 until it is voided, and before
// the fix the watcher played no game at all past that point: the wrong
// claim won, and batch 2 outlived its malformed window. The watcher must
// prove batch 2 malformed in its first pass (batch void, signer slashed,
// reward credited to it and claimed) and counter and beat the wrong claim.
func TestMalformedBatchDoesNotStopTheWatcher(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	alerts := make(chan watcher.Alert, 8)
	hook := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		var a watcher.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err == nil {
			alerts <- a
		}
	}))
	defer hook.Close()
	w, self := daWatcher(t, e, hook.URL)
	wrongClaimOnBatch1(t, e)
	b2 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 1)}}
	pb2 := postCalldata(t, e, b2.Txs, e.ReplayRoot(t, &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}, b2), func(h *contracts.BatchHeader) { h.TxCount++ })
	deadline, err := e.BI.MalformedDeadline(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	set := contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil)

	info := playOut(t, e, w, func() {
		// The first pass proves batch 2 malformed and counters the claim.
		if void, err := e.BI.IsVoid(ctx, 2); err != nil || !void {
			t.Fatalf("batch 2 void = %v, %v after the first pass", void, err)
		}
		head, err := e.Sim.Client.HeaderByNumber(ctx, nil)
		if err != nil || head.Time > deadline {
			t.Fatalf("proof by %v, after the deadline %d (%v)", head.Time, deadline, err)
		}
		g := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, nil).Game(common.Big0)
		if info, err := g.Info(ctx); err != nil || info.ClaimCount < 2 {
			t.Fatalf("wrong claim not countered in the first pass: %+v, %v", info, err)
		}
	})
	if info.Status != contracts.GameChallengerWins {
		t.Fatalf("game on batch 1: %v, want CHALLENGER_WINS", info.Status)
	}
	voids, err := e.BI.Voids(ctx, e.Dep.DeployBlock, nil)
	if err != nil || len(voids) != 1 || voids[0].Number != 2 || voids[0].Prover != self || voids[0].Reason != contracts.VoidTxCount {
		t.Fatalf("BatchVoided events %+v, %v", voids, err)
	}
	for _, s := range pb2.Signers {
		if stake, err := set.StakeOf(ctx, s); err != nil || stake.Sign() != 0 {
			t.Fatalf("signer %s stake %v, %v", s, stake, err)
		}
	}
	slashes, err := set.Slashes(ctx, e.Dep.DeployBlock, nil)
	if err != nil || len(slashes) != len(pb2.Signers) || slashes[0].Prover != self || slashes[0].Reward.Sign() <= 0 {
		t.Fatalf("slashes %+v, %v", slashes, err)
	}
	// The reward was claimed, not left in the contract.
	if credit, err := set.Credit(ctx, self); err != nil || credit.Sign() != 0 {
		t.Fatalf("SequencerSet credit left %v, %v", credit, err)
	}
	wantMetrics(t, w, map[string]float64{"malformed_proofs_total": 1, "batches_unrebuildable": 0, "blocked_batch": 0, "l1_tx_failures_total": 0})
	var kinds []string
	for len(alerts) > 0 {
		a := <-alerts
		kinds = append(kinds, a.Kind)
		if a.Kind == "batch-unrebuildable" && (a.Batch != 2 || !strings.HasPrefix(a.Reason, "malformed")) {
			t.Errorf("alert %+v", a)
		}
	}
	if got := strings.Join(kinds, ","); got != "batch-unrebuildable,wrong-claim" {
		t.Errorf("alerts %s, want one batch-unrebuildable and one wrong-claim", got)
	}
	acts, err := w.Store().Actions()
	if err != nil {
		t.Fatal(err)
	}
	var proofs int
	for _, a := range acts {
		if a.Method == "proveMalformed" {
			proofs++
			if a.State != watcher.ActionMined || a.Scope != "malformed/2" {
				t.Errorf("proof action %+v", a)
			}
		}
	}
	if proofs != 1 {
		t.Errorf("%d proveMalformed actions", proofs)
	}
}

// TestWithheldBatchDoesNotStopTheWatcher: a wrong claim on batch 1, then a
// certificate batch 2 whose data four of six shards withhold. Until the DA
// challenge on batch 2 expires (longer than a claim timeout) the follower
// cannot rebuild it; the watcher challenges it and meanwhile counters and
// beats the claim on batch 1.
func TestWithheldBatchDoesNotStopTheWatcher(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	w, self := daWatcher(t, e, "")
	wrongClaimOnBatch1(t, e)
	b2 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 1)}}
	pb2, _ := e.PostCertificateBatch(t, b2.Txs, e.ReplayRoot(t, &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}, b2))
	e.Withhold(pb2.Header.DataRoot, 0, 1, 2, 3)
	// Batch 3, behind the withheld one, is malformed: its window is as
	// short as batch 2's challenge is long, so the watcher must not wait
	// for the follower to reach it.
	postCalldata(t, e, nil, [32]byte{3}, func(h *contracts.BatchHeader) { h.TxCount++ })
	info := playOut(t, e, w, func() {
		if void, err := e.BI.IsVoid(ctx, 3); err != nil || !void {
			t.Fatalf("malformed batch 3 behind the withheld batch 2: void = %v, %v", void, err)
		}
		if st, err := e.Challenge(nil).ChallengeOf(ctx, 2); err != nil || st.Challenger != self {
			t.Fatalf("batch 2 not challenged by the watcher: %+v, %v", st, err)
		}
		if void, err := e.BI.IsVoid(ctx, 2); err != nil || void {
			t.Fatalf("batch 2 void = %v, %v: the claim must be countered while it is withheld", void, err)
		}
		g := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, nil).Game(common.Big0)
		if info, err := g.Info(ctx); err != nil || info.ClaimCount < 2 {
			t.Fatalf("wrong claim not countered while batch 2 is withheld: %+v, %v", info, err)
		}
		// Batch 2 and the (void) batch 3 behind it.
		wantMetrics(t, w, map[string]float64{"batches_unrebuildable": 2, "blocked_batch": 2, "malformed_proofs_total": 1})
	})
	if info.Status != contracts.GameChallengerWins {
		t.Fatalf("game on batch 1: %v, want CHALLENGER_WINS", info.Status)
	}
}

// syncBuf is a log sink safe for the watcher's goroutines.
type syncBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestGameOnUnrebuildableBatchWaits: nobody proved batch 2 malformed within
// its window (the watcher started too late), and there are games on batch
// 1 (a wrong claim) and on batch 2. The follower can never rebuild batch 2:
// the watcher says so (log, one alert) and skips its game without failing
// the pass, and still plays and wins the game on batch 1. As a prover
// (every batch) it claims batch 1's true root, never batch 2's.
func TestGameOnUnrebuildableBatchWaits(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	b1 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}
	postCalldata(t, e, b1.Txs, e.ReplayRoot(t, b1), nil)
	postCalldata(t, e, nil, [32]byte{2}, func(h *contracts.BatchHeader) { h.TxCount++ })
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow+1)*time.Second)
	liar := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1))
	bond, err := liar.BondAt(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := liar.Create(ctx, 1, common.HexToHash("0xbad"), bond); err != nil {
		t.Fatal(err)
	}
	if _, _, err := liar.Create(ctx, 2, common.HexToHash("0xbad2"), bond); err != nil {
		t.Fatal(err)
	}
	alerts := make(chan watcher.Alert, 8)
	hook := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		var a watcher.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err == nil {
			alerts <- a
		}
	}))
	defer hook.Close()
	logs := &syncBuf{}
	w, self := daWatcherLog(t, e, hook.URL, slog.New(slog.NewTextHandler(logs, nil)), func(c *watcher.Config) { c.ProveEvery = 1 })
	info := playOut(t, e, w, nil)
	if info.Status != contracts.GameChallengerWins {
		t.Fatalf("game on batch 1: %v, want CHALLENGER_WINS", info.Status)
	}
	g1, ok, err := w.Store().Game(1)
	if err != nil || !ok || g1.Done || g1.RootCorrect != nil {
		t.Fatalf("game on batch 2 was judged: %+v, %v", g1, err)
	}
	if void, err := e.BI.IsVoid(ctx, 2); err != nil || void {
		t.Fatalf("batch 2 void = %v, %v past its deadline", void, err)
	}
	games, err := w.Store().Games()
	if err != nil {
		t.Fatal(err)
	}
	var claimed []uint64
	for _, g := range games {
		if g.Creator == self {
			claimed = append(claimed, g.Batch)
		}
	}
	if len(claimed) != 1 || claimed[0] != 1 {
		t.Errorf("prover claims on batches %v, want [1]", claimed)
	}
	for _, want := range []string{"game waits for a batch the follower cannot rebuild", "malformed batch past its malformed deadline"} {
		if n := strings.Count(logs.String(), want); n != 1 {
			t.Errorf("log line %q %d times, want once:\n%s", want, n, logs.String())
		}
	}
	var unrebuildable int
	for len(alerts) > 0 {
		if a := <-alerts; a.Kind == "batch-unrebuildable" {
			unrebuildable++
			if a.Batch != 2 {
				t.Errorf("alert %+v", a)
			}
		}
	}
	if unrebuildable != 1 {
		t.Errorf("%d batch-unrebuildable alerts, want 1", unrebuildable)
	}
	wantMetrics(t, w, map[string]float64{"malformed_proofs_total": 0, "batches_unrebuildable": 1, "blocked_batch": 2, "l1_tx_failures_total": 0})
}
