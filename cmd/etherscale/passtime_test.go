package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/devnode"
	"github.com/etherscale/etherscale/internal/rpcproxy"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/watcher"
)

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive number", name, v)
	}
	return n
}

// TestPassTimeWithL1Latency measures a watcher pass over many open games
// with L1 latency (docs/BENCHMARKS.md, issue 14 item 5: 39 games at 50 ms
// took 64.6 s and 1,044 requests when passes were serial). CI runs a small
// case; ETHERSCALE_PASS_GAMES and ETHERSCALE_PASS_LATENCY_MS set the
// measured one. Nothing is asserted about time: the numbers are logged.
func TestPassTimeWithL1Latency(t *testing.T) {
	// The embedded L1 mines a block per transaction, each a second after
	// the last, so creating games and countering them runs the 8-second
	// claim window down fast: more than a few games cannot all be answered
	// here, which is a property of this L1, not of the watcher.
	games := envInt(t, "ETHERSCALE_PASS_GAMES", 3)
	delay := time.Duration(envInt(t, "ETHERSCALE_PASS_LATENCY_MS", 20)) * time.Millisecond
	r := newRollup(t)
	ctx := context.Background()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	liar, err := txmgr.New(ctx, r.client, devnode.DevKey(2), tcfg)
	if err != nil {
		t.Fatal(err)
	}
	factory := contracts.NewDisputeGameFactory(r.d.Contracts.DisputeGameFactory, r.client, liar)
	bond, err := factory.BondAt(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range games {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := factory.Create(ctx, 2, common.BigToHash(big.NewInt(int64(0xbad00+i))), bond); err != nil {
				t.Errorf("create %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	pass := func(key int, workers int) (time.Duration, int64) {
		proxy := rpcproxy.Start(r.url, rpcproxy.Behaviour{Latency: delay})
		defer proxy.Close()
		client, err := ethclient.Dial(proxy.URL())
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		w := r.newWatcherOn(client, devnode.DevKey(key), t.TempDir(), func(c *watcher.Config) { c.Workers = workers; c.MetricsAddr = "" })
		defer w.Close()
		head, err := r.client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		before := proxy.Requests()
		start := time.Now()
		if err := w.Pass(ctx, head); err != nil {
			t.Fatalf("pass: %v", err)
		}
		return time.Since(start), int64(proxy.Requests() - before)
	}
	// The first watcher counters every game; the ones after it find
	// nothing to send, so their pass is the steady state of a pass over
	// open games: reading and judging each one.
	first, firstReq := pass(0, 16)
	t.Logf("first pass, %d games to counter, 16 workers, %v L1 latency: %v, %d requests", games, delay, first.Round(time.Millisecond), firstReq)
	for i, workers := range []int{16, 1} {
		d, req := pass(3+i, workers)
		t.Logf("%s", fmt.Sprintf("pass over %d open games, nothing to send, %d worker(s), %v L1 latency: %v, %d requests (%.1f per game)",
			games, workers, delay, d.Round(time.Millisecond), req, float64(req)/float64(games)))
	}
	for id := range games {
		if n := r.info(int64(id)).ClaimCount; n < 2 {
			t.Errorf("game %d not countered (%d claims)", id, n)
		}
	}
}
