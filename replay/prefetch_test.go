package replay

import (
	"context"
	"math/rand/v2"
	"testing"
)

// TestPrefetchMatchesPlainReads: a replay that reads accounts ahead on a
// second goroutine gives every step the result and every batch the root of
// a traced replay (which never reads ahead), through batches that touch one
// account many times, create accounts, carry deposits and invalid
// transactions. How much it serves depends on the schedule;
// TestPrefetchServesAccounts makes it serve everything.
func TestPrefetchMatchesPlainReads(t *testing.T) {
	ctx := context.Background()
	w := newTestWorld(t, 40)
	fast, ref := w.state(t), w.state(t)
	r := rand.New(rand.NewPCG(8, 8))
	for round := 0; round < 12; round++ {
		b := w.randomBatch(t, r, 10, 150+r.IntN(200))
		fast.walks = 16 * 64 // as deep as a big state: read ahead whatever the size
		got, err := fast.ApplyPrepared(ctx, PrepareBatch(ctx, w.rules, b), ReplayOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := ref.ApplyPrepared(ctx, PrepareBatch(ctx, w.rules, b), ReplayOptions{Trace: true})
		if err != nil {
			t.Fatal(err)
		}
		if got.Root != want.Root {
			t.Fatalf("round %d: root %x, traced replay %x", round, got.Root, want.Root)
		}
		for i := range got.Steps {
			if (got.Steps[i].Result == nil) != (want.Steps[i].Result == nil) {
				t.Fatalf("round %d step %d: %v, traced replay %v", round, i, got.Steps[i].Result, want.Steps[i].Result)
			}
		}
		if round%3 != 2 { // and sometimes leave the batch uncommitted: no read-ahead then
			for _, st := range []*State{fast, ref} {
				if _, err := st.Commit(ctx); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if ref.prefetched != 0 {
		t.Fatalf("a traced replay took %d accounts from a read-ahead", ref.prefetched)
	}
	t.Logf("%d accounts read ahead", fast.prefetched)
}

// TestPrefetchServesAccounts: on a small tree nothing is read ahead; made
// to read ahead, and let finish before the batch is applied on a cold
// state, the read-ahead serves every account, and the results are still
// those of a traced replay.
func TestPrefetchServesAccounts(t *testing.T) {
	ctx := context.Background()
	w := newTestWorld(t, 300)
	genesis := w.state(t)
	root, err := genesis.Commit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := w.randomBatch(t, rand.New(rand.NewPCG(9, 9)), 20, 400)
	// A tree this small is read in place: no read-ahead.
	shallow := NewState(genesis.store, root)
	if _, err := shallow.ApplyPrepared(ctx, PrepareBatch(ctx, w.rules, b), ReplayOptions{}); err != nil {
		t.Fatal(err)
	}
	if shallow.prefetched != 0 || shallow.walks >= 16*prefetchMinWalk {
		t.Fatalf("%d accounts read ahead on a tree of ~300 (mean walk %d/16)", shallow.prefetched, shallow.walks)
	}
	st := NewState(genesis.store, root)
	st.walks = 16 * 64
	p := PrepareBatch(ctx, w.rules, b)
	st.pre = st.startPrefetch(ctx, p, len(p.res))
	if st.pre == nil {
		t.Fatal("no read-ahead on a committed state")
	}
	<-st.pre.finished
	steps := make([]StepResult, len(p.res))
	if err := st.applySteps(ctx, p, len(p.res), steps, false); err != nil {
		t.Fatal(err)
	}
	st.pre.end()
	st.pre = nil
	got, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	want, err := NewState(genesis.store, root).ApplyPrepared(ctx, PrepareBatch(ctx, w.rules, b), ReplayOptions{Trace: true})
	if err != nil {
		t.Fatal(err)
	}
	if got != want.Root {
		t.Fatalf("root %x, traced replay %x", got, want.Root)
	}
	if st.prefetched < 250 {
		t.Fatalf("%d accounts read ahead, want every distinct one (≥ 250)", st.prefetched)
	}
	t.Logf("%d accounts read ahead", st.prefetched)
}
