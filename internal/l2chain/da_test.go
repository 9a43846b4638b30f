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
	if _, err := follower(nil).Sync(ctx); !errors.Is(err, l2chain.ErrNoDataSource) {
		t.Fatalf("no data source: %v", err)
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
	if _, err := follower(fetcher()).Sync(ctx); !errors.Is(err, dawire.ErrUnavailable) {
		t.Fatalf("four shards down: %v", err)
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
