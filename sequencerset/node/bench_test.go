package node_test

import (
	"context"
	"math/big"
	"net/http"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/etherscale/etherscale/contracts"
)

// TestThroughputFourValidators measures, with four validators in this
// process on loopback, how many transfers per second go from
// eth_sendRawTransaction to a committed block, the soft-confirmation
// latency (send to the block that holds the transfer, as the node
// serving the sender sees it), and the time from a decided batch to L1.
// ETHERSCALE_BFT_BENCH=N sends N transfers (docs/BENCHMARKS.md), as fast
// as the nodes take them, or at ETHERSCALE_BFT_RATE transfers per second
// (the latency at a load below saturation). It prints the process's CPU
// time per transfer, the metric on a shared machine;
// ETHERSCALE_BFT_CPUPROFILE=file writes a CPU profile of the measured
// window.
func TestThroughputFourValidators(t *testing.T) {
	total, _ := strconv.Atoi(os.Getenv("ETHERSCALE_BFT_BENCH"))
	if total <= 0 {
		t.Skip("ETHERSCALE_BFT_BENCH=N runs the throughput measurement with N transfers")
	}
	const senders = 200
	net := startNetworkWith(t, 4, senders+5)
	ctx := context.Background()
	keys := net.d.DevKeys()[5 : 5+senders]
	chainID := new(big.Int).SetUint64(net.rollup.Genesis.ChainID)
	signer := types.LatestSignerForChainID(chainID)
	per := (total + senders - 1) / senders
	type job struct {
		raw  []byte
		hash common.Hash
	}
	jobs := make([][]job, senders)
	for s, k := range keys {
		for n := 0; n < per; n++ {
			tx, err := types.SignNewTx(k, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: uint64(n), GasTipCap: new(big.Int), GasFeeCap: net.rollup.Genesis.BaseFee.ToInt(), Gas: 21000, To: &common.Address{byte(s), 1}, Value: big.NewInt(1)})
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := tx.MarshalBinary()
			jobs[s] = append(jobs[s], job{raw, tx.Hash()})
		}
	}
	rate, _ := strconv.Atoi(os.Getenv("ETHERSCALE_BFT_RATE"))
	// At a rate, transfer k of sender s is due at start + (k·senders + s)/rate:
	// a schedule, not a shared ticker, which drops the ticks no sender is
	// free for and so offered less than the rate once requests queue.
	due := func(time.Time, int, int) time.Time { return time.Time{} }
	if rate > 0 {
		due = func(start time.Time, s, k int) time.Time {
			return start.Add(time.Duration(k*senders+s) * time.Second / time.Duration(rate))
		}
	}
	// Consensus starts at the genesis epoch: measure from a live chain.
	_, h0 := net.nodes[0].App().Head()
	for ; h0 < 2; _, h0 = net.nodes[0].App().Head() {
		time.Sleep(50 * time.Millisecond)
	}
	// ETHERSCALE_BFT_DOWN=1: validator 3 is stopped first (its senders go
	// to the others), for the cost of a missing proposer.
	down := os.Getenv("ETHERSCALE_BFT_DOWN") == "1"
	if down {
		net.stops[3]()
	}
	// The senders keep their connections, as wallets do: go-ethereum's
	// client on http.DefaultTransport keeps 2 idle connections per host,
	// so 50 senders per node dialed a new connection for most requests
	// (3 % of the process's CPU, on both sides of the loopback).
	httpClient := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: senders, IdleConnTimeout: time.Minute}}
	defer httpClient.CloseIdleConnections()
	// Time to L1: when each batch number first shows in BatchInbox's head
	// (its receipt's block is then L1's head), polled every 50 ms.
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil)
	var l1mu sync.Mutex
	onL1 := make(map[uint64]time.Time)
	l1Seen := uint64(0)
	watchCtx, stopWatch := context.WithCancel(ctx)
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		for watchCtx.Err() == nil {
			if head, err := bi.ChainHead(watchCtx); err == nil {
				now := time.Now()
				l1mu.Lock()
				for ; l1Seen < head.Number; l1Seen++ {
					onL1[l1Seen+1] = now
				}
				l1mu.Unlock()
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	defer func() { stopWatch(); <-watchDone }()
	var mu sync.Mutex
	sent := make(map[common.Hash]time.Time, senders*per)
	// ETHERSCALE_BFT_CPUPROFILE=file profiles the measured window only
	// (go test's -cpuprofile also covers the setup: keys, signing, L1).
	stopProfile := func() {}
	if f := os.Getenv("ETHERSCALE_BFT_CPUPROFILE"); f != "" {
		out, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			t.Fatal(err)
		}
		stopProfile = sync.OnceFunc(func() { pprof.StopCPUProfile(); out.Close() })
		defer stopProfile()
	}
	cpu0 := processCPU(t)
	start := time.Now()
	var wg sync.WaitGroup
	for s := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			target := s % 4
			if down {
				target = s % 3
			}
			c, err := rpc.DialOptions(ctx, net.nodes[target].URL(), rpc.WithHTTPClient(httpClient))
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			for k, j := range jobs[s] {
				if d := time.Until(due(start, s, k)); d > 0 {
					time.Sleep(d)
				}
				now := time.Now()
				var h common.Hash
				if err := c.CallContext(ctx, &h, "eth_sendRawTransaction", hexutil.Bytes(j.raw)); err != nil {
					t.Errorf("send: %v", err)
					return
				}
				mu.Lock()
				sent[j.hash] = now
				mu.Unlock()
			}
		}()
	}
	// Watch node 0's blocks: a transfer is soft-confirmed when its block
	// is committed there.
	var lat []time.Duration
	decided := make(map[uint64]time.Time)
	next := uint64(1)
	// certAt: when node 0 stored each batch's certificate (a later block
	// carries it): no validator can post before.
	certAt := make(map[uint64]time.Time)
	certNext := uint64(1)
	checkCerts := func() {
		for ; certNext < next; certNext++ {
			if _, c, err := net.nodes[0].App().Certified(certNext); err != nil || c == nil {
				return
			}
			certAt[certNext] = time.Now()
		}
	}
	var last time.Time
	// The heights and batch sizes of the window: whether the chain waits
	// (heights without transfers) or its blocks are short.
	var sizes []int
	var lastHeight int64
	deadline := time.Now().Add(10 * time.Minute)
	for len(lat) < senders*per && time.Now().Before(deadline) {
		head, _ := net.nodes[0].App().Head()
		for ; next <= head.Number; next++ {
			b, err := net.nodes[0].App().Batch(next)
			if err != nil {
				t.Fatal(err)
			}
			now := time.Now()
			decided[next], last = now, now
			if len(b.Txs) > 0 {
				sizes, lastHeight = append(sizes, len(b.Txs)), b.Height
			}
			for _, raw := range b.Txs {
				h := crypto.Keccak256Hash(raw)
				mu.Lock()
				at, ok := sent[h]
				mu.Unlock()
				if ok {
					lat = append(lat, now.Sub(at))
				}
			}
		}
		checkCerts()
		time.Sleep(5 * time.Millisecond)
	}
	wg.Wait()
	cpu := processCPU(t) - cpu0
	stopProfile()
	if len(lat) < senders*per {
		t.Fatalf("%d of %d transfers committed", len(lat), senders*per)
	}
	elapsed := last.Sub(start)
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))] }
	lastBatch := next - 1
	for {
		l1mu.Lock()
		done := l1Seen >= lastBatch
		l1mu.Unlock()
		if done {
			break
		}
		checkCerts()
		time.Sleep(5 * time.Millisecond)
	}
	var toL1, toCert, certToL1 []time.Duration
	l1mu.Lock()
	for n, at := range decided {
		if l1, ok := onL1[n]; ok {
			toL1 = append(toL1, l1.Sub(at))
			if c, ok := certAt[n]; ok {
				toCert = append(toCert, c.Sub(at))
				certToL1 = append(certToL1, l1.Sub(c))
			}
		}
	}
	lastToL1 := onL1[lastBatch].Sub(decided[lastBatch])
	l1mu.Unlock()
	slices.Sort(toL1)
	slices.Sort(toCert)
	slices.Sort(certToL1)
	t.Logf("%d consensus heights from the first send to the last transfer's, %d of them with transfers (%d per batch on average, min %d, max %d)",
		lastHeight-h0, len(sizes), len(lat)/max(1, len(sizes)), slices.Min(sizes), slices.Max(sizes))
	t.Logf("%d transfers from %d senders in %d batches: %.0f transfers/s sustained (%.1f s); soft confirmation p50 %v, p99 %v, max %v; last batch on L1 %v after its block",
		len(lat), senders, lastBatch, float64(len(lat))/elapsed.Seconds(), elapsed.Seconds(),
		pct(0.5).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond), lastToL1.Round(time.Millisecond))
	p50max := func(d []time.Duration) string {
		if len(d) == 0 {
			return "none"
		}
		return "p50 " + d[(len(d)-1)/2].Round(time.Millisecond).String() + ", max " + d[len(d)-1].Round(time.Millisecond).String()
	}
	t.Logf("block decided → batch on L1 over %d batches: %s (decided → certificate stored: %s; certificate → on L1: %s)",
		len(toL1), p50max(toL1), p50max(toCert), p50max(certToL1))
	// The machine is shared: CPU time per transfer (the whole process:
	// four validators, the L1 and the senders) is the number that does not
	// depend on the other jobs; the load average says how much the
	// wall-clock ones do.
	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("CPU (user+sys, whole process) from the first send to the last commit: %.2f s, %.0f µs per transfer; load average %s",
		cpu.Seconds(), float64(cpu.Microseconds())/float64(len(lat)), strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " "))
}

// processCPU is the process's user+system CPU time so far.
func processCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
