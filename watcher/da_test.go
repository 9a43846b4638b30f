package watcher_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/watcher"
)

// Extra keys after the committee: the watcher, then an outside challenger.
const extraKeys = 2

// daWatcher starts a watcher with the DA duties on; webhook, if not empty,
// receives its alerts.
func daWatcher(t *testing.T, e *dawiretest.Env, webhook string) (*watcher.Watcher, common.Address) {
	t.Helper()
	return daWatcherLog(t, e, webhook, nil, nil)
}

// daWatcherLog is daWatcher logging to log (nil: nowhere), its config
// edited by mod (if set).
func daWatcherLog(t *testing.T, e *dawiretest.Env, webhook string, log *slog.Logger, mod func(*watcher.Config)) (*watcher.Watcher, common.Address) {
	t.Helper()
	cfg := watcher.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.OpenSequencerGames = false
	cfg.AlertWebhook = webhook
	if mod != nil {
		mod(&cfg)
	}
	idx := dawiretest.KeyFirstMember + int(e.Cfg.DA.N)
	w, err := watcher.New(cfg, watcher.Deps{
		L1: e.Sim.Client, Tx: e.Sender(t, idx), Factory: e.Dep.Contracts.DisputeGameFactory, Inbox: e.Dep.Contracts.Inbox,
		BatchInbox: e.Dep.Contracts.BatchInbox, Genesis: &e.Cfg.Genesis, DeployBlock: e.Dep.DeployBlock, Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	dcfg := watcher.DefaultDAConfig()
	dcfg.Retriever = dawiretest.RetrieverConfig()
	if err := w.EnableDA(dcfg); err != nil {
		t.Fatal(err)
	}
	return w, crypto.PubkeyToAddress(e.Sim.Keys[idx].PublicKey)
}

func pass(t *testing.T, e *dawiretest.Env, w *watcher.Watcher) error {
	t.Helper()
	head, err := e.Sim.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return w.Pass(context.Background(), head)
}

func follow(t *testing.T, e *dawiretest.Env) (*l2chain.Chain, error) {
	t.Helper()
	f := l2chain.New(contracts.NewInbox(e.Dep.Contracts.Inbox, e.Sim.Client, nil),
		contracts.NewBatchInbox(e.Dep.Contracts.BatchInbox, e.Sim.Client, nil), &e.Cfg.Genesis, e.Dep.DeployBlock)
	f.SetDataSource(dawire.NewFetcher(e.Sim.Client, e.Dep.Contracts.BatchInbox, e.Dep.DeployBlock, dawiretest.RetrieverConfig()))
	return f.Sync(context.Background())
}

// TestDAUnavailableBatchIsChallengedAndVoided: four of six shards (k = 3)
// die after attesting. The watcher cannot rebuild the data; dead shards
// (refused connections) are no evidence of withholding, so it waits until
// 3/4 of the challenge window (DAConfig.BusyChallengeAt) and challenges
// then. Nobody can answer, so after the resolve window the watcher settles:
// the batch is void, its signer and attesters are slashed, and the
// follower replays it as void.
func TestDAUnavailableBatchIsChallengedAndVoided(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	txs := [][]byte{e.Transfer(t, 0)}
	pb, _ := e.PostCertificateBatch(t, txs, e.ReplayRoot(t, &replay.Batch{Txs: txs}))
	e.Kill(t, 0, 1, 2, 3)
	alerts := make(chan watcher.Alert, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		var a watcher.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err == nil {
			alerts <- a
		}
	}))
	defer hook.Close()
	w, self := daWatcher(t, e, hook.URL)

	// The follower cannot get past batch 1 yet; that is no failure of the
	// pass. Without evidence the batch is not challenged yet.
	if err := pass(t, e, w); err != nil {
		t.Fatalf("pass with the data unavailable: %v", err)
	}
	wantMetrics(t, w, map[string]float64{"batches_unrebuildable": 1, "blocked_batch": 1, "da_challenges_total": 0})
	chal := e.Challenge(nil)
	if st, err := chal.ChallengeOf(ctx, 1); err != nil || st.Challenger != (common.Address{}) {
		t.Fatalf("challenged on refused connections within the grace: %+v, %v", st, err)
	}
	e.Sim.AdjustTime(t, dawiretest.ChallengeWindow*3/4*time.Second)

	// An outsider also challenges the chunk of the first attester; nobody
	// can answer it either, and the watcher settles it too.
	attesters, err := e.BI.Attesters(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	outsider := e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1)
	if _, err := e.Challenge(outsider).ChallengeChunk(ctx, &pb.Header, attesters, 0, e.Cfg.DA.ChallengeBond.Big()); err != nil {
		t.Fatal(err)
	}
	if err := pass(t, e, w); err != nil {
		t.Fatalf("pass at 3/4 of the window: %v", err)
	}
	st, err := chal.ChallengeOf(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if st.Challenger != self {
		t.Fatalf("challenger %s, want the watcher %s", st.Challenger, self)
	}
	got := map[string]watcher.Alert{}
	for len(alerts) > 0 {
		a := <-alerts
		got[a.Kind] = a
	}
	if a, ok := got["data-unavailable"]; !ok || a.Batch != 1 || a.Claimed != pb.Header.DataRoot.Hex() {
		t.Errorf("data-unavailable alert %+v (found %v)", a, ok)
	}
	if a, ok := got["batch-unrebuildable"]; !ok || a.Batch != 1 || a.Claimed != pb.HeaderHash.Hex() || !strings.HasPrefix(a.Reason, "unavailable") {
		t.Errorf("batch-unrebuildable alert %+v (found %v)", a, ok)
	}
	if len(got) != 2 {
		t.Errorf("alerts %v", got)
	}

	e.Sim.AdjustTime(t, (dawiretest.ResolveWindow+1)*time.Second)
	if err := pass(t, e, w); err != nil {
		t.Fatalf("pass after the resolve window: %v", err)
	}
	if st, err = chal.ChallengeOf(ctx, 1); err != nil || !st.Settled {
		t.Fatalf("challenge not settled: %+v, %v", st, err)
	}
	if void, err := e.BI.IsVoid(ctx, 1); err != nil || !void {
		t.Fatalf("batch 1 void = %v, %v", void, err)
	}
	if cs, err := chal.ChunkChallengeOf(ctx, 1, attesters[0].Index); err != nil || !cs.Settled {
		t.Fatalf("chunk challenge not settled: %+v, %v", cs, err)
	}
	set := contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil)
	for _, s := range pb.Signers {
		if stake, err := set.StakeOf(ctx, s); err != nil || stake.Sign() != 0 {
			t.Fatalf("signer %s stake %v, %v", s, stake, err)
		}
	}
	for _, a := range attesters {
		if stake, err := e.Committee().StakeOf(ctx, a.Address); err != nil || stake.Sign() != 0 {
			t.Fatalf("attester %d stake %v, %v", a.Index, stake, err)
		}
	}
	// The settlement's rewards (SequencerSet for the signers, DACommittee
	// for the attesters) are withdrawn, not left in the contracts.
	for name, credit := range map[string]func(context.Context, common.Address) (*big.Int, error){
		"SequencerSet": set.Credit, "DACommittee": e.Committee().Credit, "DAChallenge": chal.Credit,
	} {
		if c, err := credit(ctx, self); err != nil || c.Sign() != 0 {
			t.Errorf("%s credit of the watcher %v, %v: not withdrawn", name, c, err)
		}
	}
	wantMetrics(t, w, map[string]float64{"da_challenges_total": 1, "da_settlements_total": 1, "da_chunk_settlements_total": 1, "da_resolutions_total": 0,
		"batches_unrebuildable": 0, "blocked_batch": 0})
	if len(alerts) != 0 {
		t.Errorf("%d more alerts for one unavailable batch", len(alerts))
	}
	chain, err := follow(t, e)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := chain.Batch(1)
	if !b.Input.Void || len(b.Input.Txs) != len(txs) || chain.HeadRoot() != chain.GenesisRoot {
		t.Fatalf("void batch replay: void %v, %d txs, root %x (genesis %x)", b.Input.Void, len(b.Input.Txs), chain.HeadRoot(), chain.GenesisRoot)
	}
}

