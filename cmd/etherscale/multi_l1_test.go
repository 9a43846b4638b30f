package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/rpcproxy"
	"github.com/etherscale/etherscale/watcher"
)

// startWatchCLI runs `etherscale watch` in process, as an operator would,
// until the returned stop is called; stop returns what it logged.
func startWatchCLI(t *testing.T, args ...string) (stop func() string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	app := newApp()
	out := &syncBuffer{}
	app.Writer, app.ErrWriter = out, out
	app.ExitErrHandler = func(*cli.Context, error) {}
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(ctx, append([]string{"etherscale", "--log.level", "warn", "watch"}, args...))
	}()
	stopped := false
	stop = func() string {
		if !stopped {
			stopped = true
			cancel()
			if err := <-done; err != nil {
				t.Errorf("watch: %v\n%s", err, out.String())
			}
		}
		return out.String()
	}
	t.Cleanup(func() {
		if logged := stop(); t.Failed() {
			t.Logf("watch logged:\n%s", logged)
		}
	})
	return stop
}

// TestWatcherMultiL1HiddenGame: the primary L1 endpoint hides every event
// of the dispute factory (the game's creation and all its claims), a third
// one lags a block behind; `watch --l1 lying,good,lagging` sees the game
// through the union of the endpoints' logs (no fall-back to the factory's
// game count was needed, unlike with the lying endpoint alone in
// TestWatcherSeesGamesItsProviderHides) and wins it.
func TestWatcherMultiL1HiddenGame(t *testing.T) {
	r := newRollup(t)
	lying := hidingProxy(t, r.url, r.d.Contracts.DisputeGameFactory)
	lagging := rpcproxy.Start(r.url, rpcproxy.Behaviour{HeadLag: 1})
	t.Cleanup(lagging.Close)
	dir := t.TempDir()
	watcherKey, liarKey := devnode.DevKey(0), devnode.DevKey(2)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := ln.Addr().String()
	ln.Close()
	stop := startWatchCLI(t, "--l1", lying.URL()+","+r.url, "--l1", lagging.URL(), "--deployment", r.dep,
		"--key", hexKey(watcherKey), "--data-dir", dir, "--poll-interval", "50ms", "--no-da", "--metrics-addr", metricsAddr)
	var created gameOut
	runJSON(t, &created, append([]string{"dispute", "create", "--batch", "2", "--root", common.HexToHash("0xbad").Hex()}, r.l1(liarKey)...)...)
	r.waitFor("the counter", true, func() bool { return r.info(0).ClaimCount >= 2 })
	r.waitFor("the win", true, func() bool { return r.info(0).Status == contracts.GameChallengerWins })
	// The omissions are exported per endpoint, the hiding one first.
	resp, err := http.Get("http://" + metricsAddr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	omitted := regexp.MustCompile(`etherscale_watcher_l1_omitted_logs_total\{endpoint="0:[^"]+"\} ([0-9]+)`).FindStringSubmatch(string(body))
	if omitted == nil || omitted[1] == "0" {
		t.Errorf("no omitted logs exported for the hiding endpoint: %v", omitted)
	}
	logged := stop()
	if !strings.Contains(logged, "omitted a log") {
		t.Errorf("no warning about the omitting endpoint:\n%s", logged)
	}
	if lagging.Requests() == 0 {
		t.Error("the third endpoint was never asked")
	}
	store, err := watcher.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if missed, err := store.Metric("missed_game_events_total"); err != nil || missed != 0 {
		t.Errorf("missed_game_events_total = %v (%v), want 0: the union should have delivered GameCreated", missed, err)
	}
}

// TestWatcherMultiL1HiddenBatch: batch 2 is posted with a wrong stateRoot
// and the primary endpoint drops every BatchInbox event, another one is
// down; the watcher, through the honest third, still follows the batch
// and opens the sequencer game on it.
func TestWatcherMultiL1HiddenBatch(t *testing.T) {
	r := newRollupStaged(t, "0x5ee0000000000000000000000000000000000000000000000000000000000000")
	lying := hidingProxy(t, r.url, r.d.Contracts.BatchInbox)
	down := rpcproxy.Start(r.url, rpcproxy.Behaviour{})
	t.Cleanup(down.Close)
	down.SetFailing(true)
	stop := startWatchCLI(t, "--l1", strings.Join([]string{lying.URL(), down.URL(), r.url}, ","), "--deployment", r.dep,
		"--key", hexKey(devnode.DevKey(0)), "--data-dir", t.TempDir(), "--poll-interval", "50ms", "--no-da")
	factory := contracts.NewDisputeGameFactory(r.d.Contracts.DisputeGameFactory, r.client, nil)
	r.waitFor("the sequencer game", true, func() bool {
		n, err := factory.GameCount(context.Background())
		return err == nil && n.Sign() > 0
	})
	if info := r.info(0); !info.Sequencer || info.Batch != 2 {
		t.Errorf("game %+v", info)
	}
	if logged := stop(); !strings.Contains(logged, "omitted a log") {
		t.Errorf("no warning about the omitting endpoint:\n%s", logged)
	}
}
