package l2chain_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/dawire"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/internal/l2chain"
	"github.com/etherscale/etherscale/replay"
)

// TestSyncCertificateBatchFromShards: a batch dispersed to six real shards
// and posted in certificate mode is replayed from the shards; with three
// shards down (k = 3 remain) still, with four down the sync stops with
// ErrUnavailable (and without a data source with ErrNoDataSource).
func TestSyncCertificateBatchFromShards(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 0)
	txs := [][]byte{e.Transfer(t, 0), e.Transfer(t, 1)}
	want := e.ReplayRoot(t, &replay.Batch{Txs: txs})
	pb, _ := e.PostCertificateBatch(t, txs, want)
	if pb.DAMode != contracts.DAModeCertificate {
		t.Fatalf("DA mode %d", pb.DAMode)
	}
	follower := func(ds l2chain.DataSource) *l2chain.Follower {
		f := l2chain.New(contracts.NewInbox(e.Dep.Contracts.Inbox, e.Sim.Client, nil),
			contracts.NewBatchInbox(e.Dep.Contracts.BatchInbox, e.Sim.Client, nil), &e.Cfg.Genesis, e.Dep.DeployBlock)
		if ds != nil {
			f.SetDataSource(ds)
		}
		return f
	}
	if c, err := follower(nil).Sync(ctx); err != nil || c.Head() != 0 || c.Stop == nil || c.Stop.Reason != l2chain.StopOther ||
		!errors.Is(c.Complete(), l2chain.ErrNoDataSource) {
		t.Fatalf("no data source: %+v, %v", c, err)
	}
	fetcher := func() *dawire.Fetcher {
		return dawire.NewFetcher(e.Sim.Client, e.Dep.Contracts.BatchInbox, e.Dep.DeployBlock, dawiretest.RetrieverConfig())
	}
	check := func() {
		t.Helper()
		chain, err := follower(fetcher()).Sync(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b, err := chain.Batch(1)
		if err != nil {
			t.Fatal(err)
		}
		if chain.HeadRoot() != want || b.Input.Void || len(b.Input.Txs) != 2 {
			t.Fatalf("root %x want %x, void %v, %d txs", chain.HeadRoot(), want, b.Input.Void, len(b.Input.Txs))
		}
	}
	check()
	e.Kill(t, 0, 2, 5)
	check()
	e.Kill(t, 4)
	c, err := follower(fetcher()).Sync(ctx)
	if err != nil || c.Head() != 0 || c.Stop == nil || c.Stop.Reason != l2chain.StopUnavailable || c.Stop.Batch != 1 ||
		!errors.Is(c.Complete(), dawire.ErrUnavailable) {
		t.Fatalf("four shards down: %+v, %v", c, err)
	}
	if _, err := c.Batch(1); !errors.Is(err, l2chain.ErrUnknownBatch) || !errors.Is(err, dawire.ErrUnavailable) {
		t.Fatalf("batch 1 of the stopped chain: %v", err)
	}
}

// countingSource counts the certificate batches a follower fetches.
type countingSource struct {
	inner l2chain.DataSource
	calls map[uint64]int
}

func (c *countingSource) CertificateData(ctx context.Context, pb *contracts.PostedBatch) ([]byte, error) {
	c.calls[pb.Header.Number]++
	return c.inner.CertificateData(ctx, pb)
}

// TestSyncIsIncremental: a second Sync keeps the batches the first one
// replayed (no fetch, no replay) and adds the new one; when batch 1 turns
// void after the fact (an unanswered DA challenge, by time alone), the next
// Sync replays from batch 1 on and matches an independent replay. Chains
// returned earlier do not change.
func TestSyncIsIncremental(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 2)
	src := &countingSource{
		inner: dawire.NewFetcher(e.Sim.Client, e.Dep.Contracts.BatchInbox, e.Dep.DeployBlock, dawiretest.RetrieverConfig()),
		calls: make(map[uint64]int),
	}
	f := l2chain.New(contracts.NewInbox(e.Dep.Contracts.Inbox, e.Sim.Client, nil),
		contracts.NewBatchInbox(e.Dep.Contracts.BatchInbox, e.Sim.Client, nil), &e.Cfg.Genesis, e.Dep.DeployBlock)
	f.SetDataSource(src)

	b1 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 0), e.Transfer(t, 1)}}
	pb1, _ := e.PostCertificateBatch(t, b1.Txs, e.ReplayRoot(t, b1))
	c1, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b2 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 2)}}
	e.PostCertificateBatch(t, b2.Txs, e.ReplayRoot(t, b1, b2))
	c2, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c2.Head() != 2 || c2.Batches[0] != c1.Batches[0] || src.calls[1] != 1 || src.calls[2] != 1 {
		t.Fatalf("head %d, batch 1 reused %v, fetches %v", c2.Head(), c2.Batches[0] == c1.Batches[0], src.calls)
	}
	if c2.HeadRoot() != e.ReplayRoot(t, b1, b2) || c1.Head() != 1 {
		t.Fatalf("head root %x; first chain's head %d", c2.HeadRoot(), c1.Head())
	}
	// Nothing new: nothing fetched.
	c3, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c3.Batches[1] != c2.Batches[1] || src.calls[1]+src.calls[2] != 2 {
		t.Fatalf("idle sync refetched: %v", src.calls)
	}

	// Batch 1 is challenged and nobody answers: void once the resolve
	// window is over, with no transaction at all.
	outsider := e.Challenge(e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1))
	if _, err := outsider.Challenge(ctx, &pb1.Header, e.Cfg.DA.ChallengeBond.Big()); err != nil {
		t.Fatal(err)
	}
	e.Sim.AdjustTime(t, (dawiretest.ResolveWindow+1)*time.Second)
	c4, err := f.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	v1 := &replay.Batch{Txs: b1.Txs, Void: true}
	got1, _ := c4.Batch(1)
	if !got1.Input.Void || got1 == c2.Batches[0] || c4.HeadRoot() != e.ReplayRoot(t, v1, b2) {
		t.Fatalf("after the void: batch 1 void %v, root %x, want %x", got1.Input.Void, c4.HeadRoot(), e.ReplayRoot(t, v1, b2))
	}
	if r, _ := c4.RootAfter(1); r != c4.GenesisRoot {
		t.Fatalf("void batch 1 root %x, genesis %x", r, c4.GenesisRoot)
	}
	if c2.HeadRoot() != e.ReplayRoot(t, b1, b2) {
		t.Fatal("an earlier chain changed")
	}
}