// TestDAChallengeResolvedByWatcher: someone challenges a batch whose shards
// are all up, and the chunk of one attester; the watcher holds the data and
// answers both. Then most shards die,
// and the follower replays the batch from the resolve transaction.
func TestDAChallengeResolvedByWatcher(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	txs := [][]byte{e.Transfer(t, 0), e.Transfer(t, 1)}
	root := e.ReplayRoot(t, &replay.Batch{Txs: txs})
	pb, data := e.PostCertificateBatch(t, txs, root)
	// One member is down from the start: the watcher still gets the data,
	// and counts the member that did not serve it — if its refusal came in
	// before k good chunks did: the retriever stops there and does not wait
	// for the rest (under load the refusal can come second), so the count
	// is 0 or 1, never more.
	e.Kill(t, 0)
	w, self := daWatcher(t, e, "")
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	if faults, err := w.Store().Metric("da_member_faults_total"); err != nil || faults > 1 {
		t.Fatalf("da_member_faults_total = %v (%v), want at most the one dead member", faults, err)
	}
	outsider := e.Challenge(e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1))
	if _, err := outsider.Challenge(ctx, &pb.Header, e.Cfg.DA.ChallengeBond.Big()); err != nil {
		t.Fatal(err)
	}
	attesters, err := e.BI.Attesters(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	last := uint64(len(attesters) - 1)
	if _, err := outsider.ChallengeChunk(ctx, &pb.Header, attesters, last, e.Cfg.DA.ChallengeBond.Big()); err != nil {
		t.Fatal(err)
	}
	before, err := e.Sim.Client.BalanceAt(ctx, self, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	st, err := e.Challenge(nil).ChallengeOf(ctx, 1)
	if err != nil || !st.Resolved {
		t.Fatalf("challenge not resolved: %+v, %v", st, err)
	}
	if cs, err := e.Challenge(nil).ChunkChallengeOf(ctx, 1, attesters[last].Index); err != nil || !cs.Resolved {
		t.Fatalf("chunk challenge not resolved: %+v, %v", cs, err)
	}
	// The challenger's bond was credited to the watcher and claimed: on the
	// devnet the bond is worth more than the resolve's gas.
	after, err := e.Sim.Client.BalanceAt(ctx, self, nil)
	if err != nil {
		t.Fatal(err)
	}
	if credit, _ := e.Challenge(nil).Credit(ctx, self); credit.Sign() != 0 || after.Cmp(before) <= 0 {
		t.Fatalf("credit %v left, balance %v → %v", credit, before, after)
	}

	wantMetrics(t, w, map[string]float64{"da_challenges_total": 0, "da_resolutions_total": 1, "da_chunk_resolutions_total": 1, "da_settlements_total": 0})
	e.Kill(t, 1, 2, 3)
	f := dawire.NewFetcher(e.Sim.Client, e.Dep.Contracts.BatchInbox, e.Dep.DeployBlock, dawiretest.RetrieverConfig())
	got, err := f.Fetch(ctx, pb)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != dawire.SourceResolve || string(got.Data) != string(data) {
		t.Fatalf("source %s, %d bytes", got.Source, len(got.Data))
	}
	chain, err := follow(t, e)
	if err != nil {
		t.Fatal(err)
	}
	if chain.HeadRoot() != root {
		t.Fatalf("root %x, want %x", chain.HeadRoot(), root)
	}
	if void, _ := e.BI.IsVoid(ctx, 1); void {
		t.Fatal("resolved batch is void")
	}
}

// wantMetrics checks exported counters and gauges, by name without the
// namespace.
func wantMetrics(t *testing.T, w *watcher.Watcher, want map[string]float64) {
	t.Helper()
	mfs, err := w.Metrics().Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := make(map[string]float64)
	for _, mf := range mfs {
		name := strings.TrimPrefix(mf.GetName(), "etherscale_watcher_")
		if m := mf.GetMetric(); len(m) == 1 && m[0].GetCounter() != nil {
			got[name] = m[0].GetCounter().GetValue()
		} else if len(m) == 1 && m[0].GetGauge() != nil {
			got[name] = m[0].GetGauge().GetValue()
		}
	}
	for name, v := range want {
		if got[name] != v {
			t.Errorf("metric %s = %v, want %v", name, got[name], v)
		}
	}
}

// TestDABusyShardsAreNotChallengedEarly: the shards hold the batch, but a
// read flood has emptied their read budgets, so they answer the watcher
// 429. That is no evidence of withholding: the watcher does not challenge
// (a challenge the sequencer answers costs the bond) while the window has
// time left, and does once 3/4 of it has passed (a committee could answer
// 429 forever to dodge the challenge). Before the retriever told busy from
// withheld, the watcher challenged at the first pass after the grace.
func TestDABusyShardsAreNotChallengedEarly(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.NewWith(t, extraKeys, func(_ int, c *da.ServerConfig) {
		c.RateLimit, c.RateBurst = 1e-3, 1 // one read, then none for 1000 s
	})
	txs := [][]byte{e.Transfer(t, 0)}
	e.PostCertificateBatch(t, txs, e.ReplayRoot(t, &replay.Batch{Txs: txs}))
	// The flood, from two addresses other than the watcher's: one read per
	// shard empties its shared read bucket.
	for i, s := range e.Servers {
		src := []string{"127.0.0.2", "127.0.0.3"}[i%2]
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}}
		client := &http.Client{Transport: &http.Transport{DialContext: d.DialContext}, Timeout: 2 * time.Second}
		resp, err := client.Get(s.URL() + da.ChunkPath(common.Hash{1}, uint32(i)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		client.CloseIdleConnections()
	}
	w, self := daWatcher(t, e, "")
	chal := e.Challenge(nil)
	for _, at := range []time.Duration{0, dawiretest.ChallengeWindow / 2 * time.Second} {
		e.Sim.AdjustTime(t, at)
		if err := pass(t, e, w); err != nil {
			t.Fatal(err)
		}
		if st, err := chal.ChallengeOf(ctx, 1); err != nil || st.Challenger != (common.Address{}) {
			t.Fatalf("busy shards challenged %v after the posting: %+v, %v", at, st, err)
		}
	}
	// Every shard is still up and answering: busy, not gone.
	for i, s := range e.Servers {
		resp, err := http.Get(s.URL() + "/healthz")
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("shard %d: %v %v", i, resp, err)
		}
		resp.Body.Close()
	}
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow/4+1)*time.Second)
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	if st, err := chal.ChallengeOf(ctx, 1); err != nil || st.Challenger != self {
		t.Fatalf("still busy at 3/4 of the window: not challenged: %+v, %v", st, err)
	}
}

