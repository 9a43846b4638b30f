package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/deploy"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/watcher"
)

func (r *rollup) nonce(a common.Address) uint64 {
	r.t.Helper()
	n, err := r.client.NonceAt(context.Background(), a, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}

// rollup is a deployed devnet with two correct batches posted, whose data
// windows have closed (games on them can open).
type rollup struct {
	t      *testing.T
	url    string
	dep    string
	d      *deploy.Deployment
	client *ethclient.Client
	clock  *l1Clock
	root2  common.Hash // true root after batch 2
}

func (r *rollup) l1(key *ecdsa.PrivateKey) []string {
	return []string{"--l1", r.url, "--deployment", r.dep, "--key", hexKey(key)}
}

// newRollup posts batch 2 with its true root; newRollupStaged with the
// given (wrong) one.
func newRollup(t *testing.T) *rollup { return newRollupStaged(t, "") }

func newRollupStaged(t *testing.T, staged2 string) *rollup { return newRollupWith(t, staged2, nil) }

// newRollupWith is newRollupStaged on a deployment whose config mod edits.
func newRollupWith(t *testing.T, staged2 string, mod func(map[string]any)) *rollup {
	t.Helper()
	url, dep := deployForTestWith(t, mod)
	seqKey, user := devnode.DevKey(1), devnode.DevKey(7)
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	d, err := deploy.Load(dep)
	if err != nil {
		t.Fatal(err)
	}
	r := &rollup{t: t, url: url, dep: dep, d: d, client: client, clock: &l1Clock{t: t, client: client, key: seqKey}}
	if out, err := run(t, append([]string{"sequencer", "register"}, r.l1(seqKey)...)...); err != nil {
		t.Fatalf("register: %v\n%s", err, out)
	}
	var entry entryOut
	runJSON(t, &entry, append([]string{"inbox", "deposit", "--to", crypto.PubkeyToAddress(user.PublicKey).Hex(), "--amount", "1000000000000000000"}, r.l1(devnode.DevKey(2))...)...)
	carol := common.HexToAddress("0x00000000000000000000000000000000000c0001")
	dir := t.TempDir()
	var posted struct {
		Number   uint64 `json:"number"`
		TrueRoot string `json:"trueRoot"`
	}
	runJSON(t, &posted, append([]string{"batch", "post", "--txs", writeFile(t, dir, "b1.txt", l2Transfer(t, user, 0, carol, 1000)+"\n")}, r.l1(seqKey)...)...)
	post2 := []string{"batch", "post", "--txs", writeFile(t, dir, "b2.txt", l2Transfer(t, user, 1, carol, 2000)+"\n"+l2Transfer(t, user, 2, carol, 3000)+"\n")}
	if staged2 != "" {
		post2 = append(post2, "--state-root", staged2)
	}
	runJSON(t, &posted, append(post2, r.l1(seqKey)...)...)
	if posted.Number != 2 {
		t.Fatalf("batch 2: %+v", posted)
	}
	r.root2 = common.HexToHash(posted.TrueRoot)
	r.clock.advance(11) // da.challengeWindow 10 s
	return r
}

// service is an in-process watcher running in a goroutine.
type service struct {
	w    *watcher.Watcher
	stop func()
}

func (r *rollup) startWatcher(key *ecdsa.PrivateKey, dataDir string) *service {
	return r.startWatcherWith(key, dataDir, nil)
}

func (r *rollup) startWatcherWith(key *ecdsa.PrivateKey, dataDir string, mod func(*watcher.Config)) *service {
	r.t.Helper()
	return r.startWatcherOn(r.client, key, dataDir, mod)
}

// startWatcherOn runs a watcher whose L1 is client (e.g. through a proxy).
func (r *rollup) startWatcherOn(client *ethclient.Client, key *ecdsa.PrivateKey, dataDir string, mod func(*watcher.Config)) *service {
	r.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w := r.newWatcherOn(client, key, dataDir, mod)
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	s := &service{w: w}
	s.stop = func() {
		cancel()
		if err := <-done; err != nil {
			r.t.Errorf("watcher.Run: %v", err)
		}
		if err := w.Close(); err != nil {
			r.t.Errorf("close: %v", err)
		}
	}
	r.t.Cleanup(func() {
		if ctx.Err() == nil {
			s.stop()
		}
	})
	return s
}

// newWatcherOn builds (does not run) a watcher whose L1 is client; the
// caller closes it.
func (r *rollup) newWatcherOn(client *ethclient.Client, key *ecdsa.PrivateKey, dataDir string, mod func(*watcher.Config)) *watcher.Watcher {
	r.t.Helper()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	sender, err := txmgr.New(context.Background(), client, key, tcfg)
	if err != nil {
		r.t.Fatal(err)
	}
	cfg := watcher.DefaultConfig()
	cfg.DataDir, cfg.PollInterval, cfg.MetricsAddr = dataDir, 50*time.Millisecond, "127.0.0.1:0"
	if mod != nil {
		mod(&cfg)
	}
	w, err := watcher.New(cfg, watcher.Deps{
		L1: client, Tx: sender, Factory: r.d.Contracts.DisputeGameFactory, Inbox: r.d.Contracts.Inbox,
		BatchInbox: r.d.Contracts.BatchInbox, Genesis: &r.d.Config.Genesis, DeployBlock: r.d.DeployBlock,
	})
	if err != nil {
		r.t.Fatal(err)
	}
	return w
}

// waitFor polls cond, mining a block between polls when tick is set.
func (r *rollup) waitFor(what string, tick bool, cond func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out waiting for %s", what)
		}
		if tick {
			r.clock.tick()
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (r *rollup) game(id int64) *contracts.DisputeGame {
	return contracts.NewDisputeGameFactory(r.d.Contracts.DisputeGameFactory, r.client, nil).Game(big.NewInt(id))
}

func (r *rollup) info(id int64) *contracts.GameInfo {
	r.t.Helper()
	info, err := r.game(id).Info(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return info
}

// checkActionLog asserts that every transaction the account ever sent is
// in the action log, each mined successfully: nothing was sent twice or
// behind the log's back.
func checkActionLog(t *testing.T, r *rollup, acts []*watcher.ActionRecord, self common.Address, before uint64) {
	t.Helper()
	nonce, err := r.client.NonceAt(context.Background(), self, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce -= before
	mined := 0
	for _, a := range acts {
		switch a.State {
		case watcher.ActionMined:
			mined++
		case watcher.ActionSettled, watcher.ActionDropped:
		default:
			t.Errorf("action %d (%s %s): %s %s", a.Seq, a.Scope, a.Method, a.State, a.Err)
		}
	}
	if uint64(mined) != nonce {
		t.Errorf("%d mined actions logged, account nonce %d", mined, nonce)
	}
}

// TestProveHonestClaim: the prover claims batch 2's true root, nobody
// attacks, the claim resolves DEFENDER_WINS and the anchor advances.
func TestProveHonestClaim(t *testing.T) {
	r := newRollup(t)
	proverKey := devnode.DevKey(0)
	dataDir := t.TempDir()
	before := r.nonce(crypto.PubkeyToAddress(proverKey.PublicKey))
	registry := contracts.NewAnchorStateRegistry(r.d.Contracts.AnchorStateRegistry, r.client, nil)
	for i := 0; ; i++ {
		if i > 40 {
			t.Fatal("anchor did not advance")
		}
		if out, err := run(t, append([]string{"prove", "--once", "--every", "2", "--data-dir", dataDir}, r.l1(proverKey)...)...); err != nil {
			t.Fatalf("prove --once: %v\n%s", err, out)
		}
		a, err := registry.Anchor(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if a.Batch == 2 {
			if a.Root != r.root2 {
				t.Fatalf("anchor root %s, want %s", a.Root, r.root2)
			}
			break
		}
		r.clock.tick()
	}
	info := r.info(0)
	if info.Batch != 2 || info.Status != contracts.GameDefenderWins || info.ClaimCount != 1 {
		t.Fatalf("game: %+v", info)
	}
	store, err := watcher.OpenStore(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	acts, err := store.Actions()
	if err != nil {
		t.Fatal(err)
	}
	var methods []string
	for _, a := range acts {
		methods = append(methods, a.Method)
	}
	if got := strings.Join(methods, ","); got != "create,resolveClaim,claimCredit,update" {
		t.Errorf("prover actions: %s", got)
	}
	checkActionLog(t, r, acts, crypto.PubkeyToAddress(proverKey.PublicKey), before)
	if credit, err := r.game(0).Credit(context.Background(), crypto.PubkeyToAddress(proverKey.PublicKey)); err != nil || credit.Sign() != 0 {
		t.Fatalf("prover credit left: %v %v", credit, err)
	}
}

// TestWatcherBeatsDishonestClaim: a running watcher counters a wrong
// prover claim in the next block, wins and claims the bond, untouched.
func TestWatcherBeatsDishonestClaim(t *testing.T) {
	r := newRollup(t)
	watcherKey, liarKey := devnode.DevKey(0), devnode.DevKey(2)
	self := crypto.PubkeyToAddress(watcherKey.PublicKey)
	before := r.nonce(self)
	alerts := make(chan watcher.Alert, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var a watcher.Alert
		if err := json.NewDecoder(req.Body).Decode(&a); err == nil {
			alerts <- a
		}
	}))
	defer hook.Close()
	svc := r.startWatcherWith(watcherKey, t.TempDir(), func(c *watcher.Config) { c.AlertWebhook = hook.URL })
	wrong := common.HexToHash("0xbad")
	var created gameOut
	runJSON(t, &created, append([]string{"dispute", "create", "--batch", "2", "--root", wrong.Hex()}, r.l1(liarKey)...)...)
	// No block is mined by the test until the watcher answered, so the
	// latency measured is the watcher's alone.
	start := time.Now()
	r.waitFor("the counter", false, func() bool { return r.info(0).ClaimCount >= 2 })
	t.Logf("counter on chain %v after the create command returned (watcher polls every 50 ms, the test every 100 ms)", time.Since(start).Round(time.Millisecond))
	select {
	case a := <-alerts:
		if a.Kind != "wrong-claim" || a.Game == nil || *a.Game != 0 || a.Batch != 2 || a.Claimed != wrong.Hex() {
			t.Errorf("alert %+v", a)
		}
	case <-time.After(5 * time.Second):
		t.Error("no alert")
	}
	r.waitFor("the win", true, func() bool {
		g, ok, err := svc.w.Store().Game(0)
		return err == nil && ok && g.Done
	})
	info := r.info(0)
	if info.Status != contracts.GameChallengerWins {
		t.Fatalf("status %v", info.Status)
	}
	lats, err := svc.w.Store().Latencies()
	if err != nil || len(lats) != 1 {
		t.Fatalf("latencies %v, %v", lats, err)
	}
	t.Logf("detection latency: %d L1 block(s)", lats[0])
	if lats[0] != 1 {
		t.Errorf("detection latency %d blocks, want 1 (the next block)", lats[0])
	}
	won, err := svc.w.Store().Metric("bonds_won_ether_total")
	if err != nil || won != 0.1 {
		t.Errorf("bonds won %v (%v), want the root bond 0.1 ether", won, err)
	}
	credits, _ := svc.w.Store().Metric("credits_claimed_ether_total")
	if credits != 0.15 {
		t.Errorf("credits claimed %v, want 0.15 ether (root bond + own bond)", credits)
	}
	if credit, err := r.game(0).Credit(context.Background(), self); err != nil || credit.Sign() != 0 {
		t.Fatalf("credit left: %v %v", credit, err)
	}
	acts, err := svc.w.Store().Actions()
	if err != nil {
		t.Fatal(err)
	}
	checkActionLog(t, r, acts, self, before)
	resp, err := http.Get("http://" + svc.w.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		"etherscale_watcher_detection_latency_blocks_bucket{le=\"1\"} 1", "etherscale_watcher_moves_total 1",
		"etherscale_watcher_games_seen_total 1", "etherscale_watcher_bonds_won_ether_total 0.1", "etherscale_watcher_faults_detected_total 1",
		"etherscale_watcher_l1_tx_failures_total 0",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	svc.stop()
}

// TestWatcherDisputesWrongHeader: batch 2 is posted with a wrong stateRoot;
// the watcher opens the sequencer game by itself once the batch is final,
// wins it and has the signers slashed.
func TestWatcherDisputesWrongHeader(t *testing.T) {
	r := newRollupStaged(t, "0x5ee0000000000000000000000000000000000000000000000000000000000000")
	watcherKey := devnode.DevKey(0)
	self := crypto.PubkeyToAddress(watcherKey.PublicKey)
	before := r.nonce(self)
	svc := r.startWatcher(watcherKey, t.TempDir())
	r.waitFor("the sequencer game", true, func() bool {
		n, err := contracts.NewDisputeGameFactory(r.d.Contracts.DisputeGameFactory, r.client, nil).GameCount(context.Background())
		return err == nil && n.Sign() > 0
	})
	r.waitFor("the win", true, func() bool {
		g, ok, err := svc.w.Store().Game(0)
		return err == nil && ok && g.Done
	})
	info := r.info(0)
	if !info.Sequencer || info.Batch != 2 || info.Status != contracts.GameChallengerWins || !info.SignersSlashed {
		t.Fatalf("game: %+v", info)
	}
	acts, err := svc.w.Store().Actions()
	if err != nil {
		t.Fatal(err)
	}
	if acts[0].Method != "createSequencerGame" || acts[0].Scope != "factory" {
		t.Errorf("first action %+v", acts[0])
	}
	checkActionLog(t, r, acts, self, before)
	if n, _ := svc.w.Store().Metric("games_opened_total"); n != 1 {
		t.Errorf("games opened %v", n)
	}
	svc.stop()
}

func TestWatchProveHelp(t *testing.T) {
	for _, args := range [][]string{{"watch", "--help"}, {"prove", "--help"}} {
		out, err := run(t, args...)
		if err != nil || !strings.Contains(out, "USAGE") || !strings.Contains(out, "ETHERSCALE_DATA_DIR") || !strings.Contains(out, "--metrics-addr") {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	// Missing --data-dir or a bad --every fail before any L1 access.
	if _, err := run(t, "watch", "--l1", "http://127.0.0.1:1"); err == nil {
		t.Error("watch without --data-dir accepted")
	}
	if _, err := run(t, "prove", "--data-dir", t.TempDir(), "--every", "0", "--l1", "http://127.0.0.1:1"); err == nil || !strings.Contains(err.Error(), "--every") {
		t.Errorf("prove --every 0: %v", err)
	}
}

// buildCLI builds the etherscale binary for tests that need a real process
// to SIGKILL.
func buildCLI(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "etherscale")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestWatcherRestart stops the watcher at several points of one game —
// context cancellation in process, then SIGKILL of an etherscale watch
// process — and restarts it on the same data dir each time: it still wins,
// and every transaction it ever sent is one mined entry of its action log
// (no duplicate, no revert).
func TestWatcherRestart(t *testing.T) {
	r := newRollup(t)
	watcherKey, liarKey := devnode.DevKey(0), devnode.DevKey(2)
	self := crypto.PubkeyToAddress(watcherKey.PublicKey)
	before := r.nonce(self)
	dataDir := t.TempDir()
	bin := ""
	if !testing.Short() {
		bin = buildCLI(t)
	}

	// Stop 1: the game is created while the watcher is down.
	svc := r.startWatcher(watcherKey, dataDir)
	time.Sleep(200 * time.Millisecond)
	svc.stop()
	runJSON(t, new(gameOut), append([]string{"dispute", "create", "--batch", "2", "--root", common.HexToHash("0xbad").Hex()}, r.l1(liarKey)...)...)
	svc = r.startWatcher(watcherKey, dataDir)
	r.waitFor("the counter", false, func() bool { return r.info(0).ClaimCount >= 2 })
	// Stop 2: right after the counter; the liar answers at the game depth
	// while the watcher is down, and the restarted watcher steps.
	svc.stop()
	if out, err := run(t, append(append([]string{"dispute", "attack", "--claim", "1", "--value", common.HexToHash("0xbad2").Hex()}, r.l1(liarKey)...), "0")...); err != nil {
		t.Fatalf("liar attack: %v\n%s", err, out)
	}
	svc = r.startWatcher(watcherKey, dataDir)
	r.waitFor("the step", false, func() bool {
		c, err := r.game(0).Claim(context.Background(), 2)
		return err == nil && c.CounteredBy == self
	})
	svc.stop()

	// The windows run out while the watcher is down: it had countered
	// every wrong claim already, so there is nothing left to miss.
	r.clock.advance(9)

	// Stop 3…: the resolution is interrupted again and again — by SIGKILL
	// of a real etherscale watch process right after it logs a sent
	// transaction, or by cancellation in process with -short — until the
	// credit is claimed.
	resolvedAndPaid := func() bool {
		info := r.info(0)
		credit, err := r.game(0).Credit(context.Background(), self)
		return err == nil && info.Status != contracts.GameInProgress && credit.Sign() == 0
	}
	kills := 0
	for i := 0; !resolvedAndPaid(); i++ {
		if i > 12 {
			t.Fatal("game not resolved and paid after 12 restarts")
		}
		if bin == "" {
			svc = r.startWatcher(watcherKey, dataDir)
			time.Sleep(time.Duration(i*60) * time.Millisecond)
			svc.stop()
			continue
		}
		cmd := exec.Command(bin, "watch", "--data-dir", dataDir, "--poll-interval", "50ms", "--l1", r.url, "--deployment", r.dep, "--key", hexKey(watcherKey))
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sent := make(chan string, 1)
		go func() {
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				if strings.Contains(sc.Text(), "msg=sent") {
					select {
					case sent <- sc.Text():
					default:
					}
				}
			}
		}()
		select {
		case line := <-sent:
			t.Logf("SIGKILL after: %s", line)
		case <-time.After(5 * time.Second):
			t.Log("SIGKILL of an idle watcher")
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		kills++
	}
	if bin != "" && kills < 2 {
		t.Errorf("only %d kills during the resolution", kills)
	}
	svc = r.startWatcher(watcherKey, dataDir)
	r.waitFor("the win", true, func() bool {
		g, ok, err := svc.w.Store().Game(0)
		return err == nil && ok && g.Done
	})
	if info := r.info(0); info.Status != contracts.GameChallengerWins || info.ClaimCount != 3 {
		t.Fatalf("game: %+v", info)
	}
	if credit, err := r.game(0).Credit(context.Background(), self); err != nil || credit.Sign() != 0 {
		t.Fatalf("credit left: %v %v", credit, err)
	}
	st := svc.w.Store()
	for name, want := range map[string]float64{"moves_total": 1, "steps_total": 1, "games_seen_total": 1, "credits_claimed_ether_total": 0.2} {
		if got, err := st.Metric(name); err != nil || got != want {
			t.Errorf("%s = %v (%v), want %v", name, got, err, want)
		}
	}
	acts, err := st.Actions()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range acts {
		t.Logf("action %d: %s %s %s block %d", a.Seq, a.Scope, a.Method, a.State, a.Block)
	}
	checkActionLog(t, r, acts, self, before)
}
