package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/contracts"
)

// TestGameRandomVsModel plays seeded bisection.RandomScript games on the
// contract and on the Go model, action by action at the contract's block
// times, and requires the same outcome everywhere: success or the same custom
// error name, the same claim tree, the same resolution and credits, and bonds
// conserved to the wei. Steps go through the test verifier, which returns
// the script's verifier result; the step's batch lookup and element
// authentication still run (every game's trace is one batch of
// transactions). GAME_SCRIPTS=n runs more games.
func TestGameRandomVsModel(t *testing.T) {
	n := 24
	if s := os.Getenv("GAME_SCRIPTS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	e := newGameEnv(t, gameEnvOpts{})
	actors := []common.Address{e.addr(1), e.addr(2), e.addr(3), e.addr(4)}
	clients := map[common.Address]*contracts.DisputeGameFactory{}
	for i, a := range actors {
		clients[a] = e.asFixed(i + 1)
	}
	// Keys 5…7 are sequencers (1 ETH each): the signers of every sequencer
	// script's batch, slashed when its root loses.
	for i := 5; i < gKeys; i++ {
		_, err := contracts.NewSequencerSet(e.set.Address(), e.env.Client, e.senders[i]).Register(e.ctx, ether(1), []byte{byte(i)}, "http://seq")
		must(t, err)
	}
	acct := &bondAccount{posted: new(big.Int), paid: new(big.Int), slashed: new(big.Int), rewarded: new(big.Int)}
	for k := 0; k < n; k++ {
		rng := rand.New(rand.NewPCG(uint64(k), 0x9a3e))
		sc, err := bisection.RandomScript(rng, bisection.ScriptOptions{Params: e.params, Actors: actors, Sequencer: k%4 == 3})
		must(t, err)
		playScript(t, e, k, sc, clients, acct)
	}
	// Across all games: what the factory paid out is what was posted, to the
	// wei, and every slashed wei went to a reward credit or was burned.
	burned, err := e.set.TotalBurned(e.ctx)
	must(t, err)
	if acct.paid.Cmp(acct.posted) != 0 || new(big.Int).Add(acct.rewarded, burned).Cmp(acct.slashed) != 0 {
		t.Fatalf("bonds posted %v, credits paid %v; slashed %v = rewards %v + burned %v?", acct.posted, acct.paid, acct.slashed, acct.rewarded, burned)
	}
	t.Logf("%d games: bonds posted = credits paid = %v wei; slashed %v = rewards %v + burned %v (%d slashings)",
		n, acct.paid, acct.slashed, acct.rewarded, burned, acct.slashings)
}

// bondAccount sums, over every game of a comparison, the bonds posted and
// the credits paid by the factory, and the stake slashed and rewarded in
// SequencerSet.
type bondAccount struct {
	posted, paid, slashed, rewarded *big.Int
	slashings                       int
}

// gSigners are the signers of every sequencer script's batch.
func (e *gameEnv) gSigners() []common.Address {
	s := []common.Address{e.addr(5), e.addr(6), e.addr(7)}
	sort.Slice(s, func(i, j int) bool { return s[i].Cmp(s[j]) < 0 })
	return s
}

func playScript(t *testing.T, e *gameEnv, k int, sc *bisection.Script, clients map[common.Address]*contracts.DisputeGameFactory, acct *bondAccount) {
	s := sc.Setup
	b := uint64(2 + 2*k) // a fresh batch per script: no GameAlreadyExists
	h := e.txBatch(b, 0, s.TraceLength, s.RootClaim)
	e.setBatch(b, h.Hash(), contracts.SignersHash(e.gSigners()), s.TraceLength, 0, false)
	before := e.balance(e.factory.Address())

	var game *contracts.DisputeGame
	var err error
	if s.SequencerClaim {
		game, _, err = clients[s.Opener].CreateSequencerGame(e.ctx, h, s.OpenerClaim, s.OpenerBond)
		s.Claimant = e.set.Address() // the contract's root claimant
	} else {
		game, _, err = clients[s.Claimant].Create(e.ctx, b, s.RootClaim, s.Bond)
	}
	must(t, err)
	info, err := game.Info(e.ctx)
	must(t, err)
	s.AnchorBatch, s.AnchorRoot, s.Batch, s.Time = 0, gGenesisRoot, b, info.CreatedAt
	model, err := bisection.NewGame(e.params, s)
	must(t, err)
	if info.TraceLength != model.TraceLength || info.MaxDepth != model.MaxDepth {
		t.Fatalf("script %d: T %d D %d, model T %d D %d", k, info.TraceLength, info.MaxDepth, model.TraceLength, model.MaxDepth)
	}

	paid := new(big.Int)
	rejected := 0
	for i, a := range sc.Actions {
		e.at(info.CreatedAt + (a.Time - sc.Setup.Time))
		f := clients[a.Actor]
		g := f.Game(game.ID())
		var cerr error
		var blockNum *big.Int
		switch a.Kind {
		case bisection.ActionMove:
			_, r, err := g.Move(e.ctx, a.Disputed, a.Claim, a.Value, a.Attack, a.Bond)
			cerr, blockNum = err, r.BlockNumber
		case bisection.ActionStep:
			_, r, err := g.Step(e.ctx, a.Claim, a.Attack, contracts.StepProof{Header: h, Kind: contracts.StepKindBatchTx, Payload: []byte{1}, Witness: a.VerifierPost[:]})
			cerr, blockNum = err, r.BlockNumber
		case bisection.ActionResolve:
			_, r, err := g.ResolveClaim(e.ctx, a.Claim, a.MaxChildren)
			cerr, blockNum = err, r.BlockNumber
		case bisection.ActionClaimCredit:
			var amt *big.Int
			var r *types.Receipt
			if a.Claims != nil {
				amt, r, err = g.ClaimCreditOf(e.ctx, a.Actor, a.Claims)
			} else {
				amt, r, err = g.ClaimCredit(e.ctx, a.Actor) // the client finds the claims, as the CLI does
			}
			cerr, blockNum = err, r.BlockNumber
			if err == nil {
				paid.Add(paid, amt)
			}
		}
		hdr, err := e.env.Client.HeaderByNumber(e.ctx, blockNum)
		must(t, err)
		a.Time = hdr.Time
		merr := model.Apply(a)
		want, got := bisection.SolidityError(merr), revertName(t, cerr)
		if merr != nil && want == "" {
			t.Fatalf("script %d action %d (%v): model error without Solidity name: %v", k, i, a.Kind, merr)
		}
		if merr != nil {
			rejected++
		}
		if want != got {
			t.Fatalf("script %d action %d (%v on %d at +%d): model %q (%v), contract %q (%v)", k, i, a.Kind, a.Claim, a.Time-info.CreatedAt, want, merr, got, cerr)
		}
	}
	compareGame(t, e, k, game, model)
	t.Logf("script %d: sequencer %v, T %d, %d claims, %d actions (%d rejected), %v", k, s.SequencerClaim, model.TraceLength, len(model.Claims), len(sc.Actions), rejected, model.Status)
	// Every bond was paid out, exactly: the factory's balance is back.
	if after := e.balance(e.factory.Address()); after.Cmp(before) != 0 {
		t.Fatalf("script %d: factory balance %v, before %v", k, after, before)
	}
	if model.Status != bisection.StatusInProgress && paid.Cmp(model.TotalBonds()) != 0 {
		t.Fatalf("script %d: credits paid %v, bonds posted %v", k, paid, model.TotalBonds())
	}
	if model.Status != bisection.StatusInProgress { // a running game still holds its bonds
		acct.posted.Add(acct.posted, model.TotalBonds())
		acct.paid.Add(acct.paid, paid)
	}
	// A lost sequencer claim: slash its signers once; the reward goes to the
	// model's slash recipient.
	if model.SlashSigners {
		f := clients[sc.Setup.Opener]
		if f == nil {
			f = e.asFixed(1)
		}
		before, err := e.set.Credit(e.ctx, model.SlashRecipient)
		must(t, err)
		ev, _, err := f.Game(game.ID()).SlashSigners(e.ctx, e.gSigners())
		must(t, err)
		_, _, err = f.Game(game.ID()).SlashSigners(e.ctx, e.gSigners())
		wantGameRevert(t, err, "AlreadySlashed")
		after, err := e.set.Credit(e.ctx, model.SlashRecipient)
		must(t, err)
		if ev.Recipient != model.SlashRecipient {
			t.Fatalf("script %d: slashed for %v, model %v", k, ev.Recipient, model.SlashRecipient)
		}
		acct.slashed.Add(acct.slashed, ev.Slashed)
		acct.rewarded.Add(acct.rewarded, after.Sub(after, before))
		acct.slashings++
	}
}

// compareGame checks the contract's game against the model's.
func compareGame(t *testing.T, e *gameEnv, k int, game *contracts.DisputeGame, model *bisection.Game) {
	t.Helper()
	info, err := game.Info(e.ctx)
	must(t, err)
	if uint8(info.Status) != uint8(model.Status) || info.ResolvedAt != model.ResolvedAt {
		t.Fatalf("script %d: status %v at %d, model %v at %d", k, info.Status, info.ResolvedAt, model.Status, model.ResolvedAt)
	}
	claims, err := game.Claims(e.ctx)
	must(t, err)
	if len(claims) != len(model.Claims) {
		t.Fatalf("script %d: %d claims, model %d", k, len(claims), len(model.Claims))
	}
	for i, c := range claims {
		m := &model.Claims[i]
		if c.ParentIndex != m.ParentIndex || c.Position != uint64(m.Position) || c.Value != m.Value || c.Claimant != m.Claimant ||
			c.Bond.Cmp(m.Bond) != 0 || c.CreatedAt != m.CreatedAt || c.CounteredBy != m.CounteredBy ||
			int(c.ChildCount) != len(m.Children) || c.Resolved != m.Resolved || c.Countered != m.Countered ||
			c.Payee != m.Payee || c.Paid != m.Paid {
			t.Fatalf("script %d claim %d:\ncontract %+v\nmodel    %+v", k, i, c, *m)
		}
		kids, err := game.Children(e.ctx, uint32(i))
		must(t, err)
		for j := range kids {
			if kids[j] != m.Children[j] {
				t.Fatalf("script %d claim %d: children %v, model %v", k, i, kids, m.Children)
			}
		}
	}
	got, err := game.Credits(e.ctx)
	must(t, err)
	want := model.Credits()
	if len(got) != len(want) {
		t.Fatalf("script %d: credits %v, model %v", k, got, want)
	}
	for a, v := range want {
		if got[a] == nil || got[a].Cmp(v) != 0 {
			t.Fatalf("script %d: credit of %v %v, model %v", k, a, got[a], v)
		}
	}
	if model.SlashSigners {
		r, err := game.SlashRecipient(e.ctx)
		must(t, err)
		if r != model.SlashRecipient {
			t.Fatalf("script %d: slash recipient %v, model %v", k, r, model.SlashRecipient)
		}
	}
}
