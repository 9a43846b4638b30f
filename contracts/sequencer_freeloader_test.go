package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/etherscale/etherscale/bisection"
	"github.com/etherscale/etherscale/bisection/agent"
	"github.com/etherscale/etherscale/bisection/trace"
	"github.com/etherscale/etherscale/contracts"
	"github.com/etherscale/etherscale/replay"
)

// The freeloader question on the real stack (docs/PROTOCOL.md §7.13): one
// game per header is allowed and its opener must attack the root, so a
// colluder of a wrong header's signers can open that game first with a
// wrong attack. Before the honest solver countered freeloaders, that claim
// stayed uncountered, outranked the honest attack at the same position
// (ties go to the earliest), and so the colluder was the root's payee: it
// received the slash reward, half of the signers' stake back to the
// cheaters' side. These tests play such games with the honest agent and
// check, to the wei, that the honest watcher is paid the reward and every
// colluder claim's bond.

// stackSource is the agent's TraceSource over the stack's posted batches:
// the honest party's own replay, from genesis (the stack's games all anchor
// there).
type stackSource struct{ e *stackEnv }

func (s stackSource) Provider(ctx context.Context, anchor uint64, anchorRoot common.Hash, batch uint64) (*trace.ReplayProvider, error) {
	if anchor != 0 || anchorRoot != s.e.genesis || batch > uint64(len(s.e.batches)) || batch == 0 {
		return nil, fmt.Errorf("no trace for batches %d … %d from %x", anchor+1, batch, anchorRoot)
	}
	store := replay.NewMemoryStore()
	if _, err := replay.NewGenesisState(ctx, stackGenesis(), store); err != nil {
		return nil, err
	}
	var in []trace.BatchInput
	for _, b := range s.e.batches[:batch] {
		in = append(in, trace.BatchInput{Entries: b.Entries, Txs: b.Txs, Void: b.Void})
	}
	return trace.NewReplayProvider(ctx, s.e.rules, store, s.e.genesis, in)
}

func (s stackSource) Header(n uint64) (*contracts.BatchHeader, error) {
	if n == 0 || n > uint64(len(s.e.headers)) {
		return nil, fmt.Errorf("no batch %d", n)
	}
	return s.e.headers[n-1], nil
}

func (s stackSource) Signers(n uint64) ([]common.Address, error) {
	if n == 0 || n > uint64(len(s.e.posted)) {
		return nil, fmt.Errorf("no batch %d", n)
	}
	return s.e.posted[n-1].Signers, nil
}

// Roles of the freeloader games: key 1 colludes with the signers, key 2 is
// the honest watcher, key 3 is another friend of the signers.
const (
	fColluder = 1
	fHonest   = 2
	fFriend   = 3
)

// wrongHeader posts batch 1 (true, steps 0–2) and batch 2 (three transfers,
// steps 3–5) with a wrong stateRoot, signed by sequencers 4, 6, 7, and waits
// for its DA window: a game on it has T = 6, D = 3.
func (e *stackEnv) wrongHeader() *contracts.BatchHeader {
	e.batch1()
	var txs [][]byte
	for n := uint64(2); n < 5; n++ {
		txs = append(txs, l2Transfer(e.t, l2Key(0), n, sCarol, big.NewInt(int64(n))))
	}
	h := e.post(&replay.Batch{Txs: txs}, bisection.H(0xbad), nil, 4, 6, 7)
	e.final()
	return h
}

// freeloaderGame is one sequencer game on a wrong header: open runs the
// colluder's opening (it must create the game), between runs the cheaters'
// moves after each honest tick (tick number k, from 0), and the honest agent
// plays to the end: it counters, resolves, slashes the signers and claims
// its credit. The result is checked by checkFreeloaderGame.
type freeloaderGame struct {
	e       *stackEnv
	game    *contracts.DisputeGame
	signers []common.Address
	stakes  map[common.Address]*big.Int // before the slash
	credit  *big.Int                    // game credit the honest agent claimed
	ticks   int
}

func playFreeloaderGame(t *testing.T, open func(e *stackEnv, h *contracts.BatchHeader) *contracts.DisputeGame, between func(e *stackEnv, g *contracts.DisputeGame, k int)) *freeloaderGame {
	e := newStackEnv(t)
	ctx := e.ctx
	h := e.wrongHeader()
	fg := &freeloaderGame{e: e, signers: e.posted[1].Signers, stakes: map[common.Address]*big.Int{}, credit: new(big.Int)}
	for _, s := range fg.signers {
		st, err := e.set.StakeOf(ctx, s)
		must(t, err)
		fg.stakes[s] = st
	}
	fg.game = open(e, h)
	info, err := fg.game.Info(ctx)
	must(t, err)
	if !info.Sequencer || info.TraceLength != 6 || info.MaxDepth != 3 {
		t.Fatalf("game %+v", info)
	}
	a := agent.New(e.as(fHonest).Game(fg.game.ID()), e.env.Client, e.addr(fHonest), nil)
	src := stackSource{e}
	for k := 0; ; k++ {
		if k > 60 {
			t.Fatal("game not over after 60 ticks")
		}
		rep, err := a.Tick(ctx, src)
		must(t, err)
		if len(rep.Skipped) != 0 {
			t.Fatalf("tick %d skipped counters: %v", k, rep.Skipped)
		}
		if rep.RootCorrect {
			t.Fatal("the agent takes the wrong header's root for correct")
		}
		if rep.Credit != nil {
			fg.credit.Add(fg.credit, rep.Credit)
		}
		fg.ticks = k + 1
		if rep.Done() {
			break
		}
		if between != nil {
			between(e, fg.game, k)
		}
		// Half a window per tick: every claim is answered inside its
		// window, and the game runs out in a few ticks.
		e.at(e.now() + e.params.ClaimTimeout/2)
	}
	return fg
}

