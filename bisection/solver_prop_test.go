package bisection

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// applyPlan solves the game at now and applies every planned action, checking
// the solver's promises: every action is accepted, no counter is skipped,
// the honest party counters only relevant claims (never its own), and every
// step starts from the true pre-state. It returns the bonds the honest party posted, the
// credit it claimed, and the number of actions.
func applyPlan(g *Game, prov *SliceProvider, tr *Trace, self common.Address, now uint64) (posted, claimed *big.Int, n int, err error) {
	plan, err := Solve(context.Background(), g, self, now, prov, SolveOptions{ResolveChunk: 2})
	if err != nil {
		return nil, nil, 0, err
	}
	if len(plan.Skipped) != 0 {
		return nil, nil, 0, fmt.Errorf("skipped counters: %v", plan.Skipped)
	}
	// The independent view of honest_test.go: the solver counters exactly
	// its relevant claims, never a protected one (whichever side they are
	// on: freeloaders on the honest side are countered too).
	v, err := viewOf(g, tr)
	if err != nil {
		return nil, nil, 0, err
	}
	posted, claimed = new(big.Int), new(big.Int)
	for _, a := range plan.Actions {
		switch a.Kind {
		case ActionMove, ActionStep:
			if int(a.Claim) < len(v.relevant) && (!v.relevant[a.Claim] || v.protected[a.Claim]) {
				return nil, nil, 0, fmt.Errorf("%v against claim %d, which is not relevant", a.Kind, a.Claim)
			}
		}
		switch a.Kind {
		case ActionMove:
			posted.Add(posted, a.Bond)
		case ActionStep:
			if a.PreState != tr.PreState(a.StepIndex) {
				return nil, nil, 0, fmt.Errorf("step on claim %d from %x, true pre-state %x", a.Claim, a.PreState, tr.PreState(a.StepIndex))
			}
		case ActionClaimCredit:
			claimed.Add(claimed, g.Credit(self))
		}
		if err := g.Apply(a.Action); err != nil {
			return nil, nil, 0, fmt.Errorf("%v on claim %d: %w", a.Kind, a.Claim, err)
		}
	}
	return posted, claimed, len(plan.Actions), nil
}

