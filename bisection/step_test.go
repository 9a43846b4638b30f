package bisection

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// stepTree builds, in a depth-3 game over T steps (5 ≤ T ≤ 8):
//
//	idx  move          pos  t  side
//	0    root            1  7  defender
//	1    attack 0        2  3  challenger
//	2    attack 1        4  1  defender
//	3    attack 2        8  0  challenger   (depth 3)
//	4    defend 2       10  2  challenger   (depth 3)
//	5    defend 1        6  5  defender
//	6    attack 5       12  4  challenger   (depth 3)
//	7    defend 5       14  6  challenger   (depth 3)
//
// Claim i has value H(100 + i).
func stepTree(t *testing.T, T uint64) *Game {
	t.Helper()
	return mustGame(t, NewTestGame(T, H(100)).
		Attack(0, H(101)).Attack(1, H(102)).Attack(2, H(103)).Defend(2, H(104)).
		Defend(1, H(105)).Attack(5, H(106)).Defend(5, H(107)))
}

func TestStepInputs(t *testing.T) {
	anchor := int64(-1)
	tests := []struct {
		T          uint64
		claim      uint32
		attack     bool
		pre, post  int64 // claim index, or anchor
		stepIndex  uint64
		noop       bool
		postSameAs bool // post on the stepped claim's side
	}{
		// i = 0: the attack step's pre-state is the anchor.
		{8, 3, true, anchor, 3, 0, false, true},
		{8, 3, false, 3, 2, 1, false, false},
		{8, 4, true, 2, 4, 2, false, true},
		{8, 4, false, 4, 1, 3, false, true},
		{8, 6, true, 1, 6, 4, false, true},
		{8, 6, false, 6, 5, 5, false, false},
		// The defend step's post-state can be the root.
		{8, 7, true, 5, 7, 6, false, true},
		{8, 7, false, 7, 0, 7, false, false},
		// T = 5: steps 5, 6, 7 are padding.
		{5, 6, true, 1, 6, 4, false, true},
		{5, 6, false, 6, 5, 5, true, false},
		{5, 7, true, 5, 7, 6, true, true},
		{5, 7, false, 7, 0, 7, true, false},
		{5, 4, false, 4, 1, 3, false, true},
	}
	for _, tt := range tests {
		g := stepTree(t, tt.T)
		s, err := StepInputs(g, tt.claim, tt.attack)
		if err != nil {
			t.Fatalf("T=%d claim %d attack=%v: %v", tt.T, tt.claim, tt.attack, err)
		}
		ref := func(r StateRef, want int64) bool {
			if !r.Exists {
				return false
			}
			if want == anchor {
				return r.Anchor && r.Claim == NoClaim && r.Value == g.AnchorRoot
			}
			c := g.Claims[want]
			return !r.Anchor && r.Claim == uint32(want) && r.Value == c.Value && r.Side == c.Position.Side()
		}
		if !ref(s.Pre, tt.pre) || !ref(s.Post, tt.post) || s.StepIndex != tt.stepIndex || s.NoOp != tt.noop ||
			(s.Post.Side == s.Side) != tt.postSameAs {
			t.Errorf("T=%d claim %d attack=%v: %+v", tt.T, tt.claim, tt.attack, s)
		}
		pre, err1 := PreStateFor(g, tt.claim, tt.attack)
		post, err2 := PostStateFor(g, tt.claim, tt.attack)
		if err1 != nil || err2 != nil || pre != s.Pre || post != s.Post {
			t.Errorf("PreStateFor/PostStateFor disagree with StepInputs")
		}
	}
}