// TestDAWithheldBatchIsChallengedAfterGrace: four of six shards (k = 3)
// answer 404 for the batch: no k members are left that could serve it,
// which is conclusive, so the watcher challenges once the grace is over,
// as before (the devnet's withhold fault relies on it).
func TestDAWithheldBatchIsChallengedAfterGrace(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	txs := [][]byte{e.Transfer(t, 0)}
	pb, _ := e.PostCertificateBatch(t, txs, e.ReplayRoot(t, &replay.Batch{Txs: txs}))
	e.Withhold(pb.Header.DataRoot, 0, 1, 2, 3)
	w, self := daWatcher(t, e, "")
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	if st, err := e.Challenge(nil).ChallengeOf(ctx, 1); err != nil || st.Challenger != self {
		t.Fatalf("withheld batch not challenged: %+v, %v", st, err)
	}
}

// TestRestartedWatcherKeepsCertificateData: the watcher read a certificate
// batch while its shards served it; after the batch is final most shards go
// away for good (members slashed since leave the committee with their
// endpoints, or shut down), and the watcher restarts. Its follower replays
// from the genesis, so it needs the batch's data again: before the fix the
// data lived only in memory, the restarted watcher stopped at batch 1 for
// good and left a wrong claim on it unplayed (found by TestAdversary with a
// restart move, seeds 6–8). It must read the data from its store and win.
func TestRestartedWatcherKeepsCertificateData(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	dir := t.TempDir()
	mod := func(c *watcher.Config) { c.DataDir = dir }
	w, _ := daWatcherLog(t, e, "", nil, mod)
	b1 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}
	e.PostCertificateBatch(t, b1.Txs, e.ReplayRoot(t, b1))
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow+1)*time.Second)
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	e.Kill(t, 0, 1, 2, 3)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	w, _ = daWatcherLog(t, e, "", nil, mod)
	liar := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1))
	bond, err := liar.BondAt(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := liar.Create(ctx, 1, common.HexToHash("0xbad"), bond); err != nil {
		t.Fatal(err)
	}
	if info := playOut(t, e, w, nil); info.Status != contracts.GameChallengerWins {
		t.Fatalf("wrong claim on batch 1 after the restart: %v, want CHALLENGER_WINS", info.Status)
	}
}
