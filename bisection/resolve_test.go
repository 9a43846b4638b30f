package bisection

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// credits flattens a game's credits for comparison.
func credits(g *Game) map[common.Address]int64 {
	out := map[common.Address]int64{}
	for a, v := range g.Credits() {
		out[a] = v.Int64()
	}
	return out
}

func checkConservation(t *testing.T, g *Game) {
	t.Helper()
	sum := new(big.Int)
	for _, v := range g.Credits() {
		sum.Add(sum, v)
	}
	if sum.Cmp(g.TotalBonds()) != 0 {
		t.Fatalf("credits %v, bonds %v", sum, g.TotalBonds())
	}
}

// TestResolveTrees resolves hand-built trees (TestParams bonds: 1000, 500,
// 200 wei by depth) and checks the outcome, every claim's result and every
// credit to the wei.
func TestResolveTrees(t *testing.T) {
	D, C := TestDefender, TestChallenger
	tests := []struct {
		name      string
		build     func() *TestGame
		status    Status
		countered []bool
		credits   map[common.Address]int64
	}{
		{
			"lonely root",
			func() *TestGame { return NewTestGame(8, H(1)) },
			StatusDefenderWins, []bool{false},
			map[common.Address]int64{D: 1000},
		},
		{
			"unanswered attack",
			func() *TestGame { return NewTestGame(8, H(1)).Attack(0, H(2)) },
			StatusChallengerWins, []bool{true, false},
			map[common.Address]int64{C: 1500},
		},
		{
			// The leaf at depth 3 stands, so each level up flips: 2 is
			// countered, 1 stands, the root falls.
			"countered deep down, leaf stands",
			func() *TestGame { return NewTestGame(8, H(1)).Attack(0, H(2)).Attack(1, H(3)).Attack(2, H(4)) },
			StatusChallengerWins, []bool{true, false, true, false},
			map[common.Address]int64{C: 1000 + 500 + 200 + 200},
		},
		{
			// The same tree with the leaf stepped by the defender: everything
			// flips back and the stepper takes the leaf's bond.
			"countered deep down, leaf stepped",
			func() *TestGame {
				return NewTestGame(8, H(1)).Attack(0, H(2)).Attack(1, H(3)).Attack(2, H(4)).
					By(alice).Step(3, true, H(5))
			},
			StatusDefenderWins, []bool{false, true, false, true},
			map[common.Address]int64{D: 1000 + 500 + 200, alice: 200},
		},
		{
			// Two attacks on the root, both standing: the root's bond goes to
			// the earlier one (same position, ties go to creation order).
			"uncountered siblings, same position",
			func() *TestGame {
				return NewTestGame(8, H(1)).By(alice).Attack(0, H(2)).Wait(5).By(bob).Attack(0, H(3))
			},
			StatusChallengerWins, []bool{true, false, false},
			map[common.Address]int64{alice: 500 + 1000, bob: 500},
		},
		{
			// Claim 1 gets a defence (position 6) before an attack (position
			// 4); both stand. The smaller position wins claim 1's bond.
			"leftmost is the smallest position, not the earliest",
			func() *TestGame {
				return NewTestGame(8, H(1)).Attack(0, H(2)).By(carol).Defend(1, H(3)).Wait(1).By(bob).Attack(1, H(4))
			},
			StatusDefenderWins, []bool{false, true, false, false},
			map[common.Address]int64{D: 1000, carol: 200, bob: 200 + 500},
		},
		{
			// Several children, only the last one standing: it takes the bond
			// although it is neither first nor leftmost among all children.
			"multiple children, one standing",
			func() *TestGame {
				return NewTestGame(8, H(1)).
					By(alice).Attack(0, H(2)). // 1
					By(bob).Attack(0, H(3)).   // 2
					By(carol).Attack(0, H(4)). // 3
					Attack(1, H(5)).           // 4 counters 1
					Attack(2, H(6))            // 5 counters 2
			},
			StatusChallengerWins, []bool{true, true, true, false, false, false},
			map[common.Address]int64{carol: 500 + 1000, D: 200 + 200 + 500 + 500},
		},
		{
			// A defend step against a challenger leaf whose post-state is
			// the root (other side) and equals the successor.
			"defend step to the root",
			func() *TestGame {
				return NewTestGame(2, H(1)).Attack(0, H(2)).By(alice).Step(1, false, H(1))
			},
			StatusDefenderWins, []bool{false, true},
			map[common.Address]int64{D: 1000, alice: 500},
		},
	}
	for _, tt := range tests {
		b := tt.build().Resolve()
		g, err := b.Game()
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if g.Status != tt.status {
			t.Errorf("%s: status %v, want %v", tt.name, g.Status, tt.status)
		}
		var got []bool
		for _, c := range g.Claims {
			if !c.Resolved {
				t.Errorf("%s: unresolved claim", tt.name)
			}
			got = append(got, c.Countered)
		}
		if !reflect.DeepEqual(got, tt.countered) {
			t.Errorf("%s: countered %v, want %v", tt.name, got, tt.countered)
		}
		if c := credits(g); !reflect.DeepEqual(c, tt.credits) {
			t.Errorf("%s: credits %v, want %v", tt.name, c, tt.credits)
		}
		checkConservation(t, g)
	}
}

