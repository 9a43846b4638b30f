package bisection

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// chooser is the source of every random decision of a simulated game: a
// math/rand/v2 generator in property tests, fuzz bytes in fuzz targets.
type chooser interface{ IntN(n int) int }

// byteChooser turns fuzz input into decisions; it answers 0 once exhausted.
type byteChooser struct {
	b []byte
	i int
}

func (c *byteChooser) IntN(n int) int {
	if c.i >= len(c.b) || n <= 1 {
		return 0
	}
	v := int(c.b[c.i])
	c.i++
	return v % n
}

func (c *byteChooser) exhausted() bool { return c.i >= len(c.b) }

// honestView classifies the claims of a game from the honest party's point
// of view (docs/PROTOCOL.md §7, "Honest play"):
//
//   - the honest side H is the root's side if the root is correct, the
//     challengers' side otherwise;
//   - protected claims are the correct root, and every claim on H that is
//     exactly the honest response to a relevant claim (attack with the true
//     value if the parent is wrong, defence with the true value if it is
//     right), whoever posted it;
//   - relevant claims are the wrong root, every child of a protected claim
//     (a threat to it) and every child of a relevant claim that is not the
//     honest response (a freeloader, which could take the parent's bond),
//     except defences of a wrong claim (unprovable, and never leftmost
//     before the honest attack): the claims the honest party counters.
type honestView struct {
	correct, protected, relevant []bool
}

func viewOf(g *Game, tr *Trace) (*honestView, error) {
	correct, err := Correctness(g, tr)
	if err != nil {
		return nil, err
	}
	n := len(g.Claims)
	v := &honestView{correct: correct, protected: make([]bool, n), relevant: make([]bool, n)}
	v.protected[0] = correct[0]
	v.relevant[0] = !correct[0]
	for i := 1; i < n; i++ {
		c := &g.Claims[i]
		p := c.ParentIndex
		attack := c.Position == 2*g.Claims[p].Position
		response := correct[i] && attack == !correct[p]
		v.protected[i] = v.relevant[p] && response
		v.relevant[i] = v.protected[p] || (v.relevant[p] && !response && (attack || correct[p]))
	}
	return v, nil
}

// honestRespond makes the honest party counter every relevant claim whose
// window is open at time now, until there is nothing left to do. It fails
// the test if a move the strategy needs is rejected, or if a step it needs
// does not counter: both would break the safety argument.
func honestRespond(g *Game, tr *Trace, who common.Address, now uint64, bonds *big.Int) error {
	for {
		v, err := viewOf(g, tr)
		if err != nil {
			return err
		}
		acted := false
		for i := range g.Claims {
			idx := uint32(i)
			c := &g.Claims[i]
			if !v.relevant[i] || !g.WindowOpen(idx, now) {
				continue
			}
			attack := !v.correct[i]
			if c.Position.Depth() == g.MaxDepth {
				if c.CounteredBy != (common.Address{}) {
					continue
				}
				spec, err := StepInputs(g, idx, attack)
				if err != nil {
					return err
				}
				// The safety argument: the honest step always starts from
				// the true pre-state, so the honest party can prove it.
				if !spec.Pre.Exists || spec.Pre.Value != tr.PreState(spec.StepIndex) {
					return fmt.Errorf("honest %s step on claim %d from a pre-state that is not true: %+v", stepKind(attack), idx, spec)
				}
				// Past the trace end there is no element to prove: whatever
				// a verifier would say must not matter (the game ignores it).
				post := tr.StateAt(spec.StepIndex)
				if spec.StepIndex >= tr.Length {
					post = H(0xdead)
				}
				if err := g.Step(StepArgs{Claim: idx, Attack: attack, Stepper: who, VerifierPost: post, Time: now}); err != nil {
					return fmt.Errorf("honest %s step on claim %d: %w", stepKind(attack), idx, err)
				}
				acted = true
				continue
			}
			var pos Position
			if attack {
				pos, err = c.Position.Attack(g.MaxDepth)
			} else {
				pos, err = c.Position.Defend(g.MaxDepth)
			}
			if err != nil {
				return fmt.Errorf("honest move on claim %d: %w", idx, err)
			}
			value := tr.StateAt(mustTraceIndex(pos, g.MaxDepth))
			done := false
			for _, ch := range c.Children {
				if g.Claims[ch].Position == pos && g.Claims[ch].Value == value {
					done = true // already there (maybe posted by someone else): adopted
				}
			}
			if done {
				continue
			}
			bond := g.Params.BondAt(pos.Depth())
			if _, err := g.Move(MoveArgs{Parent: idx, Disputed: c.Value, Attack: attack, Value: value, Claimant: who, Bond: bond, Time: now}); err != nil {
				return fmt.Errorf("honest %s on claim %d: %w", stepKind(attack), idx, err)
			}
			bonds.Add(bonds, bond)
			acted = true
		}
		if !acted {
			return nil
		}
	}
}

