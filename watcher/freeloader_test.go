package watcher_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/internal/dawire/dawiretest"
	"github.com/etherscale/etherscale/replay"
	"github.com/etherscale/etherscale/watcher"
)

// TestWatcherPaidDespiteColludingOpener: the sequencer posts a batch with a
// wrong stateRoot, and a colluder opens the header's one sequencer game
// first, with a wrong attack, before the watcher can. The watcher plays the
// game to the end on its own (it attacks the root with the true value and
// counters the colluder's claim, docs/PROTOCOL.md §7.11 "freeloaders"), so
// its attack is the root's leftmost uncountered child: it, not the colluder,
// receives the slash reward, to the wei, and the colluder's bond.
func TestWatcherPaidDespiteColludingOpener(t *testing.T) {
	ctx := context.Background()
	e := dawiretest.New(t, extraKeys)
	n := int(e.Cfg.DA.N)
	watcherKey, colluderKey := dawiretest.KeyFirstMember+n, dawiretest.KeyFirstMember+n+1
	self := crypto.PubkeyToAddress(e.Sim.Keys[watcherKey].PublicKey)
	colluder := crypto.PubkeyToAddress(e.Sim.Keys[colluderKey].PublicKey)

	txs := [][]byte{e.Transfer(t, 0), e.Transfer(t, 1), e.Transfer(t, 2)}
	pb, _ := e.PostCertificateBatch(t, txs, bisection.H(0xbad))
	e.Sim.AdjustTime(t, (dawiretest.ChallengeWindow+1)*time.Second)

	set := contracts.NewSequencerSet(e.Dep.Contracts.SequencerSet, e.Sim.Client, nil)
	seq := crypto.PubkeyToAddress(e.Sim.Keys[dawiretest.KeySequencer].PublicKey)
	stake, err := set.StakeOf(ctx, seq)
	if err != nil || stake.Sign() == 0 {
		t.Fatalf("sequencer stake %v: %v", stake, err)
	}
	pct, err := set.SlashRewardPercent(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantReward := new(big.Int).Div(new(big.Int).Mul(stake, big.NewInt(int64(pct))), big.NewInt(100))

	// The colluder is first: the game exists before the watcher's pass.
	factory := contracts.NewDisputeGameFactory(e.Dep.Contracts.DisputeGameFactory, e.Sim.Client, e.Sender(t, colluderKey))
	bond, err := factory.BondAt(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	game, _, err := factory.CreateSequencerGame(ctx, &pb.Header, bisection.H(0xc011), bond)
	if err != nil {
		t.Fatal(err)
	}
	params, err := factory.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}

	cfg := watcher.DefaultConfig()
	cfg.DataDir = t.TempDir()
	w, err := watcher.New(cfg, watcher.Deps{
		L1: e.Sim.Client, Tx: e.Sender(t, watcherKey), Factory: e.Dep.Contracts.DisputeGameFactory, Inbox: e.Dep.Contracts.Inbox,
		BatchInbox: e.Dep.Contracts.BatchInbox, Genesis: &e.Cfg.Genesis, DeployBlock: e.Dep.DeployBlock,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	dcfg := watcher.DefaultDAConfig()
	dcfg.Retriever = dawiretest.RetrieverConfig()
	if err := w.EnableDA(dcfg); err != nil {
		t.Fatal(err)
	}
	if got := e.ReplayRoot(t, &replay.Batch{Txs: txs}); common.Hash(got) == bisection.H(0xbad) {
		t.Fatal("the posted root is the true one")
	}

	for i := 0; ; i++ {
		if i > 40 {
			t.Fatal("game not over after 40 passes")
		}
		if err := pass(t, e, w); err != nil {
			t.Fatalf("pass %d: %v", i, err)
		}
		info, err := game.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		owed, err := game.Credit(ctx, self)
		if err != nil {
			t.Fatal(err)
		}
		if info.Status != contracts.GameInProgress && info.SignersSlashed && owed.Sign() == 0 {
			break
		}
		e.Sim.AdjustTime(t, time.Duration(params.ClaimTimeout/2+1)*time.Second)
	}
	if st, _ := game.Status(ctx); st != contracts.GameChallengerWins {
		t.Fatalf("status %v", st)
	}
	if rc, _ := game.SlashRecipient(ctx); rc != self {
		t.Fatalf("slash reward to %v, want the watcher %v (colluder %v)", rc, self, colluder)
	}
	// The reward is credited to the watcher, to the wei, and withdrawn by
	// its next pass (claimCredits), not left in SequencerSet.
	slashes, err := set.Slashes(ctx, e.Dep.DeployBlock, nil)
	if err != nil || len(slashes) != 1 || slashes[0].Prover != self || slashes[0].Reward.Cmp(wantReward) != 0 {
		t.Fatalf("slashes %+v, %v: want one, rewarding the watcher %v", slashes, err, wantReward)
	}
	if err := pass(t, e, w); err != nil {
		t.Fatal(err)
	}
	if got, _ := set.Credit(ctx, self); got.Sign() != 0 {
		t.Fatalf("watcher's slash reward %v left in SequencerSet", got)
	}
	if got, _ := set.Credit(ctx, colluder); got.Sign() != 0 {
		t.Fatalf("colluder's slash reward %v", got)
	}
	claims, err := game.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims {
		if c.Claimant == colluder && c.Payee != self {
			t.Fatalf("colluder's claim %d paid to %v", c.Index, c.Payee)
		}
		if c.Claimant == self && c.Payee != self {
			t.Fatalf("watcher's claim %d lost to %v", c.Index, c.Payee)
		}
	}
	if c, _ := game.Credit(ctx, colluder); c.Sign() != 0 {
		t.Fatalf("colluder owed %v", c)
	}
}
