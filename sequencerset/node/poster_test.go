package node_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/txmgr"
	"github.com/etherscale/etherscale/sequencerset/node"
)

// load sends the user's transfers to validator 0, one every 40 ms, so that
// consensus decides a non-empty block (a batch) every height, until the
// returned stop.
func (net *network) load() (stop func()) {
	// Consensus starts at the genesis epoch: load a live chain.
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
		if _, h := net.nodes[0].App().Head(); h >= 2 {
			break
		}
		if time.Now().After(deadline) {
			net.t.Fatal("consensus did not start")
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for nonce := uint64(0); ctx.Err() == nil; nonce++ {
			if err := net.nodes[0].Submit(ctx, net.transfer(nonce, common.Address{0xaa}, 1)); err != nil && ctx.Err() == nil {
				net.t.Errorf("submit transfer %d: %v", nonce, err)
				return
			}
			select {
			case <-ctx.Done():
			case <-time.After(40 * time.Millisecond):
			}
		}
	}()
	return func() { cancel(); wg.Wait() }
}

// waitAllOnL1 waits until L1 holds every batch validator 0 decided and no
// validator has a post left in L1's pool.
func (net *network) waitAllOnL1(timeout time.Duration) {
	net.t.Helper()
	ctx := context.Background()
	// Let the last transfers' blocks be decided and certified.
	time.Sleep(3 * time.Second)
	head, height := net.nodes[0].App().Head()
	net.t.Logf("consensus: batch %d at height %d", head.Number, height)
	net.waitL1Batch(head.Number, timeout)
	deadline := time.Now().Add(timeout)
	for _, c := range net.cfgs {
		for {
			pending, err1 := net.l1.PendingNonceAt(ctx, c.Tx.From())
			mined, err2 := net.l1.NonceAt(ctx, c.Tx.From(), nil)
			if err1 == nil && err2 == nil && pending == mined {
				break
			}
			if time.Now().After(deadline) {
				net.t.Fatalf("%s: pool nonce %d, mined %d (%v, %v): posts stuck", c.Tx.From(), pending, mined, err1, err2)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// TestPostsPipelined: under a steady load consensus decides batches faster
// than L1 makes blocks (1 s); the posters send several before the first
// receipt, so L1 blocks hold more than one batch (waiting for each receipt,
// every L1 block held at most one), and every batch lands.
func TestPostsPipelined(t *testing.T) {
	net := startNetwork(t, 4)
	stop := net.load()
	time.Sleep(12 * time.Second)
	stop()
	net.waitAllOnL1(time.Minute)
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil)
	posted, err := bi.Batches(context.Background(), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	perBlock := make(map[uint64]int)
	most := 0
	for _, pb := range posted {
		perBlock[pb.Block]++
		most = max(most, perBlock[pb.Block])
	}
	t.Logf("%d batches in %d L1 blocks, at most %d in one", len(posted), len(perBlock), most)
	if most < 2 {
		t.Fatalf("%d batches in %d L1 blocks: never more than one per block", len(posted), len(perBlock))
	}
}

// TestPosterRecoversFromLostRace: validator 1 does not post itself; the
// test posts for it (with a higher tip, so first in the block) the batch
// validator 0 has in flight with later ones behind it. Validator 0's post
// of that number reverts; its later posts and the ones after go on, and
// every batch lands with no transaction left stuck in L1's pool.
func TestPosterRecoversFromLostRace(t *testing.T) {
	net := startNetwork(t, 4, node.Faults{}, node.Faults{NoPost: true})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	v0, v1 := net.cfgs[0].Tx.From(), net.cfgs[1].Tx.From()
	tcfg := txmgr.DefaultConfig()
	tcfg.ErrorABIs = contracts.ErrorABIs()
	tcfg.MinTipCap = big.NewInt(100e9)
	rival, err := txmgr.New(ctx, net.l1, net.d.DevKeys()[1], tcfg)
	if err != nil {
		t.Fatal(err)
	}
	rivalInbox := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, rival)
	bi := contracts.NewBatchInbox(net.rollup.BatchInbox, net.l1, nil)
	set := contracts.NewSequencerSet(net.d.Deployment.Contracts.SequencerSet, net.l1, nil)
	signer := types.LatestSignerForChainID(rival.ChainID())
	stop := net.load()
	defer stop()

	// lostBy finds validator 0's post of batch n in L1 blocks from..from+2
	// and returns its receipt.
	lostBy := func(n, from uint64) *types.Receipt {
		for b := from; b <= from+2; b++ {
			for {
				if h, err := net.l1.BlockNumber(ctx); err == nil && h >= b {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			blk, err := net.l1.BlockByNumber(ctx, new(big.Int).SetUint64(b))
			if err != nil {
				t.Fatal(err)
			}
			for _, tx := range blk.Transactions() {
				if from, err := types.Sender(signer, tx); err != nil || from != v0 {
					continue
				}
				h, _, err := bi.DecodePostBatchInput(tx.Data())
				if err != nil || h.Number != n {
					continue
				}
				r, err := net.l1.TransactionReceipt(ctx, tx.Hash())
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
		}
		return nil
	}

	won := uint64(0)
	for won == 0 {
		if ctx.Err() != nil {
			t.Fatal("validator 0 never had two posts in flight when the test could post")
		}
		time.Sleep(10 * time.Millisecond)
		l1Head, err := net.l1.HeaderByNumber(ctx, nil)
		if err != nil {
			continue
		}
		at := l1Head.Time + 1
		ok1, err1 := set.CanPost(ctx, v1, at)
		ok0, err0 := set.CanPost(ctx, v0, at)
		head, err := bi.ChainHead(ctx)
		if err0 != nil || err1 != nil || err != nil || !ok1 {
			continue
		}
		n := head.Number + 1
		_, cert, err := net.nodes[1].App().Certified(n)
		if err != nil || cert == nil {
			continue
		}
		if ok0 {
			// Race only when validator 0 has n and more in flight.
			pending, err1 := net.l1.PendingNonceAt(ctx, v0)
			mined, err2 := net.l1.NonceAt(ctx, v0, nil)
			if err1 != nil || err2 != nil || pending < mined+2 {
				continue
			}
		}
		// In validator 1's own leader window the test serves its slot, so
		// that the failover posts of the others do not strike it into jail.
		b, err := net.nodes[1].App().Batch(n)
		if err != nil {
			t.Fatal(err)
		}
		pb, err := rivalInbox.PostBatch(ctx, &b.Header, cert.Sigs, b.Data)
		if err != nil || !ok0 {
			continue // validator 0's post landed first, or nothing to race
		}
		if r := lostBy(n, pb.Block); r != nil && r.Status == types.ReceiptStatusFailed {
			t.Logf("batch %d: the rival's post landed in L1 block %d, validator 0's reverted in block %s", n, pb.Block, r.BlockNumber)
			won = n
		}
	}
	// Validator 0 goes on: it posts later batches itself.
	for {
		posted, err := bi.Batches(ctx, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		var mine []uint64
		for _, pb := range posted {
			if pb.Header.Number > won && pb.Poster == v0 {
				mine = append(mine, pb.Header.Number)
			}
		}
		if len(mine) >= 3 {
			t.Logf("validator 0 posted batches %v after losing batch %d", mine, won)
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("validator 0 posted %v after losing batch %d", mine, won)
		}
		time.Sleep(200 * time.Millisecond)
	}
	stop()
	net.waitAllOnL1(time.Minute)
}