// check asserts the outcome: CHALLENGER_WINS, the signers slashed in full,
// the slash reward credited to the honest watcher to the wei (and withdrawn
// by it), nothing to the colluders; the honest party lost no bond and won
// the bond of every claim by the colluders; the game's credits add up.
func (fg *freeloaderGame) check(t *testing.T, losers ...int) {
	e, ctx, g := fg.e, fg.e.ctx, fg.game
	honest := e.addr(fHonest)
	if st, _ := g.Status(ctx); st != contracts.GameChallengerWins {
		t.Fatalf("status %v", st)
	}
	if rc, err := g.SlashRecipient(ctx); err != nil || rc != honest {
		t.Fatalf("slash recipient %v (%v), want the honest watcher %v", rc, err, honest)
	}
	want := new(big.Int)
	for _, s := range fg.signers {
		if st, _ := e.set.StakeOf(ctx, s); st.Sign() != 0 {
			t.Fatalf("signer %v keeps %v", s, st)
		}
		want.Add(want, new(big.Int).Div(new(big.Int).Mul(fg.stakes[s], big.NewInt(bRewardPercent)), big.NewInt(100)))
	}
	if want.Sign() == 0 {
		t.Fatal("no stake to slash")
	}
	if got, _ := e.set.Credit(ctx, honest); got.Cmp(want) != 0 {
		t.Fatalf("honest slash reward %v, want %v", got, want)
	}
	for _, k := range []int{fColluder, fFriend} {
		if got, _ := e.set.Credit(ctx, e.addr(k)); got.Sign() != 0 {
			t.Fatalf("key %d (a cheater) has a slash reward of %v", k, got)
		}
	}
	// The reward is real ETH: the honest watcher withdraws exactly it.
	before := e.balance(honest)
	r, err := contracts.NewSequencerSet(e.set.Address(), e.env.Client, e.senders[fHonest]).ClaimCredit(ctx)
	must(t, err)
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(e.balance(honest), fee), before); got.Cmp(want) != 0 {
		t.Fatalf("withdrawn %v, want %v", got, want)
	}

	claims, err := g.Claims(ctx)
	must(t, err)
	owed := new(big.Int)
	lost := map[int]bool{}
	for _, k := range losers {
		lost[k] = false
	}
	for _, c := range claims {
		switch {
		case c.Claimant == honest && c.Payee != honest:
			t.Fatalf("honest claim %d lost its bond to %v", c.Index, c.Payee)
		case c.Claimant == e.addr(fColluder) || c.Claimant == e.addr(fFriend):
			if c.Payee != honest {
				t.Fatalf("cheater claim %d (by %v) paid to %v, not the honest watcher", c.Index, c.Claimant, c.Payee)
			}
			for k := range lost {
				if c.Claimant == e.addr(k) {
					lost[k] = true
				}
			}
		}
		if !c.Resolved || (c.Bond.Sign() > 0 && !c.Paid && c.Payee == honest) {
			t.Fatalf("claim %+v unresolved or unclaimed", c)
		}
		if c.Payee == honest {
			owed.Add(owed, c.Bond)
		}
	}
	for k, ok := range lost {
		if !ok {
			t.Fatalf("key %d made no claim", k)
		}
	}
	if fg.credit.Cmp(owed) != 0 {
		t.Fatalf("honest agent claimed %v, owed %v", fg.credit, owed)
	}
	for _, k := range []int{fColluder, fFriend} {
		if c, _ := g.Credit(ctx, e.addr(k)); c.Sign() != 0 {
			t.Fatalf("key %d is owed %v", k, c)
		}
	}
}

// TestSequencerFreeloaderWrongOpening: the colluder opens the header's one
// game with a wrong attack at depth 1 and abandons it. The honest agent
// attacks the root with the true value and counters the colluder's claim,
// so its own attack is the root's leftmost uncountered child: the reward
// and the colluder's bond go to the honest watcher.
func TestSequencerFreeloaderWrongOpening(t *testing.T) {
	fg := playFreeloaderGame(t, func(e *stackEnv, h *contracts.BatchHeader) *contracts.DisputeGame {
		g, _, err := e.as(fColluder).CreateSequencerGame(e.ctx, h, bisection.H(0xc011), e.params.BondAt(1))
		must(t, err)
		return g
	}, nil)
	fg.check(t, fColluder)
}