// solverGame plays one random game: a random true trace and root, dishonest
// actors acting at random (dishonestAct, with an adversarial verifier), and
// the solver's plan applied on every tick. After the last window it keeps
// applying the solver's plans (resolution, credit) until it has nothing left
// to do, then checks the outcome.
func solverGame(ch chooser, rounds int) (*Game, gameStats, error) {
	p := TestParams()
	p.MaxGameDepth = 6
	p.ClaimTimeout = uint64(3 + ch.IntN(100))
	T := uint64(ch.IntN(1<<(1+ch.IntN(6)) + 1))
	anchor := H(0xa)
	roots := make([]common.Hash, T)
	prev := anchor
	for i := range roots {
		if ch.IntN(3) == 0 {
			roots[i] = prev
		} else {
			roots[i] = H(uint64(0x100 + i))
		}
		prev = roots[i]
	}
	prov := NewSliceProvider(anchor, roots)
	tr := SliceTrace(anchor, roots)
	honest := common.HexToAddress("0x000000000000000000000000000000000000e057")
	bad := []common.Address{alice, bob, carol}

	root := tr.StateAt(T)
	if ch.IntN(2) == 0 {
		root = H(uint64(0xbad0 + ch.IntN(3)))
	}
	now := uint64(TestGameTime)
	s := Setup{AnchorBatch: 7, AnchorRoot: anchor, Batch: 9, TraceLength: T, RootClaim: root, Claimant: bad[0], Bond: p.BondAt(0), Time: now}
	if root == tr.StateAt(T) && ch.IntN(2) == 0 {
		s.Claimant = honest // the honest party is the prover
	}
	posted, claimed := new(big.Int), new(big.Int)
	if ch.IntN(4) == 0 {
		s.SequencerClaim, s.Bond, s.Claimant = true, nil, common.HexToAddress("0x5e95")
		s.Opener, s.OpenerBond = bad[ch.IntN(3)], p.BondAt(1)
		s.OpenerClaim = H(uint64(0x77 + ch.IntN(2)))
		switch ch.IntN(4) {
		case 0, 1:
			if root != tr.StateAt(T) {
				s.Opener = honest
				s.OpenerClaim = tr.StateAt(mustTraceIndex(2, mustDepth(T)))
			}
		case 2:
			s.OpenerClaim = tr.StateAt(mustTraceIndex(2, mustDepth(T))) // a colluder posts the honest response first
		}
	}
	g, err := NewGame(p, s)
	if err != nil {
		return nil, gameStats{}, err
	}
	if s.Claimant == honest {
		posted.Add(posted, p.BondAt(0))
	}
	if s.SequencerClaim && s.Opener == honest {
		posted.Add(posted, p.BondAt(1))
	}
	tick := func() error {
		b, c, _, err := applyPlan(g, prov, tr, honest, now)
		if err != nil {
			return err
		}
		posted.Add(posted, b)
		claimed.Add(claimed, c)
		return nil
	}
	if err := tick(); err != nil {
		return nil, gameStats{}, err
	}
	for r := 0; r < rounds; r++ {
		now += uint64(ch.IntN(int(p.ClaimTimeout/3) + 1))
		for range ch.IntN(6) {
			dishonestAct(g, tr, ch, bad[ch.IntN(len(bad))], now)
		}
		if err := tick(); err != nil {
			return nil, gameStats{}, err
		}
	}
	// Let time run until the solver has nothing left: windows close,
	// resolution happens bottom-up, the credit is claimed.
	for guard := 0; ; guard++ {
		if guard > 10*len(g.Claims)+100 {
			return g, gameStats{}, fmt.Errorf("game not finished: status %v", g.Status)
		}
		now += 1 + uint64(ch.IntN(int(p.ClaimTimeout)))
		b, c, n, err := applyPlan(g, prov, tr, honest, now)
		if err != nil {
			return nil, gameStats{}, err
		}
		posted.Add(posted, b)
		claimed.Add(claimed, c)
		if n == 0 && g.Status != StatusInProgress {
			break
		}
	}

	if want := tr.ExpectedStatus(root); g.Status != want {
		return g, gameStats{}, fmt.Errorf("root %x (true %x): status %v, want %v", root, tr.StateAt(T), g.Status, want)
	}
	v, err := viewOf(g, tr)
	if err != nil {
		return nil, gameStats{}, err
	}
	for i := range g.Claims {
		if v.protected[i] && g.Claims[i].Countered {
			return g, gameStats{}, fmt.Errorf("protected claim %d countered", i)
		}
		if v.relevant[i] && !g.Claims[i].Countered {
			return g, gameStats{}, fmt.Errorf("relevant claim %d stands", i)
		}
		if g.Claims[i].Claimant == honest && g.Claims[i].Countered {
			return g, gameStats{}, fmt.Errorf("honest claim %d countered", i)
		}
	}
	adopted, err := checkPayees(g, v, honest)
	if err != nil {
		return g, gameStats{}, err
	}
	// Every credit of the honest party was claimed, and covered its bonds:
	// it claimed at least what it posted.
	if c := g.Credit(honest); c.Sign() > 0 {
		return g, gameStats{}, fmt.Errorf("credit %v left unclaimed", c)
	}
	paid := new(big.Int)
	for i := range g.Claims {
		if g.Claims[i].Claimant == honest {
			paid.Add(paid, g.Claims[i].Bond)
		}
	}
	if paid.Cmp(posted) != 0 {
		return g, gameStats{}, fmt.Errorf("honest claims hold %v, posted %v", paid, posted)
	}
	if claimed.Cmp(posted) < 0 {
		return g, gameStats{}, fmt.Errorf("honest party posted %v, claimed %v", posted, claimed)
	}
	return g, statsOf(g, v, adopted), nil
}

// TestSolverHonestWins is the solver's end-to-end property: against random
// dishonest actors, the solver's plans, applied on every tick, win every
// game for the truth, never lose an honest bond, never counter the honest
// side, and step only from true pre-states.
func TestSolverHonestWins(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 200
	}
	var claims, steps, cw, threats int
	for seed := range uint64(n) {
		rng := rand.New(rand.NewPCG(seed, 0x501e))
		g, st, err := solverGame(rng, 60)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		threats += st.threats
		claims += len(g.Claims)
		for _, c := range g.Claims {
			if c.CounteredBy != (common.Address{}) {
				steps++
			}
		}
		if g.Status == StatusChallengerWins {
			cw++
		}
	}
	t.Logf("%d games, %d claims, %d stepped, %d CHALLENGER_WINS; %d outranking freeloaders countered", n, claims, steps, cw, threats)
	if threats == 0 {
		t.Fatal("no freeloader ever outranked an honest response")
	}
}

// FuzzSolver drives solverGame with fuzz bytes.
func FuzzSolver(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{5, 5, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 200, 100, 50})
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, _, err := solverGame(&byteChooser{b: data}, 30); err != nil {
			t.Fatal(err)
		}
	})
}