func mustTraceIndex(p Position, d uint8) uint64 {
	t, _ := p.TraceIndex(d)
	return t
}

// dishonestAct makes one arbitrary move or step by a dishonest actor. The
// verifier is modelled adversarially: from a pre-state that is not the true
// one, it returns whatever counters the claim.
func dishonestAct(g *Game, tr *Trace, ch chooser, who common.Address, now uint64) {
	var open []uint32
	for i := range g.Claims {
		if g.WindowOpen(uint32(i), now) {
			open = append(open, uint32(i))
		}
	}
	if len(open) == 0 {
		return
	}
	idx := open[ch.IntN(len(open))]
	if ch.IntN(3) == 0 {
		// Counter the newest claim: chains of dishonest claims on both
		// sides form before the honest party answers, so freeloaders
		// precede honest responses at every depth.
		idx = open[len(open)-1]
	}
	c := &g.Claims[idx]
	if c.Position.Depth() == g.MaxDepth {
		attack := ch.IntN(2) == 0
		spec, err := StepInputs(g, idx, attack)
		if err != nil || !spec.Pre.Exists || !spec.Post.Exists {
			return
		}
		post := tr.StateAt(spec.StepIndex) // binding: proofs against the true root
		if spec.Pre.Value != tr.PreState(spec.StepIndex) || spec.StepIndex >= tr.Length {
			// An untrue pre-state, or no step to prove at all: the
			// adversary picks the result that counters.
			post = spec.Post.Value
			if spec.Post.Side == spec.Side {
				post[0] ^= 0xff
			}
		}
		_ = g.Step(StepArgs{Claim: idx, Attack: attack, Stepper: who, VerifierPost: post, Time: now})
		return
	}
	attack := ch.IntN(3) != 0
	var pos Position
	var err error
	if attack {
		pos, err = c.Position.Attack(g.MaxDepth)
	} else {
		pos, err = c.Position.Defend(g.MaxDepth)
	}
	if err != nil {
		return
	}
	var value common.Hash
	switch ch.IntN(5) {
	case 0, 1:
		value = tr.StateAt(mustTraceIndex(pos, g.MaxDepth)) // the truth, often the honest move itself
	case 2:
		value = c.Value
	case 3:
		value = tr.StateAt(mustTraceIndex(pos, g.MaxDepth) + 1)
	default:
		value = H(uint64(1000 + ch.IntN(4)))
	}
	_, _ = g.Move(MoveArgs{Parent: idx, Disputed: c.Value, Attack: attack, Value: value, Claimant: who, Bond: g.Params.BondAt(pos.Depth()), Time: now})
}