// TestSequencerFreeloaderPlausibleOpening: the colluder opens with a value
// that looks right (the true state one step early, S(2) at trace index 3)
// and then defends it against the honest attack, at the game depth, before
// giving up. The honest agent still wins that subgame by a step and is the
// payee of everything.
func TestSequencerFreeloaderPlausibleOpening(t *testing.T) {
	fg := playFreeloaderGame(t, func(e *stackEnv, h *contracts.BatchHeader) *contracts.DisputeGame {
		if e.S(2) == e.S(3) {
			t.Fatal("S(2) = S(3): the opening would be correct")
		}
		g, _, err := e.as(fColluder).CreateSequencerGame(e.ctx, h, e.S(2), e.params.BondAt(1))
		must(t, err)
		return g
	}, func(e *stackEnv, g *contracts.DisputeGame, k int) {
		if k != 0 {
			return
		}
		// The honest agent attacked claim 1 (position 2, t 3) at position
		// 4 (t 1) with S(1); the colluder fights for its claim by
		// attacking that counter with a wrong S(0) (position 8, t 0, at
		// the game depth).
		claims, err := g.Claims(e.ctx)
		must(t, err)
		for _, c := range claims {
			if c.ParentIndex == 1 && c.Position == 4 {
				_, _, err := e.as(fColluder).Game(g.ID()).Attack(e.ctx, c.Value, c.Index, bisection.H(0xc012), e.params.BondAt(3))
				must(t, err)
				return
			}
		}
		t.Fatal("no honest counter of the colluder's opening")
	})
	fg.check(t, fColluder)
}

// TestSequencerFreeloaderDeepDefence: the colluder's wrong opening, then a
// friend of the signers attacks the honest attack with the true S(1) (a
// correct value, but a wrong claim: the honest attack is right), and the
// colluder, before the honest watcher can, posts a wrong defence of that
// attack at the game depth — where the honest defence goes, so it would be
// the friend's claim's leftmost uncountered child. The honest agent posts
// its defence and steps the colluder's.
func TestSequencerFreeloaderDeepDefence(t *testing.T) {
	fg := playFreeloaderGame(t, func(e *stackEnv, h *contracts.BatchHeader) *contracts.DisputeGame {
		g, _, err := e.as(fColluder).CreateSequencerGame(e.ctx, h, bisection.H(0xc011), e.params.BondAt(1))
		must(t, err)
		return g
	}, func(e *stackEnv, g *contracts.DisputeGame, k int) {
		if k != 0 {
			return
		}
		claims, err := g.Claims(e.ctx)
		must(t, err)
		var honestAttack *contracts.GameClaim
		for i := range claims {
			if c := &claims[i]; c.ParentIndex == 0 && c.Claimant == e.addr(fHonest) {
				honestAttack = c
			}
		}
		if honestAttack == nil || honestAttack.Value != e.S(3) {
			t.Fatalf("no honest attack on the root: %+v", claims)
		}
		friend, _, err := e.as(fFriend).Game(g.ID()).Attack(e.ctx, e.S(3), honestAttack.Index, e.S(1), e.params.BondAt(2)) // position 4, t 1
		must(t, err)
		_, _, err = e.as(fColluder).Game(g.ID()).Defend(e.ctx, e.S(1), friend, bisection.H(0xc013), e.params.BondAt(3)) // position 10, t 2
		must(t, err)
	})
	fg.check(t, fColluder, fFriend)
}

// TestSequencerFreeloaderFrontRun pins the limit that no solver can close
// (docs/PROTOCOL.md §7.13): a colluder that opens with the TRUE attack has
// posted the honest response itself. The duplicate rule forbids a second
// copy, so the honest agent adopts it (and would defend it); the colluder is
// the root's payee and receives the reward. The cartel still loses the
// burnt share (100 − slashRewardPercent) of the signers' stake, and the
// honest watcher loses nothing.
func TestSequencerFreeloaderFrontRun(t *testing.T) {
	fg := playFreeloaderGame(t, func(e *stackEnv, h *contracts.BatchHeader) *contracts.DisputeGame {
		g, _, err := e.as(fColluder).CreateSequencerGame(e.ctx, h, e.S(3), e.params.BondAt(1))
		must(t, err)
		return g
	}, nil)
	e, ctx := fg.e, fg.e.ctx
	if rc, _ := fg.game.SlashRecipient(ctx); rc != e.addr(fColluder) {
		t.Fatalf("slash recipient %v, want the front-running colluder", rc)
	}
	claims, err := fg.game.Claims(ctx)
	must(t, err)
	if len(claims) != 2 {
		t.Fatalf("the honest agent posted a claim next to the true opening: %+v", claims)
	}
	if fg.credit.Sign() != 0 {
		t.Fatalf("honest credit %v", fg.credit)
	}
	burned, err := e.set.TotalBurned(ctx)
	must(t, err)
	reward, err := e.set.Credit(ctx, e.addr(fColluder))
	must(t, err)
	if new(big.Int).Add(burned, reward).Cmp(new(big.Int).Mul(bMinBond, big.NewInt(3))) != 0 || burned.Cmp(reward) != 0 {
		t.Fatalf("burned %v, colluder reward %v", burned, reward)
	}
}
