package bisection

import (
	"context"
	"encoding/binary"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// honestActionsToWin plays one game over a synthetic trace of T steps: a
// dishonest prover posts a wrong root and then answers every honest claim
// at once with a wrong attack, which drives the game to the full depth; the
// honest party follows Solve on every tick. It returns the number of L1
// transactions the honest party sent (moves, the step, the resolutions it
// planned, the credit claim) and the game.
func honestActionsToWin(tb testing.TB, T uint64) (map[ActionKind]int, *Game) {
	ctx := context.Background()
	prov := &FuncProvider{Anchor: H(0xa), N: T, Root: func(i uint64) common.Hash {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], i)
		return crypto.Keccak256Hash(b[:])
	}}
	p := TestParams()
	now := uint64(TestGameTime)
	g, err := NewGame(p, Setup{AnchorRoot: prov.Anchor, Batch: 1, TraceLength: T, RootClaim: H(0xbad), Claimant: alice, Bond: p.BondAt(0), Time: now})
	if err != nil {
		tb.Fatal(err)
	}
	counts := map[ActionKind]int{}
	for g.Status == StatusInProgress || g.Credit(solverSelf).Sign() > 0 {
		plan, err := Solve(ctx, g, solverSelf, now, prov, SolveOptions{})
		if err != nil {
			tb.Fatal(err)
		}
		for _, a := range plan.Actions {
			counts[a.Kind]++
			if err := g.Apply(a.Action); err != nil {
				tb.Fatal(err)
			}
		}
		// The dishonest side attacks the newest honest claim with a wrong value.
		last := uint32(len(g.Claims) - 1)
		if c := g.Claims[last]; c.Claimant == solverSelf && c.Position.Depth() < g.MaxDepth && g.WindowOpen(last, now+1) {
			if _, err := g.Move(MoveArgs{Parent: last, Disputed: c.Value, Attack: true, Value: H(0xbad), Claimant: alice, Bond: p.BondAt(c.Position.Depth() + 1), Time: now + 1}); err != nil {
				tb.Fatal(err)
			}
		}
		now += 2
		if len(plan.Actions) == 0 {
			now += p.ClaimTimeout
		}
	}
	return counts, g
}

func TestHonestActionsToWin(t *testing.T) {
	for _, T := range []uint64{1 << 10, 1 << 16} {
		counts, g := honestActionsToWin(t, T)
		if g.Status != StatusChallengerWins || counts[ActionStep] != 1 || counts[ActionMove] != int(g.MaxDepth)/2 || counts[ActionResolve] != len(g.Claims) || counts[ActionClaimCredit] != 1 {
			t.Fatalf("T=%d: %v, %v, %d claims", T, g.Status, counts, len(g.Claims))
		}
	}
}

// BenchmarkHonestActions reports how many L1 transactions the honest party
// needs to defeat one wrong root claim that is defended to the full depth,
// for traces of 2^10, 2^16 and 2^20 steps (model only, no L1), and how long
// the solver takes for the whole game.
func BenchmarkHonestActions(b *testing.B) {
	for _, c := range []struct {
		name string
		T    uint64
	}{{"T=2^10", 1 << 10}, {"T=2^16", 1 << 16}, {"T=2^20", 1 << 20}} {
		b.Run(c.name, func(b *testing.B) {
			var counts map[ActionKind]int
			for b.Loop() {
				counts, _ = honestActionsToWin(b, c.T)
			}
			b.ReportMetric(float64(counts[ActionMove]), "moves")
			b.ReportMetric(float64(counts[ActionStep]), "steps")
			b.ReportMetric(float64(counts[ActionResolve]), "resolves")
			b.ReportMetric(float64(counts[ActionMove]+counts[ActionStep]+counts[ActionResolve]+counts[ActionClaimCredit]), "L1-txs")
		})
	}
}
