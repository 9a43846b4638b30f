package sequencerset_test

import (
	"context"
	"errors"
	"testing"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/sequencerset"
)

// TestPosterDAShards posts a batch in certificate mode through a live
// committee (k = 3, n = 6, threshold 4), checks that a follower replays it
// from the shards, then fails the next dispersal with three members down
// and checks that nothing was posted.
func TestPosterDAShards(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 0)
	cfg := sequencerset.PosterConfig{DAMode: sequencerset.DAModeShards, Client: dawiretest.RetrieverConfig().ClientConfig, Retriever: dawiretest.RetrieverConfig()}
	p, err := sequencerset.NewPosterWithConfig(e.Sim.Client, e.Sender(t, dawiretest.KeySequencer), e.Sim.Keys[dawiretest.KeySequencer], sequencerset.RollupOf(e.Dep), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	txs := [][]byte{e.Transfer(t, 0), e.Transfer(t, 1)}
	b, err := p.Build(ctx, txs)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := p.Post(ctx, b, b.TrueRoot)
	if err != nil {
		t.Fatal(err)
	}
	if pb.DAMode != contracts.DAModeCertificate || pb.Header.DataRoot == ([32]byte{}) || pb.Header.TxCount != 2 {
		t.Fatalf("posted %+v", pb)
	}
	p.Close() // every member holds its chunk

	// A fresh poster's follower reads batch 1 from the shards.
	p2, err := sequencerset.NewPosterWithConfig(e.Sim.Client, e.Sender(t, dawiretest.KeySequencer), e.Sim.Keys[dawiretest.KeySequencer], sequencerset.RollupOf(e.Dep), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer p2.Close()
	chain, err := p2.Sync(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chain.Batch(1)
	if err != nil {
		t.Fatal(err)
	}
	if got.PostRoot != b.TrueRoot || len(got.Input.Txs) != 2 {
		t.Fatalf("replayed root %s, %d txs; posted %s", got.PostRoot.Hex(), len(got.Input.Txs), b.TrueRoot.Hex())
	}

	// Three of six members down: 3 attestations < threshold 4.
	e.Kill(t, 0, 1, 2)
	b2, err := p2.Build(ctx, [][]byte{e.Transfer(t, 2)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p2.Post(ctx, b2, b2.TrueRoot); !errors.Is(err, da.ErrThresholdNotReached) {
		t.Fatalf("post with three members down: %v", err)
	}
	head, err := e.BI.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number != 1 {
		t.Fatalf("latest batch %d after a failed dispersal, want 1", head.Number)
	}
}
