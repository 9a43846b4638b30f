package bisection

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// randomParams draws game parameters: windows from 1 s, depths 1 … 5, one to
// four bond levels of random sizes (up to ~10^21 wei, beyond 64 bits).
func randomParams(rng *rand.Rand) Params {
	p := Params{
		ClaimTimeout: 1 + rng.Uint64N(200),
		MaxGameDepth: uint8(1 + rng.IntN(5)),
		AnchorAirgap: rng.Uint64N(100),
	}
	for range 1 + rng.IntN(4) {
		b := new(big.Int).SetUint64(1 + rng.Uint64N(1e18))
		if rng.IntN(3) == 0 {
			b.Mul(b, big.NewInt(1000))
		}
		p.BondsByDepth = append(p.BondsByDepth, b)
	}
	return p
}

// TestBondConservation: across random games with several actors and random
// windows, bonds and depths, everything posted is paid out, to the wei, and
// every claim ends resolved.
func TestBondConservation(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 200
	}
	var actions, rejected int
	for seed := range uint64(n) {
		rng := rand.New(rand.NewPCG(seed, 0xb0d5))
		opts := ScriptOptions{Params: randomParams(rng), MaxTraceLength: 1 + rng.Uint64N(40), Moves: 10 + rng.IntN(80)}
		sc, err := RandomScript(rng, opts)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		g := sc.Final
		if g.Status == StatusInProgress {
			t.Fatalf("seed %d: game not resolved", seed)
		}
		paid := new(big.Int)
		for i, a := range sc.Actions {
			err := sc.Errors[i]
			actions++
			if err != nil {
				rejected++
				if SolidityError(err) == "" {
					t.Fatalf("seed %d action %d (%v): error without a Solidity name: %v", seed, i, a.Kind, err)
				}
			}
		}
		// Replay the script on a fresh game: same results, same end state;
		// and add up what the credit claims paid.
		r, err := NewGame(sc.Params, sc.Setup)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range sc.Actions {
			var err error
			if a.Kind == ActionClaimCredit {
				var amt *big.Int
				claims := a.Claims
				if claims == nil {
					claims = r.CreditClaims(a.Actor)
				}
				if amt, err = r.ClaimCredit(a.Actor, claims, a.Time); err == nil {
					paid.Add(paid, amt)
				}
			} else {
				err = r.Apply(a)
			}
			if (err == nil) != (sc.Errors[i] == nil) || SolidityError(err) != SolidityError(sc.Errors[i]) {
				t.Fatalf("seed %d action %d: replay %v, script %v", seed, i, err, sc.Errors[i])
			}
		}
		if !reflect.DeepEqual(r, g) {
			t.Fatalf("seed %d: replay diverged", seed)
		}
		if c := g.Credits(); len(c) != 0 {
			t.Fatalf("seed %d: unclaimed credits %v", seed, c)
		}
		if paid.Cmp(g.TotalBonds()) != 0 {
			t.Fatalf("seed %d: paid %v, bonds %v", seed, paid, g.TotalBonds())
		}
		for i := range g.Claims {
			if !g.Claims[i].Resolved {
				t.Fatalf("seed %d: claim %d unresolved", seed, i)
			}
		}
	}
	t.Logf("%d games, %d actions, %d rejected", n, actions, rejected)
}

// TestRandomScriptDeterministic: a seed always gives the same script, so a
// contract test can regenerate any failing case from its seed.
func TestRandomScriptDeterministic(t *testing.T) {
	a, err := RandomScript(rand.New(rand.NewPCG(7, 7)), ScriptOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := RandomScript(rand.New(rand.NewPCG(7, 7)), ScriptOptions{})
	if !reflect.DeepEqual(a.Actions, b.Actions) || !reflect.DeepEqual(a.Final, b.Final) {
		t.Fatal("same seed, different scripts")
	}
	seq, err := RandomScript(rand.New(rand.NewPCG(8, 8)), ScriptOptions{Sequencer: true})
	if err != nil || !seq.Final.SequencerClaim {
		t.Fatalf("sequencer option: %v", err)
	}
	// Every kind of rule error a script is meant to exercise shows up over a
	// few hundred seeds.
	want := []error{ErrWrongBond, ErrDisputedMismatch, ErrNoSuchClaim, ErrWindowOpen, ErrWindowClosed,
		ErrDuplicateClaim, ErrValidStep, ErrChildUnresolved, ErrGameInProgress, ErrNoCredit, ErrMaxDepth, ErrCannotDefend, ErrAlreadyCountered}
	seen := map[error]bool{}
	for seed := range uint64(300) {
		sc, err := RandomScript(rand.New(rand.NewPCG(seed, 1)), ScriptOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range sc.Errors {
			for _, w := range want {
				if errors.Is(e, w) {
					seen[w] = true
				}
			}
		}
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("no script hit %v", w)
		}
	}
}

func TestApplyUnknownAction(t *testing.T) {
	g := mustGame(t, NewTestGame(4, H(1)))
	if err := g.Apply(Action{Kind: 0}); !errors.Is(err, ErrMalformedGame) {
		t.Fatal(err)
	}
	if ActionMove.String() != "move" || ActionKind(9).String() != "ActionKind(9)" || StatusDefenderWins.String() != "DEFENDER_WINS" {
		t.Fatal("names")
	}
	_ = common.Address{}
}