// TestSyncStopsAtUnavailableBatch: batch 1's data is served, batch 2's is
// not (four of six shards die after it was attested). The follower returns
// the chain up to batch 1 and says it stops at batch 2 for want of data;
// later Syncs keep batch 1 without fetching it again and retry batch 2, and
// once batch 2 is void (its DA challenge unanswered) they go past it.
func TestSyncStopsAtUnavailableBatch(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 2)
	src := &countingSource{
		inner: dawire.NewFetcher(e.Sim.Client, e.Dep.Contracts.BatchInbox, e.Dep.DeployBlock, dawiretest.RetrieverConfig()),
		calls: make(map[uint64]int),
	}
	f := l2chain.New(contracts.NewInbox(e.Dep.Contracts.Inbox, e.Sim.Client, nil),
		contracts.NewBatchInbox(e.Dep.Contracts.BatchInbox, e.Sim.Client, nil), &e.Cfg.Genesis, e.Dep.DeployBlock)
	f.SetDataSource(src)
	b1 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 0)}}
	e.PostCertificateBatch(t, b1.Txs, e.ReplayRoot(t, b1))
	c1, err := f.Sync(ctx)
	if err != nil || c1.Stop != nil || c1.Head() != 1 {
		t.Fatalf("batch 1: %+v, %v", c1, err)
	}
	b2 := &replay.Batch{Txs: [][]byte{e.Transfer(t, 1)}}
	pb2, _ := e.PostCertificateBatch(t, b2.Txs, e.ReplayRoot(t, b1, b2))
	e.Kill(t, 0, 1, 2, 3)
	for i := 1; i <= 2; i++ {
		c, err := f.Sync(ctx)
		if err != nil {
			t.Fatalf("sync %d with batch 2 withheld: %v", i, err)
		}
		if c.Head() != 1 || c.Stop == nil || c.Stop.Batch != 2 || c.Stop.Reason != l2chain.StopUnavailable || c.Stop.Posted.HeaderHash != pb2.HeaderHash {
			t.Fatalf("sync %d: head %d, stop %+v", i, c.Head(), c.Stop)
		}
		if c.Batches[0] != c1.Batches[0] || src.calls[1] != 1 || src.calls[2] != i {
			t.Fatalf("sync %d: batch 1 reused %v, fetches %v", i, c.Batches[0] == c1.Batches[0], src.calls)
		}
		// Everything before the stop works as in a complete chain.
		if r, err := c.RootAfter(1); err != nil || r != e.ReplayRoot(t, b1) {
			t.Fatalf("root after 1: %x, %v", r, err)
		}
		if p, err := c.Provider(ctx, 0, c.GenesisRoot, 1); err != nil || p.FinalRoot() != e.ReplayRoot(t, b1) {
			t.Fatalf("provider to batch 1: %v", err)
		}
		if _, err := c.Provider(ctx, 0, c.GenesisRoot, 2); !errors.Is(err, dawire.ErrUnavailable) {
			t.Fatalf("provider to the withheld batch: %v", err)
		}
	}
	outsider := e.Challenge(e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)+1))
	if _, err := outsider.Challenge(ctx, &pb2.Header, e.Cfg.DA.ChallengeBond.Big()); err != nil {
		t.Fatal(err)
	}
	e.Sim.AdjustTime(t, (dawiretest.ResolveWindow+1)*time.Second)
	c, err := f.Sync(ctx)
	if err != nil || c.Stop != nil || c.Head() != 2 || c.Batches[0] != c1.Batches[0] || !c.Batches[1].Input.Void {
		t.Fatalf("after the void: %+v, %v", c, err)
	}
	if c.HeadRoot() != e.ReplayRoot(t, b1) {
		t.Fatalf("head root %x, want batch 1's", c.HeadRoot())
	}
}
