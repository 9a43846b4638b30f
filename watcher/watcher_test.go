package watcher

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts/bindings"
	"github.com/etherscale/etherscale/internal/txmgr"
)

func TestConfigValidate(t *testing.T) {
	ok := DefaultConfig()
	ok.DataDir = t.TempDir()
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	off := ok
	off.EquivocationSources, off.EquivocationRequests = EquivocationOff, 0
	if err := off.Validate(); err != nil {
		t.Errorf("detector 4 off needs no request budget: %v", err)
	}
	for name, mod := range map[string]func(*Config){
		"no data dir":   func(c *Config) { c.DataDir = "" },
		"zero poll":     func(c *Config) { c.PollInterval = 0 },
		"zero range":    func(c *Config) { c.LogRange = 0 },
		"zero settle":   func(c *Config) { c.SettleTimeout = 0 },
		"bad webhook":   func(c *Config) { c.AlertWebhook = "ftp://x" },
		"relative hook": func(c *Config) { c.AlertWebhook = "/alerts" },
		"hook no timeout": func(c *Config) {
			c.AlertWebhook, c.AlertTimeout = "http://localhost:1/x", 0
		},
		"unknown equivocation sources": func(c *Config) { c.EquivocationSources = "everyone" },
		"no equivocation requests":     func(c *Config) { c.EquivocationRequests = 0 },
		"no equivocation timeout":      func(c *Config) { c.EquivocationSources, c.EquivocationTimeout = EquivocationListed, 0 },
		"no equivocation depth":        func(c *Config) { c.EquivocationDepth = 0 },
	} {
		c := ok
		mod(&c)
		if err := c.Validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestStoreSurvivesReopen: records, the scan mark and counters written by
// one process are what the next one reads.
func TestStoreSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	u := s.newUpdate()
	u.game(&GameRecord{ID: 10, Batch: 3, Status: "IN_PROGRESS"})
	u.game(&GameRecord{ID: 2, Batch: 1, Done: true})
	u.claimBlock(10, 0, 77)
	u.latency(10, 0, 1)
	u.scanned(80)
	u.add(mMoves, 2)
	if _, err := u.commit(); err != nil {
		t.Fatal(err)
	}
	u = s.newUpdate()
	u.add(mMoves, 1)
	if _, err := u.commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.beginAction("game/10", "move", 3, 70, common.Address{7}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	games, err := s.Games()
	if err != nil || len(games) != 2 || games[0].ID != 2 || games[1].ID != 10 || !games[0].Done {
		t.Fatalf("games %+v, %v", games, err)
	}
	if b, ok, err := s.ClaimBlock(10, 0); b != 77 || !ok || err != nil {
		t.Fatalf("claim block %d %v %v", b, ok, err)
	}
	if b, ok, err := s.Scanned(); b != 80 || !ok || err != nil {
		t.Fatalf("scanned %d %v %v", b, ok, err)
	}
	if v, err := s.Metric(mMoves); v != 3 || err != nil {
		t.Fatalf("moves %v %v", v, err)
	}
	m := newMetrics()
	if err := m.restore(s); err != nil {
		t.Fatal(err)
	}
	acts, err := s.Actions()
	if err != nil || len(acts) != 1 || acts[0].State != ActionSending || acts[0].Scope != "game/10" {
		t.Fatalf("actions %+v, %v", acts, err)
	}
	if id, ok := ScopeGame(acts[0].Scope); !ok || id != 10 {
		t.Fatalf("scope game %d %v", id, ok)
	}
}

// fakeL1 answers the two reads the journal makes; anything else panics
// through the nil embedded interface, which the test would report.
type fakeL1 struct{ L1 }

func (fakeL1) PendingNonceAt(context.Context, common.Address) (uint64, error) { return 4, nil }
func (fakeL1) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(99)}, nil
}

type fakeTx struct {
	rcpt *types.Receipt
	err  error
	sent int
}

func (f *fakeTx) From() common.Address { return common.Address{1} }
func (f *fakeTx) Send(context.Context, txmgr.Candidate) (*types.Receipt, error) {
	f.sent++
	return f.rcpt, f.err
}