// TestCounterRule checks the four cases of the rule and the padding.
func TestCounterRule(t *testing.T) {
	g := stepTree(t, 8)
	other := H(999)
	tests := []struct {
		name     string
		claim    uint32
		attack   bool
		verifier common.Hash
		want     bool
	}{
		// Attack step: post = the claim itself, on its side.
		{"attack step, successor differs", 4, true, other, true},
		{"attack step, successor equals", 4, true, H(104), false},
		// Defend step, post on the same side (claim 1 for claim 4).
		{"defend step same side, differs", 4, false, other, true},
		{"defend step same side, equals", 4, false, H(101), false},
		// Defend step, post on the other side (root for claim 7).
		{"defend step other side, equals", 7, false, H(100), true},
		{"defend step other side, differs", 7, false, other, false},
	}
	for _, tt := range tests {
		got, err := StepCounters(g, tt.claim, tt.attack, tt.verifier)
		if err != nil || got != tt.want {
			t.Errorf("%s: %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}

	// Padding (T = 5): the verifier's answer is ignored and the successor is
	// the pre-state.
	p := stepTree(t, 5)
	for _, v := range []common.Hash{other, H(105), H(107), H(100)} {
		// Claim 7 attack step 6: pre claim 5 (H(105)) ≠ claim 7 (H(107)).
		if got, _ := StepCounters(p, 7, true, v); !got {
			t.Errorf("padding attack step with verifier %x: not countered", v)
		}
		// Claim 7 defend step 7: pre claim 7 (H(107)) vs root H(100), other side.
		if got, _ := StepCounters(p, 7, false, v); got {
			t.Errorf("padding defend step with verifier %x: countered", v)
		}
	}
	// Padding where the claim repeats its pre-state: not counterable.
	q := mustGame(t, NewTestGame(5, H(100)).Attack(0, H(101)).Defend(1, H(105)).Defend(2, H(105)))
	if got, _ := StepCounters(q, 3, true, other); got {
		t.Error("padding attack step countered a claim equal to its pre-state")
	}
}

// TestEmptyTrace: T = 0, D = 1: every step is padding and every true state
// is the anchor.
func TestEmptyTrace(t *testing.T) {
	b := NewTestGame(0, TestAnchorRoot).Attack(0, H(5))
	g := mustGame(t, b)
	if g.MaxDepth != 1 {
		t.Fatalf("depth %d", g.MaxDepth)
	}
	s, _ := StepInputs(g, 1, true)
	if !s.NoOp || !s.Pre.Anchor || s.StepIndex != 0 {
		t.Fatalf("attack step %+v", s)
	}
	// Claim 1 says H(5), the anchor is the truth: the attack step counters it.
	if err := g.Step(StepArgs{Claim: 1, Attack: true, Stepper: bob, Time: b.Now()}); err != nil {
		t.Fatal(err)
	}
	if g.Claims[1].CounteredBy != bob {
		t.Fatal("not countered")
	}
	// A defend step from a claim equal to the root is a valid step against
	// a claim on the other side: it counters.
	g2 := mustGame(t, NewTestGame(0, TestAnchorRoot).Attack(0, TestAnchorRoot))
	if ok, _ := StepCounters(g2, 1, false, H(1)); !ok {
		t.Error("defend step")
	}
	if ok, _ := StepCounters(g2, 1, true, H(1)); ok {
		t.Error("attack step countered the true value")
	}
}

func TestStepRules(t *testing.T) {
	now := uint64(TestGameTime)
	tests := []struct {
		name string
		edit func(g *Game) StepArgs
		err  error
	}{
		{"ok", func(g *Game) StepArgs {
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(1), Time: now}
		}, nil},
		{"last second", func(g *Game) StepArgs {
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(1), Time: now + g.Params.ClaimTimeout - 1}
		}, nil},
		{"window closed", func(g *Game) StepArgs {
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(1), Time: now + g.Params.ClaimTimeout}
		}, ErrWindowClosed},
		{"valid step", func(g *Game) StepArgs {
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(104), Time: now}
		}, ErrValidStep},
		{"not at max depth", func(g *Game) StepArgs { return StepArgs{Claim: 2, Attack: true, Stepper: bob, Time: now} }, ErrNotMaxDepth},
		{"root", func(g *Game) StepArgs { return StepArgs{Claim: 0, Attack: true, Stepper: bob, Time: now} }, ErrNotMaxDepth},
		{"no such claim", func(g *Game) StepArgs { return StepArgs{Claim: 8, Attack: true, Stepper: bob, Time: now} }, ErrNoSuchClaim},
		{"zero stepper", func(g *Game) StepArgs { return StepArgs{Claim: 4, Attack: true, VerifierPost: H(1), Time: now} }, ErrZeroAddress},
		{"clock backwards", func(g *Game) StepArgs { return StepArgs{Claim: 4, Attack: true, Stepper: bob, Time: now - 1} }, ErrClockBackwards},
		{"already countered", func(g *Game) StepArgs {
			g.Claims[4].CounteredBy = carol
			return StepArgs{Claim: 4, Attack: false, Stepper: bob, VerifierPost: H(1), Time: now}
		}, ErrAlreadyCountered},
		{"order: window before already countered", func(g *Game) StepArgs {
			g.Claims[4].CounteredBy = carol
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(1), Time: now + g.Params.ClaimTimeout}
		}, ErrWindowClosed},
		{"malformed: missing trace ancestor", func(g *Game) StepArgs {
			g.Claims[4].ParentIndex = NoParent
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(1), Time: now}
		}, ErrNoTraceAncestor},
		{"malformed: parent after child", func(g *Game) StepArgs {
			g.Claims[4].ParentIndex = 6
			return StepArgs{Claim: 4, Attack: true, Stepper: bob, VerifierPost: H(1), Time: now}
		}, ErrNoTraceAncestor},
	}
	for _, tt := range tests {
		g := stepTree(t, 8)
		a := tt.edit(g)
		before := g.Clone()
		err := g.Step(a)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err != nil {
			if !reflect.DeepEqual(before, g) {
				t.Errorf("%s: failed step changed the game", tt.name)
			}
			continue
		}
		if g.Claims[a.Claim].CounteredBy != a.Stepper || g.Clock != a.Time {
			t.Errorf("%s: not recorded", tt.name)
		}
	}
	// StepCounters reports a missing ancestor as an error, the StateRef as
	// not existing.
	g := stepTree(t, 8)
	g.Claims[4].ParentIndex = NoParent
	if _, err := StepCounters(g, 4, true, H(1)); !errors.Is(err, ErrNoTraceAncestor) {
		t.Errorf("StepCounters: %v", err)
	}
	if r, err := PreStateFor(g, 4, true); err != nil || r.Exists {
		t.Errorf("PreStateFor: %+v, %v", r, err)
	}
	if _, err := StepInputs(g, 99, true); !errors.Is(err, ErrNoSuchClaim) {
		t.Errorf("StepInputs on a missing claim: %v", err)
	}
}
