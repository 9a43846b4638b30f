package sequencerset_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/da"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/replay"
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

// TestPosterAnswersChallenges: an outsider challenges the sequencer's
// certificate batches. A poster that did not post batch 1 (a restart: no
// copy of the data) answers from the shards; the poster that posted batch 2
// answers from its own copy with four of six shards down. Each challenge is
// resolved, the outsider's bond ends with the sequencer, and an answered
// challenge is not answered again.
func TestPosterAnswersChallenges(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 1)
	cfg := sequencerset.PosterConfig{DAMode: sequencerset.DAModeShards, Client: dawiretest.RetrieverConfig().ClientConfig, Retriever: dawiretest.RetrieverConfig()}
	newPoster := func() *sequencerset.Poster {
		p, err := sequencerset.NewPosterWithConfig(e.Sim.Client, e.Sender(t, dawiretest.KeySequencer), e.Sim.Keys[dawiretest.KeySequencer], sequencerset.RollupOf(e.Dep), cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.Close)
		return p
	}
	post := func(p *sequencerset.Poster, txs [][]byte) *contracts.PostedBatch {
		t.Helper()
		b, err := p.Build(ctx, txs)
		if err != nil {
			t.Fatal(err)
		}
		pb, err := p.Post(ctx, b, b.TrueRoot)
		if err != nil {
			t.Fatal(err)
		}
		p.Close() // every member holds its chunk before anyone reads
		return pb
	}
	outsider := e.Challenge(e.Sender(t, dawiretest.KeyFirstMember+int(e.Cfg.DA.N)))
	bond := e.Cfg.DA.ChallengeBond.Big()
	seqAddr := crypto.PubkeyToAddress(e.Sim.Keys[dawiretest.KeySequencer].PublicKey)
	chal := e.Challenge(nil)
	answer := func(p *sequencerset.Poster, pb *contracts.PostedBatch) {
		t.Helper()
		if _, err := outsider.Challenge(ctx, &pb.Header, bond); err != nil {
			t.Fatal(err)
		}
		before, err := e.Sim.Client.BalanceAt(ctx, seqAddr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := p.AnswerChallenges(ctx); n != 1 || err != nil {
			t.Fatalf("answer batch %d: %d, %v", pb.Header.Number, n, err)
		}
		if st, err := chal.ChallengeOf(ctx, pb.Header.Number); err != nil || !st.Resolved {
			t.Fatalf("batch %d challenge: %+v, %v", pb.Header.Number, st, err)
		}
		after, err := e.Sim.Client.BalanceAt(ctx, seqAddr, nil)
		if err != nil {
			t.Fatal(err)
		}
		credit, err := chal.Credit(ctx, seqAddr)
		if err != nil || credit.Sign() != 0 || after.Cmp(before) <= 0 {
			t.Fatalf("batch %d: credit left %v (%v), balance %v → %v", pb.Header.Number, credit, err, before, after)
		}
		if n, err := p.AnswerChallenges(ctx); n != 0 || err != nil {
			t.Fatalf("answered again: %d, %v", n, err)
		}
	}

	p1 := newPoster()
	if n, err := p1.AnswerChallenges(ctx); n != 0 || err != nil {
		t.Fatalf("nothing challenged: %d, %v", n, err)
	}
	pb1 := post(p1, [][]byte{e.Transfer(t, 0)})
	p2 := newPoster()
	answer(p2, pb1) // from the shards
	pb2 := post(p2, [][]byte{e.Transfer(t, 1)})
	tx3 := e.Transfer(t, 2)
	pb3 := post(p2, [][]byte{tx3})
	e.Kill(t, 0, 1, 2, 3)
	answer(p2, pb2) // from its own copy

	// A BFT validator's poster answers from its decided batches (the
	// shards are gone, and it posted nothing itself).
	data, err := replay.EncodeBatchData([][]byte{tx3})
	if err != nil {
		t.Fatal(err)
	}
	withData := cfg
	withData.Data = func(n uint64, hh common.Hash) ([]byte, bool) {
		return data, n == pb3.Header.Number && hh == pb3.HeaderHash
	}
	p3, err := sequencerset.NewPosterWithConfig(e.Sim.Client, e.Sender(t, dawiretest.KeySequencer), e.Sim.Keys[dawiretest.KeySequencer], sequencerset.RollupOf(e.Dep), withData)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p3.Close)
	answer(p3, pb3)
}

// TestPosterRefusesExpiringAttestations: attestations that would expire
// before the certificate's liability window ends (here: the L1 clock has
// run past the shards' 14-day promise) do not count, so the poster posts
// nothing instead of a certificate DACommittee refuses (AttestationExpired)
// after paying for the transaction.
func TestPosterRefusesExpiringAttestations(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 0)
	cfg := sequencerset.PosterConfig{DAMode: sequencerset.DAModeShards, Client: dawiretest.RetrieverConfig().ClientConfig, Retriever: dawiretest.RetrieverConfig()}
	p, err := sequencerset.NewPosterWithConfig(e.Sim.Client, e.Sender(t, dawiretest.KeySequencer), e.Sim.Keys[dawiretest.KeySequencer], sequencerset.RollupOf(e.Dep), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	// The shards' clocks stay on the wall clock; L1 is now as far ahead as
	// their retention (expiry = wall clock + 14 days).
	e.Sim.AdjustTime(t, da.DefaultRetention)
	b, err := p.Build(ctx, [][]byte{e.Transfer(t, 0)})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Post(ctx, b, b.TrueRoot)
	if !errors.Is(err, da.ErrThresholdNotReached) || !errors.Is(err, da.ErrBadAttestation) {
		t.Fatalf("post with attestations expiring too soon: %v", err)
	}
	head, err := e.BI.ChainHead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number != 0 {
		t.Fatalf("latest batch %d, want none posted", head.Number)
	}
}
