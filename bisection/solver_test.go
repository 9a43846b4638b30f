package bisection

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

var solverSelf = common.HexToAddress("0x00000000000000000000000000000000005e1f00")

// sRoot is the true root after step i in the solver tests' traces.
func sRoot(i uint64) common.Hash { return H(0x100 + i) }

func sliceProvider(T uint64) *SliceProvider {
	roots := make([]common.Hash, T)
	for i := range roots {
		roots[i] = sRoot(uint64(i))
	}
	return NewSliceProvider(TestAnchorRoot, roots)
}

// describe renders a plan compactly, for table comparisons:
// "move A 0->2 v=…", "step D 3 s=1", "resolve 2/1", "credit".
func describe(p *Plan) []string {
	var out []string
	for _, a := range p.Actions {
		switch a.Kind {
		case ActionMove:
			out = append(out, fmt.Sprintf("move %s %d->%d v=%x", ad(a.Attack), a.Claim, a.Position, a.Value.Big()))
		case ActionStep:
			noop := ""
			if a.NoOp {
				noop = " noop"
			}
			out = append(out, fmt.Sprintf("step %s %d s=%d pre=%x%s", ad(a.Attack), a.Claim, a.StepIndex, a.PreState.Big(), noop))
		case ActionResolve:
			out = append(out, fmt.Sprintf("resolve %d/%d", a.Claim, a.MaxChildren))
		case ActionClaimCredit:
			out = append(out, "credit")
		}
	}
	return out
}

func ad(attack bool) string {
	if attack {
		return "A"
	}
	return "D"
}

