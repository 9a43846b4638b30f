package bisection

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzPosition: the position functions are total (no panic for any g, D)
// and, where defined, consistent with each other.
func FuzzPosition(f *testing.F) {
	f.Add(uint64(1), uint8(3))
	f.Add(uint64(0), uint8(0))
	f.Add(uint64(6), uint8(3))
	f.Add(uint64(1)<<63-1, uint8(63))
	f.Add(uint64(1)<<63, uint8(63))
	f.Add(^uint64(0), uint8(63))
	f.Add(uint64(5), uint8(200))
	f.Fuzz(func(t *testing.T, raw uint64, D uint8) {
		g := Position(raw)
		d := g.Depth()
		if g.Valid() && (uint64(1)<<d > raw || (d < 63 && uint64(1)<<(d+1) <= raw)) {
			t.Fatalf("depth %d of %d", d, raw)
		}
		if g.Valid() {
			if back, err := NewPosition(d, g.IndexAtDepth()); err != nil || back != g {
				t.Fatalf("NewPosition(%d, %d) = %d, %v", d, g.IndexAtDepth(), back, err)
			}
		}
		ti, err := g.TraceIndex(D)
		if err != nil {
			if g.Valid() && D <= MaxGameDepthLimit && d <= D {
				t.Fatalf("TraceIndex(%d, %d): %v", g, D, err)
			}
			return
		}
		if ti > LastTraceIndex(D) {
			t.Fatalf("trace index %d beyond %d", ti, LastTraceIndex(D))
		}
		a, aerr := g.Attack(D)
		if (aerr == nil) != (d < D) {
			t.Fatalf("attack legality of %d at depth %d of %d: %v", g, d, D, aerr)
		}
		if aerr == nil {
			at, err := a.TraceIndex(D)
			if err != nil || at >= ti || a.Side() == g.Side() || a.Depth() != d+1 {
				t.Fatalf("attack %d -> %d: t %d -> %d, %v", g, a, ti, at, err)
			}
		}
		df, derr := g.Defend(D)
		if want := d < D && g != RootPosition && ti != LastTraceIndex(D); (derr == nil) != want {
			t.Fatalf("defend legality of %d in %d: %v", g, D, derr)
		}
		if derr == nil {
			dt, err := df.TraceIndex(D)
			if err != nil || dt <= ti || df.Depth() != d+1 || df != a+2 {
				t.Fatalf("defend %d -> %d: t %d -> %d, %v", g, df, ti, dt, err)
			}
		}
	})
}

// checkStructure verifies every invariant a game built by the rules keeps.
func checkStructure(g *Game, paid *big.Int) error {
	if len(g.Claims) == 0 || g.Claims[0].Position != RootPosition || g.Claims[0].ParentIndex != NoParent {
		return fmt.Errorf("bad root")
	}
	children := 0
	resolvedBonds := new(big.Int)
	for i := range g.Claims {
		c := &g.Claims[i]
		if i > 0 {
			p := c.ParentIndex
			if int(p) >= i {
				return fmt.Errorf("claim %d: parent %d", i, p)
			}
			pp := g.Claims[p].Position
			if c.Position != 2*pp && c.Position != 2*(pp+1) {
				return fmt.Errorf("claim %d at %d under %d", i, c.Position, pp)
			}
			if c.Position%2 != 0 {
				return fmt.Errorf("claim %d at odd position %d", i, c.Position)
			}
			if c.Bond.Cmp(g.Params.BondAt(c.Position.Depth())) != 0 {
				return fmt.Errorf("claim %d bond %v", i, c.Bond)
			}
		}
		if c.Position.Depth() > g.MaxDepth {
			return fmt.Errorf("claim %d too deep", i)
		}
		prev := uint32(i)
		for _, ch := range c.Children {
			if ch <= prev || int(ch) >= len(g.Claims) || g.Claims[ch].ParentIndex != uint32(i) {
				return fmt.Errorf("claim %d: child list %v", i, c.Children)
			}
			prev = ch
			if c.Resolved && !g.Claims[ch].Resolved {
				return fmt.Errorf("claim %d resolved before child %d", i, ch)
			}
		}
		children += len(c.Children)
		if c.CounteredBy != (common.Address{}) && c.Position.Depth() != g.MaxDepth {
			return fmt.Errorf("claim %d stepped above the game depth", i)
		}
		if c.Resolved {
			resolvedBonds.Add(resolvedBonds, c.Bond)
			if c.Checkpoint.NextChild != uint32(len(c.Children)) {
				return fmt.Errorf("claim %d resolved with checkpoint %d", i, c.Checkpoint.NextChild)
			}
			if c.Countered != (c.Checkpoint.LeftmostPosition != 0 || c.CounteredBy != (common.Address{})) {
				return fmt.Errorf("claim %d result", i)
			}
		}
		if c.Position.Depth() == g.MaxDepth {
			for _, attack := range []bool{true, false} {
				s, err := StepInputs(g, uint32(i), attack)
				if err != nil || !s.Pre.Exists || !s.Post.Exists {
					return fmt.Errorf("claim %d: %v step undefined: %+v %v", i, attack, s, err)
				}
			}
		}
	}
	if children != len(g.Claims)-1 {
		return fmt.Errorf("%d children listed for %d claims", children, len(g.Claims)-1)
	}
	if (g.Status != StatusInProgress) != g.Claims[0].Resolved {
		return fmt.Errorf("status %v, root resolved %v", g.Status, g.Claims[0].Resolved)
	}
	sum := new(big.Int).Set(paid)
	for _, v := range g.Credits() {
		if v.Sign() <= 0 {
			return fmt.Errorf("non-positive credit")
		}
		sum.Add(sum, v)
	}
	if sum.Cmp(resolvedBonds) != 0 {
		return fmt.Errorf("credits and payouts %v, bonds of resolved claims %v", sum, resolvedBonds)
	}
	return nil
}