// honestGame plays one game: a random true trace, a random root (right or
// wrong, normal or sequencer claim), rounds of dishonest actions each followed
// by the honest party's responses, then resolution. It returns an error if
// the outcome contradicts the truth or the honest party loses a bond.
func honestGame(ch chooser, rounds int, more func() bool) (*Game, gameStats, error) {
	p := TestParams()
	p.MaxGameDepth = 6
	p.ClaimTimeout = uint64(3 + ch.IntN(100))
	T := uint64(ch.IntN(1<<(1+ch.IntN(6)) + 1)) // every depth 1 … 6 about equally often

	// The true trace; some steps leave the state unchanged (invalid
	// transactions are no-ops), which must not confuse the game.
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
		s.Claimant = honest
	}
	honestBonds := new(big.Int)
	if ch.IntN(4) == 0 {
		s.SequencerClaim, s.Bond, s.Claimant = true, nil, common.HexToAddress("0x5e95")
		s.Opener, s.OpenerBond = bad[ch.IntN(3)], p.BondAt(1)
		s.OpenerClaim = H(uint64(0x77 + ch.IntN(2)))
		switch ch.IntN(4) {
		case 0, 1:
			if root != tr.StateAt(T) {
				// The honest party opens the game on a wrong header.
				s.Opener = honest
				s.OpenerClaim = tr.StateAt(mustTraceIndex(2, mustDepth(T)))
			}
		case 2:
			// A colluder front-runs with the true attack: the honest
			// response, which the honest party can only adopt.
			s.OpenerClaim = tr.StateAt(mustTraceIndex(2, mustDepth(T)))
		}
	}
	g, err := NewGame(p, s)
	if err != nil {
		return nil, gameStats{}, err
	}
	if s.Claimant == honest {
		honestBonds.Add(honestBonds, p.BondAt(0))
	}
	if s.Opener == honest {
		honestBonds.Add(honestBonds, p.BondAt(1))
	}
	if err := honestRespond(g, tr, honest, now, honestBonds); err != nil {
		return nil, gameStats{}, err
	}
	for r := 0; r < rounds && more(); r++ {
		now += uint64(ch.IntN(int(p.ClaimTimeout/3) + 1))
		for range ch.IntN(6) {
			dishonestAct(g, tr, ch, bad[ch.IntN(len(bad))], now)
		}
		if err := honestRespond(g, tr, honest, now, honestBonds); err != nil {
			return nil, gameStats{}, err
		}
	}
	for i := range g.Claims {
		now = max(now, g.Claims[i].CreatedAt+p.ClaimTimeout)
	}
	if err := g.ResolveAll(uint32(ch.IntN(3)), now); err != nil {
		return nil, gameStats{}, err
	}

	v, err := viewOf(g, tr)
	if err != nil {
		return nil, gameStats{}, err
	}
	if want := tr.ExpectedStatus(root); g.Status != want {
		return g, gameStats{}, fmt.Errorf("root %x (true %x): status %v, want %v", root, tr.StateAt(T), g.Status, want)
	}
	if g.SlashSigners != (s.SequencerClaim && g.Status == StatusChallengerWins) {
		return g, gameStats{}, fmt.Errorf("slash %v", g.SlashSigners)
	}
	for i := range g.Claims {
		if v.protected[i] && g.Claims[i].Countered {
			return g, gameStats{}, fmt.Errorf("protected claim %d countered", i)
		}
		if v.relevant[i] && !g.Claims[i].Countered {
			return g, gameStats{}, fmt.Errorf("relevant claim %d stands", i)
		}
	}
	adopted, err := checkPayees(g, v, honest)
	if err != nil {
		return g, gameStats{}, err
	}
	got := g.Credit(honest)
	if got.Cmp(honestBonds) < 0 {
		return g, gameStats{}, fmt.Errorf("honest party posted %v, credited %v", honestBonds, got)
	}
	sum := new(big.Int)
	for _, c := range g.Credits() {
		sum.Add(sum, c)
	}
	if sum.Cmp(g.TotalBonds()) != 0 {
		return g, gameStats{}, fmt.Errorf("credits %v, bonds %v", sum, g.TotalBonds())
	}
	return g, statsOf(g, v, adopted), nil
}