func TestSolverTable(t *testing.T) {
	const t0 = TestGameTime
	anchor := TestAnchorRoot.Big()
	bad, bad2 := H(0x999), H(0x998)
	tests := []struct {
		name string
		T    uint64
		game func() *TestGame
		now  uint64
		self common.Address
		opts SolveOptions
		want []string
	}{
		{
			name: "wrong root is attacked",
			T:    8, now: t0 + 5,
			game: func() *TestGame { return NewTestGame(8, bad) },
			want: []string{"move A 0->2 v=103"},
		},
		{
			name: "correct root is left alone",
			T:    8, now: t0 + 99,
			game: func() *TestGame { return NewTestGame(8, sRoot(7)) },
		},
		{
			name: "no move once the window closed; resolution only",
			T:    8, now: t0 + 100,
			game: func() *TestGame { return NewTestGame(8, bad) },
			want: []string{"resolve 0/128"},
		},
		{
			name: "honest root claimant resolves and claims its bond",
			T:    8, now: t0 + 100, self: TestDefender,
			game: func() *TestGame { return NewTestGame(8, sRoot(7)) },
			want: []string{"resolve 0/128", "credit"},
		},
		{
			name: "correct attack on a correct root is defended",
			T:    8, now: t0 + 10,
			game: func() *TestGame { return NewTestGame(8, sRoot(7)).Attack(0, sRoot(3)) },
			want: []string{"move D 1->6 v=105"},
		},
		{
			name: "wrong attack on a correct root is attacked",
			T:    8, now: t0 + 10,
			game: func() *TestGame { return NewTestGame(8, sRoot(7)).Attack(0, bad) },
			want: []string{"move A 1->4 v=101"},
		},
		{
			name: "every wrong attack on the root is countered, in index order",
			T:    8, now: t0 + 10,
			game: func() *TestGame {
				return NewTestGame(8, sRoot(7)).Attack(0, bad).Attack(0, bad2).Attack(0, sRoot(3))
			},
			want: []string{"move A 1->4 v=101", "move A 2->4 v=101", "move D 3->6 v=105"},
		},
		{
			name: "the honest response made by someone else is adopted, not duplicated",
			T:    8, now: t0 + 10,
			game: func() *TestGame { return NewTestGame(8, bad).By(alice).Attack(0, sRoot(3)) },
		},
		{
			name: "an answer with another value is no honest response, and is countered as a freeloader",
			T:    8, now: t0 + 10,
			game: func() *TestGame { return NewTestGame(8, bad).Attack(0, bad2) },
			want: []string{"move A 0->2 v=103", "move A 1->4 v=101"},
		},
		{
			name: "sequencer claim: a colluder's wrong opening attack is countered next to the honest attack",
			T:    8, now: t0 + 10,
			game: func() *TestGame {
				p := TestParams()
				return NewTestGameFrom(p, Setup{AnchorRoot: TestAnchorRoot, Batch: 1, TraceLength: 8, RootClaim: bad,
					Claimant: carol, SequencerClaim: true, Opener: alice, OpenerClaim: bad2, OpenerBond: p.BondAt(1), Time: t0})
			},
			want: []string{"move A 0->2 v=103", "move A 1->4 v=101"},
		},
		{
			name: "freeloader: a wrong defence of a correct claim posted before the honest one is attacked",
			T:    8, now: t0 + 10,
			// root correct; claim 1 a correct attack on it (relevant, to be
			// defended at t=5); claim 2 a wrong defence there by the root's
			// side, first: attacked at t=4, and the honest defence posted.
			game: func() *TestGame { return NewTestGame(8, sRoot(7)).Attack(0, sRoot(3)).Defend(1, bad) },
			want: []string{"move D 1->6 v=105", "move A 2->12 v=104"},
		},
		{
			name: "freeloader: a correct attack on a correct claim is defended",
			T:    8, now: t0 + 10,
			// claim 2 attacks the correct claim 1 with the true S(1): it is
			// still wrong to say claim 1 is wrong, and a defence at t=2
			// proves it (its steps start from true states).
			game: func() *TestGame { return NewTestGame(8, sRoot(7)).Attack(0, sRoot(3)).Attack(1, sRoot(1)) },
			want: []string{"move D 1->6 v=105", "move D 2->10 v=102"},
		},
		{
			name: "freeloader at the game depth is stepped",
			T:    8, now: t0 + 10,
			// root wrong, honest attack 1 (t=3); its wrong attack 2 (t=1);
			// honest attack 3 on it (t=0, true); a freeloader 4 on claim 2 at
			// t=0 with a wrong value: attack step from the anchor.
			game: func() *TestGame {
				return NewTestGame(8, bad).By(solverSelf).Attack(0, sRoot(3)).Attack(1, bad).By(solverSelf).Attack(2, sRoot(0)).Attack(2, bad2)
			},
			want: []string{fmt.Sprintf("step A 4 s=0 pre=%x", anchor)},
		},
		{
			name: "a defence of a wrong claim is left alone: its steps would start from the wrong claim",
			T:    8, now: t0 + 10,
			game: func() *TestGame { return NewTestGame(8, bad).Attack(0, bad2).Defend(1, bad) },
			want: []string{"move A 0->2 v=103", "move A 1->4 v=101"},
		},
		{
			name: "deep chain: attack a wrong defence of a wrong attack",
			T:    8, now: t0 + 30,
			// root wrong; honest attack (1, t=3, true); dishonest defence of
			// it at t=5 (wrong) -> attack it at t=4.
			game: func() *TestGame { return NewTestGame(8, bad).Attack(0, sRoot(3)).Wait(10).Defend(1, bad2) },
			want: []string{"move A 2->12 v=104"},
		},
		{
			name: "deep chain: defend a correct attack on an honest claim",
			T:    8, now: t0 + 30,
			game: func() *TestGame { return NewTestGame(8, bad).Attack(0, sRoot(3)).Wait(10).Attack(1, sRoot(1)) },
			want: []string{"move D 2->10 v=102"},
		},
		{
			name: "freeloaders are countered on both sides, at every depth",
			T:    8, now: t0 + 30,
			// root wrong. Claim 1 is a wrong challenger claim (H's side, a
			// freeloader): attacked. Claim 2, its wrong attack, would take
			// claim 1's bond before the honest attack at the same position:
			// attacked too.
			game: func() *TestGame { return NewTestGame(8, bad).Attack(0, bad2).Attack(1, bad) },
			want: []string{"move A 0->2 v=103", "move A 1->4 v=101", "move A 2->8 v=100"},
		},
		{
			name: "the honest party's own claims are never countered",
			T:    8, now: t0 + 30,
			game: func() *TestGame { return NewTestGame(8, bad).By(solverSelf).Attack(0, sRoot(3)) },
		},
		{
			name: "attack step at trace index 0 uses the anchor",
			T:    8, now: t0 + 30,
			game: func() *TestGame { return NewTestGame(8, sRoot(7)).Attack(0, bad).Attack(1, sRoot(1)).Attack(2, bad) },
			want: []string{fmt.Sprintf("step A 3 s=0 pre=%x", anchor)},
		},
		{
			name: "defend step at trace index 0",
			T:    8, now: t0 + 30,
			game: func() *TestGame {
				return NewTestGame(8, sRoot(7)).Attack(0, bad).Attack(1, sRoot(1)).Attack(2, sRoot(0))
			},
			want: []string{"step D 3 s=1 pre=100"},
		},
		{
			name: "attack step from a correct lower bound",
			T:    8, now: t0 + 30,
			game: func() *TestGame { return NewTestGame(8, sRoot(7)).Attack(0, bad).Attack(1, sRoot(1)).Defend(2, bad) },
			want: []string{"step A 3 s=2 pre=101"},
		},
		{
			name: "a claim already stepped is left alone",
			T:    8, now: t0 + 30,
			game: func() *TestGame {
				return NewTestGame(8, sRoot(7)).Attack(0, bad).Attack(1, sRoot(1)).Defend(2, bad).By(alice).Step(3, true, sRoot(2))
			},
		},
		{
			name: "attack step in the padding",
			T:    5, now: t0 + 30,
			// T = 5, D = 3: root t=7 (S(4)); attack t=3 correct -> defence t=5;
			// wrong defence of it at t=6 -> attack step 6 >= T from claim 2.
			game: func() *TestGame {
				return NewTestGame(5, sRoot(4)).Attack(0, sRoot(3)).Defend(1, sRoot(4)).Defend(2, bad)
			},
			want: []string{"step A 3 s=6 pre=104 noop"},
		},
		{
			name: "defend step in the padding",
			T:    5, now: t0 + 30,
			game: func() *TestGame {
				return NewTestGame(5, sRoot(4)).Attack(0, sRoot(3)).Defend(1, sRoot(4)).Defend(2, sRoot(4))
			},
			want: []string{"step D 3 s=7 pre=104 noop"},
		},
		{
			name: "attack step at the last real index",
			T:    5, now: t0 + 30,
			game: func() *TestGame {
				return NewTestGame(5, sRoot(4)).Attack(0, sRoot(3)).Defend(1, sRoot(4)).Attack(2, bad)
			},
			want: []string{"step A 3 s=4 pre=103"},
		},
		{
			name: "empty trace: every step is padding",
			T:    0, now: t0 + 30,
			game: func() *TestGame { return NewTestGame(0, TestAnchorRoot).Attack(0, bad) },
			want: []string{fmt.Sprintf("step A 1 s=0 pre=%x noop", anchor)},
		},
		{
			name: "resolution: children first, in pages",
			T:    8, now: t0 + 200, self: TestDefender,
			opts: SolveOptions{ResolveChunk: 1},
			game: func() *TestGame {
				return NewTestGame(8, sRoot(7)).Attack(0, bad).Attack(0, bad2).Attack(1, sRoot(1)).Attack(2, sRoot(1))
			},
			want: []string{"resolve 4/1", "resolve 3/1", "resolve 2/1", "resolve 1/1", "resolve 0/1", "resolve 0/1", "credit"},
		},
		{
			name: "resolution waits for open windows below",
			T:    8, now: t0 + 120,
			game: func() *TestGame {
				return NewTestGame(8, sRoot(7)).Attack(0, bad).Wait(50).Attack(1, sRoot(1)).Wait(20).Attack(0, bad2)
			},
			// claim 2 (t0+50) closed at t0+150 -> claims 1 and 0 wait; claim 3
			// (t0+70) is still open and relevant: attacked.
			want: []string{"move A 3->4 v=101"},
		},
		{
			name: "sequencer claim: the opener's honest attack is adopted",
			T:    8, now: t0 + 10,
			game: func() *TestGame {
				p := TestParams()
				return NewTestGameFrom(p, Setup{AnchorRoot: TestAnchorRoot, Batch: 1, TraceLength: 8, RootClaim: bad,
					Claimant: carol, SequencerClaim: true, Opener: solverSelf, OpenerClaim: sRoot(3), OpenerBond: p.BondAt(1), Time: t0})
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := mustGame(t, tt.game())
			self := tt.self
			if self == (common.Address{}) {
				self = solverSelf
			}
			before := g.Clone()
			plan, err := Solve(context.Background(), g, self, tt.now, sliceProvider(tt.T), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Skipped) != 0 {
				t.Fatalf("skipped: %v", plan.Skipped)
			}
			got := describe(plan)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Fatalf("plan:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			if fmt.Sprint(before) != fmt.Sprint(g) {
				t.Fatal("Solve modified the game")
			}
			// The plan applies to the game as is, and nothing is left to do
			// at the same instant afterwards.
			for _, a := range plan.Actions {
				if err := g.Apply(a.Action); err != nil {
					t.Fatalf("%v on claim %d: %v", a.Kind, a.Claim, err)
				}
			}
			again, err := Solve(context.Background(), g, self, tt.now, sliceProvider(tt.T), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(again.Actions) != 0 {
				t.Fatalf("second plan not empty: %v", describe(again))
			}
		})
	}
}

func TestSolverMoveDetails(t *testing.T) {
	g := mustGame(t, NewTestGame(8, H(0x999)).Attack(0, sRoot(3)).Wait(10).Attack(1, H(0x998)))
	plan, err := Solve(context.Background(), g, solverSelf, TestGameTime+20, sliceProvider(8), SolveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Actions) != 1 {
		t.Fatalf("plan %v", describe(plan))
	}
	a := plan.Actions[0]
	if a.Kind != ActionMove || a.Claim != 2 || !a.Attack || a.Disputed != H(0x998) || a.Value != sRoot(0) ||
		a.Position != 8 || a.Bond.Cmp(g.Params.BondAt(3)) != 0 || a.Actor != solverSelf || a.Time != TestGameTime+20 || a.Correct {
		t.Fatalf("move %+v", a)
	}
	if plan.RootCorrect {
		t.Fatal("root reported correct")
	}
}

func TestSolverErrors(t *testing.T) {
	g := mustGame(t, NewTestGame(8, H(1)))
	ctx := context.Background()
	if _, err := Solve(ctx, g, solverSelf, TestGameTime, sliceProvider(7), SolveOptions{}); !errors.Is(err, ErrTraceMismatch) {
		t.Fatalf("length mismatch: %v", err)
	}
	other := sliceProvider(8)
	other.Anchor = H(5)
	if _, err := Solve(ctx, g, solverSelf, TestGameTime, other, SolveOptions{}); !errors.Is(err, ErrTraceMismatch) {
		t.Fatalf("anchor mismatch: %v", err)
	}
	if _, err := Solve(ctx, g, common.Address{}, TestGameTime, sliceProvider(8), SolveOptions{}); !errors.Is(err, ErrZeroAddress) {
		t.Fatalf("zero self: %v", err)
	}
	if _, err := Solve(ctx, g, solverSelf, TestGameTime-1, sliceProvider(8), SolveOptions{}); !errors.Is(err, ErrClockBackwards) {
		t.Fatalf("clock: %v", err)
	}
	if SolidityError(ErrTraceMismatch) != "" || SolidityError(ErrUnprovableStep) != "" {
		t.Fatal("solver errors must not map to contract errors")
	}
	sp := sliceProvider(8)
	if _, _, _, err := sp.StepProof(ctx, 3); !errors.Is(err, ErrNoStepProof) {
		t.Fatalf("slice proof: %v", err)
	}
	if _, _, _, err := sp.StepProof(ctx, 8); !errors.Is(err, ErrPaddingStep) {
		t.Fatalf("padding proof: %v", err)
	}
}

// TestSolverSkipsUntruePreState checks the solver's last line of defence:
// a counter whose step would start from an untrue root (impossible under
// honest play, forced here by corrupting a lower-bound claim after the fact)
// is skipped with ErrUnprovableStep rather than sent.
func TestSolverSkipsUntruePreState(t *testing.T) {
	g := mustGame(t, NewTestGame(8, sRoot(7)).Attack(0, H(0x999)).Attack(1, sRoot(1)).Defend(2, H(0x998)))
	// Claim 2 is claim 3's lower bound; with its value corrupted it would no
	// longer be protected, so counter is called directly.
	g.Claims[2].Value = H(0x997)
	tc := &traceCache{ctx: context.Background(), p: sliceProvider(8), roots: map[uint64]common.Hash{}}
	a, skip, err := counter(g, 3, false, solverSelf, TestGameTime, tc)
	if err != nil || a != nil || skip == nil || !errors.Is(skip.Err, ErrUnprovableStep) {
		t.Fatalf("action %v, skip %v, err %v", a, skip, err)
	}
}