func TestResolveRules(t *testing.T) {
	// Root with children 1 and 2; 1 has child 3.
	b := NewTestGame(8, H(1)).Attack(0, H(2)).Wait(10).Attack(0, H(3)).Wait(10).Attack(1, H(4))
	g := mustGame(t, b)
	timeout := g.Params.ClaimTimeout
	t0 := uint64(TestGameTime)
	tests := []struct {
		name string
		idx  uint32
		t    uint64
		err  error
	}{
		{"window open", 3, t0 + 20 + timeout - 1, ErrWindowOpen},
		{"no such claim", 4, t0 + 1000, ErrNoSuchClaim},
		{"children unresolved", 0, t0 + 1000, ErrChildUnresolved},
		{"ok leaf", 3, t0 + 20 + timeout, nil},
		{"clock backwards", 3, t0 + 19, ErrClockBackwards},
	}
	for _, tt := range tests {
		before := g.Clone()
		_, err := g.ResolveClaim(tt.idx, 0, tt.t)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.err)
		}
		if err != nil && !reflect.DeepEqual(before, g) {
			t.Errorf("%s: failure changed the game", tt.name)
		}
	}
	if _, err := g.ResolveClaim(3, 0, t0+1000); !errors.Is(err, ErrAlreadyResolved) {
		t.Errorf("twice: %v", err)
	}
	if _, err := g.ClaimCredit(TestChallenger, []uint32{0}, t0+1000); !errors.Is(err, ErrGameInProgress) {
		t.Errorf("credit in progress: %v", err)
	}
	if err := g.ResolveAll(0, t0+1000); err != nil {
		t.Fatal(err)
	}
	if _, err := g.ClaimCredit(carol, g.CreditClaims(carol), t0+1000); !errors.Is(err, ErrNoCredit) {
		t.Errorf("no credit: %v", err)
	}
	// Per claim: each listed claim must be owed to the recipient; one bad
	// entry pays nothing.
	def, chal := g.CreditClaims(TestDefender), g.CreditClaims(TestChallenger)
	if len(def) == 0 || len(chal) == 0 {
		t.Fatalf("owed: defender %v, challenger %v", def, chal)
	}
	before := g.Clone()
	for _, bad := range []struct {
		list []uint32
		err  error
	}{
		{[]uint32{def[0], chal[0]}, ErrNoCredit},                  // someone else's
		{[]uint32{def[0], def[0]}, ErrNoCredit},                   // listed twice
		{[]uint32{def[0], uint32(len(g.Claims))}, ErrNoSuchClaim}, // out of range
	} {
		if _, err := g.ClaimCredit(TestDefender, bad.list, t0+1001); !errors.Is(err, bad.err) {
			t.Errorf("claims %v: %v, want %v", bad.list, err, bad.err)
		}
	}
	if !reflect.DeepEqual(before, g) {
		t.Errorf("a rejected claimCredit changed the game")
	}
	total := new(big.Int)
	for _, who := range []common.Address{TestDefender, TestChallenger} {
		amt, err := g.ClaimCredit(who, g.CreditClaims(who), t0+1001)
		if err != nil {
			t.Fatal(err)
		}
		total.Add(total, amt)
		if _, err := g.ClaimCredit(who, g.CreditClaims(who), t0+1001); !errors.Is(err, ErrNoCredit) {
			t.Errorf("second claim: %v", err)
		}
	}
	for i := range g.Claims {
		if c := &g.Claims[i]; c.Bond.Sign() > 0 && !c.Paid {
			t.Errorf("claim %d unpaid", i)
		}
	}
	if total.Cmp(g.TotalBonds()) != 0 {
		t.Errorf("paid %v of %v", total, g.TotalBonds())
	}
}