// FuzzGame drives a game with arbitrary actions decoded from the input:
// no panics; a rejected action changes nothing; the structure, the step
// definitions and the accounting invariants hold after every action; and
// after the last one the game can always be resolved, paying out every bond.
func FuzzGame(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{10, 2, 8, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 3, 0, 2, 1, 0})
	f.Add([]byte{50, 3, 3, 1, 7, 0, 0, 0x20, 0, 0, 1, 0x21, 1, 0, 2, 0x01, 2, 1, 3, 0x10, 4, 200, 2, 0, 0, 3, 0})
	f.Add([]byte{1, 1, 0, 0, 0, 0, 0, 0, 4, 5, 2, 1, 2, 0, 3, 0})
	f.Add([]byte{99, 4, 16, 0, 0, 1, 0, 0, 0, 2, 1, 0x3, 0, 3, 0x7, 1, 4, 0x1, 1, 5, 0x0, 1, 6, 0x1, 0, 7, 1, 1, 7, 0, 4, 255, 2, 7, 1, 2, 6, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		in := &byteChooser{b: data}
		p := Params{
			ClaimTimeout: uint64(1 + in.IntN(64)),
			MaxGameDepth: uint8(1 + in.IntN(4)),
			BondsByDepth: []*big.Int{big.NewInt(7), big.NewInt(5), big.NewInt(3)},
		}
		s := Setup{AnchorBatch: 1, AnchorRoot: H(0xa), Batch: 2, RootClaim: H(1), Claimant: alice, Bond: p.BondAt(0), Time: 1000}
		s.TraceLength = uint64(in.IntN(1<<p.MaxGameDepth + 1))
		if in.IntN(4) == 3 {
			s.SequencerClaim, s.Bond, s.Opener, s.OpenerClaim, s.OpenerBond = true, nil, bob, H(2), p.BondAt(1)
		}
		g, err := NewGame(p, s)
		if err != nil {
			t.Fatal(err)
		}
		actors := []common.Address{alice, bob, carol, {}}
		values := []common.Hash{H(1), H(2), H(3), H(0xa)}
		now := s.Time
		paid := new(big.Int)
		for !in.exhausted() {
			kind := in.IntN(5)
			idx := uint32(in.IntN(len(g.Claims) + 1))
			flags := in.IntN(256)
			who := actors[flags>>6]
			var a Action
			switch kind {
			case 0:
				a = Action{Kind: ActionMove, Claim: idx, Attack: flags&1 == 0, Value: values[(flags>>1)&3]}
				if int(idx) < len(g.Claims) {
					a.Disputed = g.Claims[idx].Value
					a.Bond = p.BondAt(g.Claims[idx].Position.Depth() + 1)
				}
				if flags&8 != 0 {
					a.Disputed = values[(flags>>4)&3]
				}
			case 1:
				a = Action{Kind: ActionStep, Claim: idx, Attack: flags&1 == 0, VerifierPost: values[(flags>>1)&3]}
			case 2:
				a = Action{Kind: ActionResolve, Claim: idx, MaxChildren: uint32(flags & 3)}
			case 3:
				a = Action{Kind: ActionClaimCredit}
				if flags&4 != 0 { // one claim, often not owed to who
					a.Claims = []uint32{idx}
				}
			case 4:
				now += uint64(flags)
				continue
			}
			a.Time, a.Actor = now, who
			before := g.Clone()
			var err error
			if a.Kind == ActionClaimCredit {
				var amt *big.Int
				claims := a.Claims
				if claims == nil {
					claims = g.CreditClaims(a.Actor)
				}
				if amt, err = g.ClaimCredit(a.Actor, claims, a.Time); err == nil {
					paid.Add(paid, amt)
				}
			} else {
				err = g.Apply(a)
			}
			if err != nil && !reflect.DeepEqual(before, g) {
				t.Fatalf("rejected %v changed the game: %v", a.Kind, err)
			}
			if err := checkStructure(g, paid); err != nil {
				t.Fatalf("after %v: %v", a.Kind, err)
			}
		}
		for i := range g.Claims {
			now = max(now, g.Claims[i].CreatedAt+p.ClaimTimeout)
		}
		if err := g.ResolveAll(1, now); err != nil {
			t.Fatalf("final resolution: %v", err)
		}
		if err := checkStructure(g, paid); err != nil {
			t.Fatal(err)
		}
		if g.Status == StatusInProgress {
			t.Fatal("unresolved")
		}
	})
}

