package l2chain_test

import (
	"context"
	"errors"
	"testing"

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