// TestPagination resolves a claim with seven children in chunks of every
// size and checks the checkpoints and that the result never depends on the
// chunk size.
func TestPagination(t *testing.T) {
	build := func() *Game {
		// Root ← 1; 1 has children 2..8: defences (position 6) and attacks
		// (position 4) by different actors; 3 and 6 are countered.
		b := NewTestGame(16, H(1)).Attack(0, H(2))
		actors := []common.Address{alice, bob, carol, alice, bob, carol, alice}
		for i, a := range actors {
			if i%2 == 0 {
				b.By(a).Defend(1, H(uint64(10+i)))
			} else {
				b.By(a).Attack(1, H(uint64(10+i)))
			}
		}
		b.Attack(3, H(30)).Attack(6, H(31)) // 9, 10: counter 3 and 6
		return mustGame(t, b)
	}
	ref := build()
	end := ref.Clock + ref.Params.ClaimTimeout
	if err := ref.ResolveAll(0, end); err != nil {
		t.Fatal(err)
	}
	// Children of 1 in order: 2 D6 alice, 3 A4 bob (countered), 4 D6 carol,
	// 5 A4 alice, 6 D6 bob (countered), 7 A4 carol, 8 D6 alice. Leftmost
	// uncountered: position 4, earliest: claim 5 by alice.
	if !ref.Claims[1].Countered || ref.Claims[1].Checkpoint.LeftmostIndex != 5 || ref.Claims[1].Payee != alice || ref.Claims[1].Checkpoint.LeftmostPosition != 4 {
		t.Fatalf("reference: %+v", ref.Claims[1])
	}
	for chunk := uint32(1); chunk <= 8; chunk++ {
		g := build()
		for i := len(g.Claims) - 1; i >= 2; i-- {
			if _, err := g.ResolveClaim(uint32(i), chunk, end); err != nil {
				t.Fatal(err)
			}
		}
		calls := 0
		for !g.Claims[1].Resolved {
			done, err := g.ResolveClaim(1, chunk, end)
			if err != nil {
				t.Fatal(err)
			}
			calls++
			want := min(uint32(calls)*chunk, 7)
			if !done && g.Claims[1].Checkpoint.NextChild != want {
				t.Fatalf("chunk %d call %d: checkpoint %d, want %d", chunk, calls, g.Claims[1].Checkpoint.NextChild, want)
			}
		}
		if want := (7 + int(chunk) - 1) / int(chunk); calls != want {
			t.Errorf("chunk %d: %d calls, want %d", chunk, calls, want)
		}
		if _, err := g.ResolveClaim(0, chunk, end); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(credits(g), credits(ref)) || g.Status != ref.Status {
			t.Errorf("chunk %d: credits %v status %v, want %v %v", chunk, credits(g), g.Status, credits(ref), ref.Status)
		}
	}

	// A chunk holding an unresolved child fails without moving the
	// checkpoint; the chunks before it keep their progress.
	g := build()
	for _, i := range []uint32{10, 9, 2, 3} {
		if _, err := g.ResolveClaim(i, 0, end); err != nil {
			t.Fatal(err)
		}
	}
	if done, err := g.ResolveClaim(1, 2, end); done || err != nil {
		t.Fatalf("first chunk: %v %v", done, err)
	}
	before := g.Clone()
	if _, err := g.ResolveClaim(1, 2, end); !errors.Is(err, ErrChildUnresolved) {
		t.Fatalf("second chunk: %v", err)
	}
	if !reflect.DeepEqual(before, g) || g.Claims[1].Checkpoint.NextChild != 2 {
		t.Fatal("failed chunk changed the checkpoint")
	}
	// Zero children: resolves in one call whatever the chunk size.
	leaf := mustGame(t, NewTestGame(4, H(1)))
	if done, err := leaf.ResolveClaim(0, 1, leaf.Clock+leaf.Params.ClaimTimeout); !done || err != nil {
		t.Fatalf("leaf: %v %v", done, err)
	}
}