// FuzzHonest runs the honest-play property with every dishonest decision
// taken from the fuzz input.
func FuzzHonest(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 50, 3, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{1, 20, 5, 9, 1, 3, 0, 0, 1, 2, 0, 1, 1, 2, 2, 0, 3, 3, 0, 1, 2, 3})
	f.Add([]byte{3, 99, 6, 33, 2, 1, 1, 1, 0, 1, 2, 3, 4, 0, 0, 0, 5, 5, 5, 1, 1, 1, 2, 2, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		in := &byteChooser{b: data}
		if _, _, err := honestGame(in, 1000, func() bool { return !in.exhausted() }); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzMalformedGame corrupts a valid game's fields arbitrarily (positions,
// parent and child indices, depth, bonds, checkpoints, status) and calls
// every function on it: hand-built or corrupted games must yield errors,
// never panics or endless loops.
func FuzzMalformedGame(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3})
	f.Add([]byte{5, 0, 255, 7, 1, 9, 2, 200, 3, 3, 4, 4})
	f.Add([]byte{6, 2, 64, 7, 0, 0, 8, 1, 0, 9, 3, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := NewTestGame(8, H(1)).Attack(0, H(2)).Attack(1, H(3)).Defend(2, H(4)).Attack(2, H(5)).Attack(0, H(6)).Game()
		if err != nil {
			t.Fatal(err)
		}
		in := &byteChooser{b: data}
		for !in.exhausted() {
			i := in.IntN(len(g.Claims))
			v := in.IntN(256)
			c := &g.Claims[i]
			switch in.IntN(10) {
			case 0:
				c.Position = Position(v)
			case 1:
				c.ParentIndex = uint32(v) | uint32(in.IntN(2))*0xffffff00
			case 2:
				g.MaxDepth = uint8(v)
			case 3:
				c.Bond = nil
			case 4:
				c.Children = append(c.Children, uint32(v))
			case 5:
				c.Checkpoint.NextChild = uint32(v)
			case 6:
				c.Resolved = v&1 == 0
			case 7:
				g.Params.BondsByDepth = nil
			case 8:
				c.CreatedAt = uint64(v) << 56
			case 9:
				g.Status = Status(v % 4)
			}
		}
		now := g.Clock + 1000
		for i := range uint32(len(g.Claims) + 1) {
			for _, attack := range []bool{true, false} {
				_, _ = StepInputs(g, i, attack)
				_, _ = StepCounters(g, i, attack, H(9))
				_ = g.Clone().Step(StepArgs{Claim: i, Attack: attack, Stepper: bob, VerifierPost: H(9), Time: g.Clock})
				_, _ = g.Clone().Move(MoveArgs{Parent: i, Attack: attack, Claimant: bob, Time: g.Clock})
			}
			_, _ = g.Clone().ResolveClaim(i, 1, now)
		}
		_ = g.Clone().ResolveAll(0, now)
		_, _ = g.ClaimCredit(alice, g.CreditClaims(alice), now)
		_, _ = g.ClaimCredit(alice, []uint32{0, 0, uint32(len(g.Claims))}, now)
		_ = g.CheckAnchorUpdate(0, now)
		_, _ = Correctness(g, SliceTrace(H(0), make([]common.Hash, g.TraceLength)))
	})
}