// checkPayees checks who is paid in a resolved game played by the honest
// strategy: every relevant claim's bond goes to the poster of its honest
// response (the leftmost uncountered child, never a freeloader), or to its
// stepper at the game depth; and a lost sequencer claim's slash reward goes
// to the root's payee. So the honest party is paid every relevant claim's
// bond except where someone else posted the honest response first (the
// duplicate rule then makes it adopt that claim). It returns the number of
// relevant bonds paid to someone other than honest.
func checkPayees(g *Game, v *honestView, honest common.Address) (others int, err error) {
	for i := range g.Claims {
		if !v.relevant[i] {
			continue
		}
		c := &g.Claims[i]
		var by common.Address
		if c.Position.Depth() == g.MaxDepth {
			by = c.CounteredBy
		} else {
			cp := c.Checkpoint
			if cp.LeftmostPosition == 0 || int(cp.LeftmostIndex) >= len(g.Claims) || !v.protected[cp.LeftmostIndex] {
				return 0, fmt.Errorf("relevant claim %d: leftmost uncountered child %d (position %d) is not its honest response", i, cp.LeftmostIndex, cp.LeftmostPosition)
			}
			by = g.Claims[cp.LeftmostIndex].Claimant
		}
		if c.Payee != by || by == (common.Address{}) {
			return 0, fmt.Errorf("relevant claim %d: payee %v, honest response by %v", i, c.Payee, by)
		}
		if by != honest {
			others++
		}
	}
	if g.SlashSigners {
		if g.SlashRecipient != g.Claims[0].Payee {
			return 0, fmt.Errorf("slash reward to %v, root payee %v", g.SlashRecipient, g.Claims[0].Payee)
		}
		// The honest party answers a new game before anyone else in these
		// simulations, so only an opener that posted the true attack itself
		// (claim 1, then the honest response) can beat it to the reward.
		if g.SlashRecipient != honest && !(v.protected[1] && g.Claims[1].Claimant == g.SlashRecipient) {
			return 0, fmt.Errorf("slash reward to %v, not to the honest party", g.SlashRecipient)
		}
	}
	return others, nil
}

// gameStats describes what a simulated game exercised.
type gameStats struct {
	// threats counts the freeloaders that would have taken their parent's
	// bond had the honest party not countered them: relevant children of a
	// relevant claim that come before its honest response in the leftmost
	// order (smaller position, or the same and created earlier), by depth.
	threats      int
	threatDepths map[uint8]int
	// adopted counts relevant claims whose bond went to someone else who
	// posted the honest response first.
	adopted int
}

func statsOf(g *Game, v *honestView, adopted int) gameStats {
	st := gameStats{threatDepths: map[uint8]int{}, adopted: adopted}
	for i := range g.Claims {
		p := g.Claims[i].ParentIndex
		if i == 0 || !v.relevant[i] || !v.relevant[p] {
			continue
		}
		for _, r := range g.Claims[p].Children {
			if v.protected[r] && (g.Claims[i].Position < g.Claims[r].Position || (g.Claims[i].Position == g.Claims[r].Position && uint32(i) < r)) {
				st.threats++
				st.threatDepths[g.Claims[i].Position.Depth()]++
			}
		}
	}
	return st
}

func mustDepth(T uint64) uint8 {
	d, _ := GameDepth(T)
	return d
}

// TestHonestPlayWins is the property behind the game: whatever dishonest
// actors do (any moves, any values, steps with an adversarial verifier on
// untrue pre-states), an honest party that counters every relevant claim
// makes the game end in favour of the true root, never loses a bond,
// always steps from a true pre-state, and is paid every relevant claim's
// bond (and a lost sequencer claim's slash reward) unless someone else
// posted the honest response first: freeloaders on either side, at any
// depth, are countered and never outrank the honest response.
func TestHonestPlayWins(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	var claims, steps, deep, challengerWins, sequencer, threats, adopted int
	depths := map[uint8]int{}
	for seed := range uint64(n) {
		rng := rand.New(rand.NewPCG(seed, 0x6a6d65))
		g, st, err := honestGame(rng, 100, func() bool { return true })
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		threats += st.threats
		for d, k := range st.threatDepths {
			depths[d] += k
		}
		adopted += st.adopted
		claims += len(g.Claims)
		for _, c := range g.Claims {
			if c.Position.Depth() == g.MaxDepth {
				deep++
			}
			if c.CounteredBy != (common.Address{}) {
				steps++
			}
		}
		if g.Status == StatusChallengerWins {
			challengerWins++
		}
		if g.SequencerClaim {
			sequencer++
		}
	}
	t.Logf("%d games: %d claims, %d at the game depth, %d stepped; %d CHALLENGER_WINS, %d sequencer claims",
		n, claims, deep, steps, challengerWins, sequencer)
	t.Logf("%d freeloaders countered that would have taken their parent's bond (by depth: %v); %d bonds went to another poster of the honest response",
		threats, depths, adopted)
	if threats == 0 || len(depths) < 4 {
		t.Fatal("the dishonest actors posted too few outranking freeloaders for the property to mean much")
	}
}
