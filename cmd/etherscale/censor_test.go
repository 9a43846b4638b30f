package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnet"
	"github.com/etherscale/etherscale/internal/devnet/devnettest"
	"github.com/etherscale/etherscale/watcher"
)

// alertSink collects the watcher's webhook alerts.
type alertSink struct {
	mu     sync.Mutex
	alerts []watcher.Alert
}

func (s *alertSink) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var a watcher.Alert
	if json.NewDecoder(r.Body).Decode(&a) == nil {
		s.mu.Lock()
		s.alerts = append(s.alerts, a)
		s.mu.Unlock()
	}
}

func (s *alertSink) of(kind string) []watcher.Alert {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []watcher.Alert
	for _, a := range s.alerts {
		if a.Kind == kind {
			out = append(out, a)
		}
	}
	return out
}

// censorDevnet runs the whole devnet in process with one censorship fault,
// the watcher's alerts going to the returned sink.
func censorDevnet(t *testing.T, fault devnet.Fault) (*devnet.Devnet, *devnet.Services, *alertSink, *ethclient.Client, *ethclient.Client) {
	t.Helper()
	if testing.Short() {
		t.Skip("a devnet run of about a minute")
	}
	sink := &alertSink{}
	hook := httptest.NewServer(sink)
	t.Cleanup(hook.Close)
	cfg := devnet.DefaultConfig()
	cfg.DataDir, cfg.DevAccounts, cfg.Fault, cfg.AlertWebhook = t.TempDir(), 6, fault, hook.URL
	cfg.BatchInterval, cfg.PollInterval, cfg.DAMode = time.Second, 200*time.Millisecond, devnet.DAModeCalldata
	if testing.Verbose() {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	d, s, l1 := devnettest.Start(t, cfg)
	l2, err := ethclient.Dial(s.L2URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	return d, s, sink, l1, l2
}

// watchStatus runs `etherscale watch status --json` against the devnet's
// watcher.
func watchStatus(t *testing.T, url string) watcher.Status {
	t.Helper()
	var st watcher.Status
	runJSON(t, &st, "watch", "status", "--watcher", url)
	return st
}

// TestCensoredTransactionForcedByWatcher is `etherscale devnet --fault
// censor`: the sequencer answers the censored user's transfer as accepted
// and drops it. The user hands it to the watcher with `etherscale watch
// track`; ForceAfter later, batches having landed without it, the watcher
// queues it in the Inbox, the next batch applies it, `watch status` shows
// it consumed, and the alert names the sequencer as the censor.
func TestCensoredTransactionForcedByWatcher(t *testing.T) {
	t.Parallel()
	d, s, sink, _, l2 := censorDevnet(t, devnet.FaultCensor)
	ctx := context.Background()
	url := s.WatcherURL(10 * time.Second)
	if url == "" {
		t.Fatal("the watcher does not listen")
	}
	carol := common.HexToAddress("0x00000000000000000000000000000000000ce501")
	raw := l2Transfer(t, s.Roles.Censored, 0, carol, 4242)
	// The censor says yes.
	var h common.Hash
	if err := l2.Client().CallContext(ctx, &h, "eth_sendRawTransaction", raw); err != nil {
		t.Fatalf("the censoring sequencer refused openly: %v", err)
	}
	start := time.Now()
	// Right after start-up the watcher may not have followed L2 yet; it
	// says so, and the user retries.
	for out, err := run(t, "watch", "track", "--watcher", url, raw); err != nil; out, err = run(t, "watch", "track", "--watcher", url, raw) {
		if !strings.Contains(out+err.Error(), "not followed L2 yet") || time.Since(start) > 30*time.Second {
			t.Fatalf("track: %v %s", err, out)
		}
		time.Sleep(200 * time.Millisecond)
	}
	var tr watcher.TrackedTx
	runJSON(t, &tr, "watch", "track", "--watcher", url, raw)
	if tr.State != watcher.TrackPending || tr.Sender != crypto.PubkeyToAddress(s.Roles.Censored.PublicKey) || tr.Submitted != 1 {
		t.Fatalf("tracked %+v", tr)
	}
	// Tracking it again (above, and here) is one record.
	var again watcher.TrackedTx
	runJSON(t, &again, "watch", "track", "--watcher", url, raw)
	if again.Hash != tr.Hash {
		t.Fatalf("second track: %+v", again)
	}
	seq := crypto.PubkeyToAddress(s.Roles.Sequencer.PublicKey)
	deadline := time.Now().Add(2 * time.Minute)
	for {
		select {
		case err := <-s.Failed():
			t.Fatal(err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the censored transaction did not land; status %+v", watchStatus(t, url).Tracking)
		}
		bal, err := l2.BalanceAt(ctx, carol, nil)
		if err == nil && bal.Int64() == 4242 {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	landed := time.Since(start)
	var st watcher.Status
	for st = watchStatus(t, url); st.Tracking.Consumed != 1 && time.Now().Before(deadline); st = watchStatus(t, url) {
		time.Sleep(300 * time.Millisecond)
	}
	if st.Tracking.Consumed != 1 || len(st.Tracking.Txs) != 1 {
		t.Fatalf("tracking status %+v", st.Tracking)
	}
	got := st.Tracking.Txs[0]
	if got.ForcedEntry == nil || got.ConsumedBatch == 0 || !slices.Contains(got.Excluders, seq) || len(got.Batches) == 0 {
		t.Errorf("record %+v: want a forced entry, the consuming batch and the sequencer as excluder", got)
	}
	alerts := sink.of("transaction-censored")
	if len(alerts) != 1 || !slices.Contains(alerts[0].Censors, seq) || alerts[0].Tx != tr.Hash.Hex() {
		t.Errorf("alerts %+v: want one naming the sequencer %s", alerts, seq)
	}
	window := time.Duration(d.Deployment.Config.InclusionWindow) * time.Second
	t.Logf("censored transfer landed %v after it was handed to the watcher (force after 3s, inclusion window %v), consumed by batch %d, left out of batches %v by %v",
		landed.Round(time.Second), window, got.ConsumedBatch, got.Batches, got.Excluders)
	// Now below the sender's nonce: refused. So is a transaction whose
	// sender cannot pay its L2 fee (forcing it would spend our gas for
	// nothing), wherever it comes from.
	if out, err := run(t, "watch", "track", "--watcher", url, l2Transfer(t, s.Roles.Censored, 0, carol, 1)); err == nil {
		t.Errorf("a transaction below the sender's nonce was tracked: %s", out)
	}
	pauper, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "watch", "track", "--watcher", url, l2Transfer(t, pauper, 0, carol, 1)); err == nil || !strings.Contains(err.Error(), "balance") {
		t.Errorf("a transaction of an empty account was tracked: %v %s", err, out)
	}
	// The per-sender limit (3 forced per 24 h on the devnet): of three
	// more kept-out transfers, two are forced and the third refused.
	for nonce := uint64(1); nonce <= 3; nonce++ {
		runJSON(t, &tr, "watch", "track", "--watcher", url, l2Transfer(t, s.Roles.Censored, nonce, carol, 1))
	}
	for st = watchStatus(t, url); st.Tracking.Consumed+st.Tracking.Refused < 4 && time.Now().Before(deadline); st = watchStatus(t, url) {
		time.Sleep(300 * time.Millisecond)
	}
	if st.Tracking.Consumed != 3 || st.Tracking.Refused != 1 {
		t.Errorf("after the limit: %d consumed, %d refused; want 3 and 1 (%+v)", st.Tracking.Consumed, st.Tracking.Refused, st.Tracking)
	}
	// The sequencer's RPC follows L1 at its next batch interval, which
	// may come after the watcher's pass saw the forced batch.
	for {
		bal, err := l2.BalanceAt(ctx, carol, nil)
		if err == nil && bal.Int64() == 4242+2 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("carol has %v (%v), want 4244", bal, err)
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestIgnoredInboxForcedByWatcher is `etherscale devnet --fault
// ignore-inbox`: a user deposits with `etherscale inbox deposit`, the
// sequencer never consumes it, and once it is overdue it stops posting.
// After forceGrace the watcher posts the forced batch: the deposit
// applies on L2, the sequencer pays forcedBatchPenalty and the alerts name
// it.
func TestIgnoredInboxForcedByWatcher(t *testing.T) {
	t.Parallel()
	d, s, sink, l1, l2 := censorDevnet(t, devnet.FaultIgnoreInbox)
	ctx := context.Background()
	url := s.WatcherURL(10 * time.Second)
	c := d.Deployment.Contracts
	seq := crypto.PubkeyToAddress(s.Roles.Sequencer.PublicKey)
	set := contracts.NewSequencerSet(c.SequencerSet, l1, nil)
	bi := contracts.NewBatchInbox(c.BatchInbox, l1, nil)
	stake0, err := set.StakeOf(ctx, seq)
	if err != nil {
		t.Fatal(err)
	}
	penalty, err := bi.ForcedBatchPenalty(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dave := common.HexToAddress("0x00000000000000000000000000000000000da7e1")
	var entry entryOut
	runJSON(t, &entry, "inbox", "deposit", "--to", dave.Hex(), "--amount", "1000000000000000",
		"--l1", d.L1HTTP(), "--deployment", d.DeploymentPath(), "--key", hexKey(s.Roles.Users[0]))
	start := time.Now()
	deadline := start.Add(3 * time.Minute)
	var forced uint64
	for forced == 0 {
		select {
		case err := <-s.Failed():
			t.Fatal(err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no forced batch; status %+v", watchStatus(t, url).Inbox)
		}
		latest, err := bi.LatestBatch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for n := uint64(1); n <= latest; n++ {
			if f, err := bi.IsForced(ctx, n); err == nil && f {
				forced = n
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Logf("forced batch %d posted %v after the deposit (inclusion window %v + force grace %v)", forced, time.Since(start).Round(time.Second),
		time.Duration(d.Deployment.Config.InclusionWindow)*time.Second, time.Duration(d.Deployment.Config.ForceGrace)*time.Second)
	if stake, err := set.StakeOf(ctx, seq); err != nil || new(big.Int).Sub(stake0, stake).Cmp(penalty) != 0 {
		t.Errorf("sequencer stake %v → %v (%v), want less by the penalty %v", stake0, stake, err, penalty)
	}
	// The deposit applies on L2 (the sequencer's RPC follows the forced
	// batch too). The sequencer, bonded with exactly minBond, is now below
	// it and may not post until it bonds again: the price of the fault.
	for {
		if time.Now().After(deadline) {
			t.Fatal("the deposit did not apply on L2")
		}
		if bal, err := l2.BalanceAt(ctx, dave, nil); err == nil && bal.Cmp(big.NewInt(1e15)) == 0 {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	// The status is the last finished pass's: under load it may trail.
	st := watchStatus(t, url)
	for ; (st.Inbox.ForcedBatches != 1 || st.Inbox.Overdue != 0) && time.Now().Before(deadline); st = watchStatus(t, url) {
		time.Sleep(300 * time.Millisecond)
	}
	if st.Inbox.ForcedBatches != 1 || st.Inbox.Overdue != 0 {
		t.Errorf("inbox status %+v", st.Inbox)
	}
	if a := sink.of("inbox-overdue"); len(a) == 0 || a[0].Entry == nil || *a[0].Entry != entry.Index {
		t.Errorf("overdue alerts %+v", a)
	}
	if a := sink.of("forced-batch-posted"); len(a) != 1 || !slices.Contains(a[0].Censors, seq) || a[0].Batch != forced {
		t.Errorf("forced-batch alerts %+v: want one naming %s", a, seq)
	}
}