// TestJournal: every send is logged with its method, hash, block and
// outcome; failures are counted.
func TestJournal(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := newMetrics()
	ok := &fakeTx{rcpt: &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: common.Hash{9}, BlockNumber: big.NewInt(5)}}
	j := &journal{l1: fakeL1{}, inner: ok, store: s, scope: "game/1", metrics: m, log: slog.New(slog.DiscardHandler)}
	fabi := bindings.NewDisputeGameFactory().GetABI()
	data := fabi.Methods["claimCredit"].ID
	if _, err := j.Send(context.Background(), txmgr.Candidate{Data: data}); err != nil {
		t.Fatal(err)
	}
	j.inner = &fakeTx{rcpt: &types.Receipt{Status: types.ReceiptStatusFailed, TxHash: common.Hash{8}, BlockNumber: big.NewInt(6)}, err: errors.New("reverted")}
	if _, err := j.Send(context.Background(), txmgr.Candidate{Data: data}); err == nil {
		t.Fatal("revert not returned")
	}
	j.inner = &fakeTx{err: errors.New("refused")}
	if _, err := j.Send(context.Background(), txmgr.Candidate{}); err == nil {
		t.Fatal("failure not returned")
	}
	// A send cut short by a timeout may still land: it stays "sending" for
	// the restart to settle, and is not counted as a failure.
	j.inner = &fakeTx{err: txmgr.ErrReceiptTimeout}
	if _, err := j.Send(context.Background(), txmgr.Candidate{Data: data}); err == nil {
		t.Fatal("timeout not returned")
	}
	acts, err := s.Actions()
	if err != nil || len(acts) != 4 {
		t.Fatalf("actions %+v %v", acts, err)
	}
	if a := acts[3]; a.State != ActionSending || a.Nonce != 4 || a.FromBlock != 99 {
		t.Errorf("in doubt: %+v", a)
	}
	if a := acts[0]; a.State != ActionMined || a.Method != "claimCredit" || a.TxHash != (common.Hash{9}) || a.Block != 5 {
		t.Errorf("mined: %+v", a)
	}
	if a := acts[1]; a.State != ActionReverted || a.Block != 6 || a.Err == "" {
		t.Errorf("reverted: %+v", a)
	}
	if a := acts[2]; a.State != ActionFailed || a.Method != "(no selector)" {
		t.Errorf("failed: %+v", a)
	}
	if v, _ := s.Metric(mTxFailures); v != 2 {
		t.Errorf("persisted tx failures %v", v)
	}
	// Another party did it first: a lost race, not a failure.
	j.inner = &fakeTx{err: fmt.Errorf("move: %w", &txmgr.RevertError{Reason: "ClaimAlreadyExists()"})}
	if _, err := j.Send(context.Background(), txmgr.Candidate{Data: data}); err == nil {
		t.Fatal("lost race not returned")
	}
	if acts, err := s.Actions(); err != nil || len(acts) != 5 || acts[4].State != ActionLost {
		t.Errorf("lost race recorded as %+v (%v)", acts[len(acts)-1], err)
	}
	if f, _ := s.Metric(mTxFailures); f != 2 {
		t.Errorf("a lost race counted as a failure: %v", f)
	}
	if l, _ := s.Metric(mRacesLost); l != 1 {
		t.Errorf("races lost %v", l)
	}
}

func TestPostAlert(t *testing.T) {
	got := make(chan Alert, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var a Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		got <- a
	}))
	defer srv.Close()
	id := uint64(4)
	if err := postAlert(context.Background(), srv.Client(), srv.URL, Alert{Kind: "wrong-claim", Game: &id, Batch: 2, Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if a := <-got; a.Kind != "wrong-claim" || *a.Game != 4 || a.Batch != 2 {
		t.Fatalf("alert %+v", a)
	}
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) }))
	defer bad.Close()
	if err := postAlert(context.Background(), bad.Client(), bad.URL, Alert{}); err == nil {
		t.Fatal("5xx accepted")
	}
}

// TestStoreBindsDeployment: a store remembers the deployment it first
// served; reopening it for the same one works, for another it is refused by
// name (its games, actions and scan mark would be another chain's).
func TestStoreBindsDeployment(t *testing.T) {
	dir := t.TempDir()
	first := storeDeployment{Factory: common.HexToAddress("0xf1"), DeployBlock: 7}
	for i, tc := range []struct {
		d       storeDeployment
		wantErr error
	}{
		{first, nil},
		{first, nil},
		{storeDeployment{Factory: common.HexToAddress("0xf2"), DeployBlock: 7}, ErrOtherDeployment},
		{storeDeployment{Factory: first.Factory, DeployBlock: 8}, ErrOtherDeployment},
	} {
		s, err := OpenStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.bindDeployment(tc.d); !errors.Is(err, tc.wantErr) {
			t.Errorf("open %d (%+v): %v, want %v", i, tc.d, err, tc.wantErr)
		}
		s.Close()
	}
}

// TestJournalCountsMalformedProofs: a mined proveMalformed is logged by
// name and counted; one refused because the batch is already void
// (another prover was first) is a lost race, not a failure.
func TestJournalCountsMalformedProofs(t *testing.T) {
	s, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := newMetrics()
	data := bindings.NewBatchInbox().GetABI().Methods["proveMalformed"].ID
	ok := &fakeTx{rcpt: &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: common.Hash{9}, BlockNumber: big.NewInt(5)}}
	j := &journal{l1: fakeL1{}, inner: ok, store: s, scope: malformedScope(2), metrics: m, log: slog.New(slog.DiscardHandler)}
	if _, err := j.Send(context.Background(), txmgr.Candidate{Data: data}); err != nil {
		t.Fatal(err)
	}
	j.inner = &fakeTx{err: fmt.Errorf("prove batch 2 malformed: %w", &txmgr.RevertError{Reason: "BatchAlreadyVoid(2)"})}
	if _, err := j.Send(context.Background(), txmgr.Candidate{Data: data}); err == nil {
		t.Fatal("lost race not returned")
	}
	acts, err := s.Actions()
	if err != nil || len(acts) != 2 {
		t.Fatalf("actions %+v, %v", acts, err)
	}
	if a := acts[0]; a.Method != "proveMalformed" || a.State != ActionMined || a.Scope != "malformed/2" {
		t.Errorf("proof %+v", a)
	}
	if a := acts[1]; a.State != ActionLost {
		t.Errorf("lost race %+v", a)
	}
	for name, want := range map[string]float64{mMalformedProofs: 1, mRacesLost: 1, mTxFailures: 0} {
		if v, _ := s.Metric(name); v != want {
			t.Errorf("%s = %v, want %v", name, v, want)
		}
	}
}
