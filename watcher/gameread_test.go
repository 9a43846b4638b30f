package watcher

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
)

// TestGameCacheRereadsChangedGames: a pass reads a game once and then
// serves it from the cache while nothing changes; a new claim, and a
// resolution by someone else that changes neither the claim count nor the
// game's status (only a ClaimResolved event says so), make the next pass
// read it again, so no plan is made on a stale tree.
func TestGameCacheRereadsChangedGames(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, 2)
	n := int(e.Cfg.DA.N)
	liarKey, otherKey := dawiretest.KeyFirstMember+n, dawiretest.KeyFirstMember+n+1
	if _, err := e.PostCalldataAs(ctx, e.BI, e.Sim.Keys[dawiretest.KeySequencer], [][]byte{e.Transfer(t, 0)}, bisection.H(1), nil); err != nil {
		t.Fatal(err)
	}
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow+1)*time.Second)
	liar := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, e.Sender(t, liarKey))
	bond0, err := liar.BondAt(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := liar.Create(ctx, 1, bisection.H(0xbad), bond0); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	w, err := New(cfg, Deps{
		L1: e.Sim.Client, Tx: e.Sender(t, otherKey), Factory: e.Dep.Contracts.DisputeGameFactory, Inbox: e.Dep.Contracts.Inbox,
		BatchInbox: e.Dep.Contracts.BatchInbox, Genesis: &e.Cfg.Genesis, DeployBlock: e.Dep.DeployBlock,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	read := func(what string, wantReread int) *contracts.GameState {
		t.Helper()
		at, err := e.Sim.Client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		states, failed, stats, err := w.readGames(ctx, []uint64{0}, at)
		if err != nil || len(failed) != 0 {
			t.Fatalf("%s: %v %v", what, err, failed)
		}
		if stats.Reread != wantReread || stats.Cached != 1-wantReread {
			t.Fatalf("%s: %+v, want %d re-read", what, stats, wantReread)
		}
		return states[0]
	}
	read("first read", 1)
	read("nothing changed", 0)
	e.Sim.Commit() // a new block, still no change
	read("an empty block later", 0)

	other := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, e.Sender(t, otherKey))
	game := other.Game(big.NewInt(0))
	bond1, err := other.BondAt(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := game.Attack(ctx, bisection.H(0xbad), 0, bisection.H(2), bond1); err != nil {
		t.Fatal(err)
	}
	if st := read("after a new claim", 1); len(st.Claims) != 2 {
		t.Fatalf("%d claims", len(st.Claims))
	}
	read("nothing changed since", 0)

	params, err := other.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.Sim.AdjustTime(t, time.Duration(params.ClaimTimeout+1)*time.Second)
	if resolved, _, err := game.ResolveClaim(ctx, 1, 0); err != nil || !resolved {
		t.Fatalf("resolve claim 1: %v %v", resolved, err)
	}
	st := read("after someone else resolved a leaf", 1)
	if !st.Claims[1].Resolved || st.Info.ClaimCount != 2 || st.Info.Status != contracts.GameInProgress {
		t.Fatalf("state after the resolution: %+v, claim 1 %+v", st.Info, st.Claims[1])
	}
}
