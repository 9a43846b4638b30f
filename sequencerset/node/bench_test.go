package node_test

import (
	"context"
	"math/big"
	"os"
	"slices"
	"strconv"
	"sync"
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
// (the latency at a load below saturation).
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
	var tick <-chan time.Time
	if rate > 0 {
		tk := time.NewTicker(time.Second / time.Duration(rate))
		defer tk.Stop()
		tick = tk.C
	}
	// Consensus starts at the genesis epoch: measure from a live chain.
	for _, h := net.nodes[0].App().Head(); h < 2; _, h = net.nodes[0].App().Head() {
		time.Sleep(50 * time.Millisecond)
	}
	// ETHERSCALE_BFT_DOWN=1: validator 3 is stopped first (its senders go
	// to the others), for the cost of a missing proposer.
	down := os.Getenv("ETHERSCALE_BFT_DOWN") == "1"
	if down {
		net.stops[3]()
	}
	var mu sync.Mutex
	sent := make(map[common.Hash]time.Time, senders*per)
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
			c, err := rpc.Dial(net.nodes[target].URL())
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			for _, j := range jobs[s] {
				if tick != nil {
					<-tick
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
	var last time.Time
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
		time.Sleep(5 * time.Millisecond)
	}
	wg.Wait()
	if len(lat) < senders*per {
		t.Fatalf("%d of %d transfers committed", len(lat), senders*per)
	}
	elapsed := last.Sub(start)
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))] }
	// Time to L1: the last batch's.
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil)
	lastBatch := next - 1
	for {
		head, err := bi.ChainHead(ctx)
		if err == nil && head.Number >= lastBatch {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	toL1 := time.Since(decided[lastBatch])
	_, heights := net.nodes[0].App().Head()
	t.Logf("%d consensus heights", heights)
	t.Logf("%d transfers from %d senders in %d batches: %.0f transfers/s sustained (%.1f s); soft confirmation p50 %v, p99 %v, max %v; last batch on L1 %v after its block",
		len(lat), senders, lastBatch, float64(len(lat))/elapsed.Seconds(), elapsed.Seconds(),
		pct(0.5).Round(time.Millisecond), pct(0.99).Round(time.Millisecond), lat[len(lat)-1].Round(time.Millisecond), toL1.Round(time.Millisecond))
}