func TestSequencerGame(t *testing.T) {
	p := TestParams()
	set := common.HexToAddress("0x5e95e75e95e75e95e75e95e75e95e75e95e75e9")
	s := Setup{AnchorBatch: 1, AnchorRoot: H(1), Batch: 2, TraceLength: 4, RootClaim: H(50), Claimant: set, Time: 100,
		SequencerClaim: true, Opener: alice, OpenerClaim: H(51), OpenerBond: p.BondAt(1)}

	// Unanswered opener: the header's root falls, the signers are slashed
	// and the opener is the winning side.
	g := mustGame(t, NewTestGameFrom(p, s).Resolve())
	if g.Status != StatusChallengerWins || !g.SlashSigners || g.SlashRecipient != alice {
		t.Fatalf("status %v slash %v to %v", g.Status, g.SlashSigners, g.SlashRecipient)
	}
	if c := credits(g); !reflect.DeepEqual(c, map[common.Address]int64{alice: 500}) {
		t.Fatalf("credits %v", c)
	}
	checkConservation(t, g)

	// A signer defends the header by countering the opener: no slash; the
	// opener's bond goes to the defender.
	g = mustGame(t, NewTestGameFrom(p, s).By(bob).Attack(1, H(52)).Resolve())
	if g.Status != StatusDefenderWins || g.SlashSigners {
		t.Fatalf("status %v slash %v", g.Status, g.SlashSigners)
	}
	if c := credits(g); !reflect.DeepEqual(c, map[common.Address]int64{bob: 200 + 500}) {
		t.Fatalf("credits %v", c)
	}
	checkConservation(t, g)
}

func TestAnchorUpdate(t *testing.T) {
	b := NewTestGame(8, H(1)).Resolve()
	g := mustGame(t, b)
	at := g.ResolvedAt
	tests := []struct {
		name   string
		anchor uint64
		t      uint64
		err    error
	}{
		{"airgap not elapsed", 0, at + g.Params.AnchorAirgap - 1, ErrAirgap},
		{"ok", 0, at + g.Params.AnchorAirgap, nil},
		{"not newer", 1, at + g.Params.AnchorAirgap, ErrAnchorNotNewer},
		{"clock", 0, at - 1, ErrClockBackwards},
	}
	for _, tt := range tests {
		if err := g.CheckAnchorUpdate(tt.anchor, tt.t); !errors.Is(err, tt.err) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.err)
		}
	}
	lost := mustGame(t, NewTestGame(8, H(1)).Attack(0, H(2)).Resolve())
	if err := lost.CheckAnchorUpdate(0, lost.ResolvedAt+1000); !errors.Is(err, ErrNotDefenderWin) {
		t.Errorf("lost game: %v", err)
	}
	running := mustGame(t, NewTestGame(8, H(1)))
	if err := running.CheckAnchorUpdate(0, running.Clock+1000); !errors.Is(err, ErrNotDefenderWin) {
		t.Errorf("running game: %v", err)
	}
}
