package bisection

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultResolveChunk is the number of children the solver processes per
// resolveClaim call when SolveOptions.ResolveChunk is zero. It keeps one call
// well inside the block gas limit however many children a claim collects
// (each child costs a few cold storage reads).
const DefaultResolveChunk = 128

// ErrUnprovableStep is recorded (in Plan.Skipped) when the honest step
// against a claim would start from a pre-state the honest party cannot prove,
// or would not counter the claim. Section 7.11 of docs/PROTOCOL.md shows
// this cannot happen in a game played by the honest strategy; the solver
// checks it anyway rather than stake a step on an argument.
var ErrUnprovableStep = errors.New("honest step would not be provable")

// SolveOptions tune Solve.
type SolveOptions struct {
	// ResolveChunk is maxChildren of the resolveClaim calls the solver
	// plans; 0 means DefaultResolveChunk.
	ResolveChunk uint32
	// NoResolve leaves resolution and credits to someone else: only moves
	// and steps are planned.
	NoResolve bool
}

// HonestAction is one transaction the honest party should send now. Action
// is what the contract call carries and what Game.Apply replays on the model;
// the other fields explain it, and give the agent what it needs to build the
// transaction (the step's trace index for TraceProvider.StepProof).
type HonestAction struct {
	Action
	// Position is the new claim's position (moves) or the stepped claim's
	// (steps).
	Position Position
	// Correct reports, for a move or step, whether the countered claim is
	// correct (defend / defend step) or wrong (attack / attack step).
	Correct bool
	// StepIndex is the trace step a step executes (i for an attack step,
	// i + 1 for a defend step); NoOp marks a step in the padding (≥ T),
	// which needs no proof.
	StepIndex uint64
	NoOp      bool
	// PreState is the step's pre-state value: a true root (the anchor or a
	// correct claim), which the proof starts from.
	PreState common.Hash
}

// Skip is a counter the solver decided not to make, and why.
type Skip struct {
	Claim uint32
	Err   error
}

// Plan is the solver's output.
type Plan struct {
	// Actions to send now, in order: moves and steps by ascending claim
	// index, then resolveClaim calls children-first (descending index, a
	// claim's pages in sequence), then claimCredit. Every action is valid
	// on the game after the ones before it.
	Actions []HonestAction
	// Skipped are counters the honest strategy calls for but the solver did
	// not plan (see ErrUnprovableStep). Always empty unless the theory of
	// section 11 is broken; agents should alert on it.
	Skipped []Skip
	// RootCorrect reports whether the root claim is the true root, that is
	// which side the honest party is on.
	RootCorrect bool
}

// Classification is the honest party's view of a game's claims (section 11
// of docs/PROTOCOL.md §7).
type Classification struct {
	// Correct[i]: claim i's value is the true root at its trace index.
	Correct []bool
	// Protected[i]: the correct root, or an exact honest response (attack
	// with the true value on a wrong relevant claim, defence with the true
	// value of a correct one), whoever posted it. The honest party stands
	// behind these and never counters them.
	Protected []bool
	// Relevant[i]: the wrong root, any child of a protected claim, and any
	// child of a relevant claim that is not its honest response, except a
	// defence of a wrong claim (a freeloader the honest party cannot prove
	// wrong, and one that cannot take the parent's bond either). The honest
	// party counters each of them while its window is open, whichever side
	// it is on.
	Relevant []bool
}

// HonestSide returns the side the honest party plays for: the root's side if
// the root is correct, the challengers' side otherwise. It says who wins the
// game, not where every honest claim sits: under a freeloader on this side
// the honest party's responses are on the other one.
func (c *Classification) HonestSide() Side {
	if len(c.Correct) > 0 && c.Correct[0] {
		return SideDefender
	}
	return SideChallenger
}

// traceCache memoizes provider reads for one Solve call: a game of depth D
// touches at most a few roots per claim, often the same ones.
type traceCache struct {
	ctx   context.Context
	p     TraceProvider
	roots map[uint64]common.Hash
}

func (c *traceCache) state(i uint64) (common.Hash, error) {
	if r, ok := c.roots[i]; ok {
		return r, nil
	}
	r, err := c.p.StateAt(c.ctx, i)
	if err != nil {
		return common.Hash{}, fmt.Errorf("trace root %d: %w", i, err)
	}
	c.roots[i] = r
	return r, nil
}

func (c *traceCache) pre(s uint64) (common.Hash, error) {
	if s == 0 {
		return c.p.AnchorRoot(), nil
	}
	return c.state(s - 1)
}

// checkProvider fails unless p describes g's trace.
func checkProvider(g *Game, p TraceProvider) error {
	if p.Length() != g.TraceLength {
		return fmt.Errorf("%w: trace length %d, game %d", ErrTraceMismatch, p.Length(), g.TraceLength)
	}
	if p.AnchorRoot() != g.AnchorRoot {
		return fmt.Errorf("%w: anchor root %x, game %x", ErrTraceMismatch, p.AnchorRoot(), g.AnchorRoot)
	}
	return nil
}

// Classify computes the honest party's view of every claim of g from the
// true trace. It reads one root per claim.
func Classify(ctx context.Context, g *Game, p TraceProvider) (*Classification, error) {
	if err := checkProvider(g, p); err != nil {
		return nil, err
	}
	return classify(g, &traceCache{ctx: ctx, p: p, roots: make(map[uint64]common.Hash)})
}

func classify(g *Game, tc *traceCache) (*Classification, error) {
	n := len(g.Claims)
	c := &Classification{Correct: make([]bool, n), Protected: make([]bool, n), Relevant: make([]bool, n)}
	for i := range g.Claims {
		cl := &g.Claims[i]
		t, err := cl.Position.TraceIndex(g.MaxDepth)
		if err != nil {
			return nil, fmt.Errorf("%w: claim %d: %w", ErrMalformedGame, i, err)
		}
		v, err := tc.state(t)
		if err != nil {
			return nil, err
		}
		c.Correct[i] = v == cl.Value
		if i == 0 {
			c.Protected[0] = c.Correct[0]
			c.Relevant[0] = !c.Correct[0]
			continue
		}
		par := cl.ParentIndex
		if par == NoParent || int(par) >= i {
			return nil, fmt.Errorf("%w: claim %d has parent %d", ErrMalformedGame, i, par)
		}
		attack := cl.Position == 2*g.Claims[par].Position
		switch {
		case c.Protected[par]:
			// Every counter of a protected claim threatens it.
			c.Relevant[i] = true
		case c.Relevant[par]:
			if c.Correct[i] && attack == !c.Correct[par] {
				// The exact honest response: attack a wrong relevant
				// claim, defend a correct one, with the true value.
				c.Protected[i] = true
			} else {
				// Any other counter of a relevant claim is a freeloader:
				// it cannot save the parent (the honest response counters
				// it), but if it stood it could be the parent's leftmost
				// uncountered child and take the parent's bond — for the
				// root of a sequencer game, the slash reward. The honest
				// party counters it too, except a defence of a wrong
				// claim: that one's lower bound would be the wrong parent,
				// a pre-state no honest step can start from, and at
				// position 2g + 2 it never outranks the honest attack at
				// 2g (section 7.11, "Freeloaders").
				c.Relevant[i] = attack || c.Correct[par]
			}
		}
	}
	return c, nil
}

// Solve returns the transactions the honest party self should send at L1
// time now in game g, whose true trace p describes. It is a pure function of
// its arguments (g is not modified): the agent calls it on every new block
// with the game as read from L1, sends the actions, and calls it again; an
// action that lost a race (a duplicate, a closed window) is simply not
// planned next time.
//
// The strategy is section 7.11 of docs/PROTOCOL.md: every relevant claim
// whose window is open is countered — attacked with the true value if wrong,
// defended with the true value if correct, or stepped at the game depth
// (attack step if wrong, defend step if correct) — unless its honest
// response already exists (posted by anyone: the duplicate rule forbids a
// second one, and the first serves as well) or a step already countered it.
// Relevant claims include freeloaders, the counters of a relevant claim
// other than its honest response, on the honest party's side (a colluder's
// wrong opening attack on a wrong sequencer header, for one): countering
// them keeps the honest response the leftmost uncountered child, so the
// honest party is the parent's payee.
// Protected claims, defences of wrong claims and whatever lies below them
// are never countered: the first would be countering the honest party's own
// claims, the others would stake bonds in subtrees whose lower bound is a
// wrong claim, where a step could not be proven. Each step is checked to
// start from a true root and to counter under the rules of the model.
//
// Resolution is planned for every claim whose subtree's windows have all
// closed, children first, in pages of ResolveChunk children; claimCredit
// follows once the root is resolved and self has a credit. Everyone's claims
// are resolved, because the root (and with it every credit) waits for all of
// them.
func Solve(ctx context.Context, g *Game, self common.Address, now uint64, p TraceProvider, opts SolveOptions) (*Plan, error) {
	if self == (common.Address{}) {
		return nil, fmt.Errorf("%w: honest party", ErrZeroAddress)
	}
	if now < g.Clock {
		return nil, fmt.Errorf("%w: %d < %d", ErrClockBackwards, now, g.Clock)
	}
	if len(g.Claims) == 0 {
		return nil, fmt.Errorf("%w: no root claim", ErrMalformedGame)
	}
	if err := checkProvider(g, p); err != nil {
		return nil, err
	}
	tc := &traceCache{ctx: ctx, p: p, roots: make(map[uint64]common.Hash)}
	cls, err := classify(g, tc)
	if err != nil {
		return nil, err
	}
	plan := &Plan{RootCorrect: cls.Correct[0]}
	// sim is the game as it will be after the planned actions: each one is
	// applied to it, so the plan is checked against the rules before any
	// transaction is sent, and the resolution is known in advance.
	sim := g.Clone()
	add := func(a HonestAction) error {
		if err := sim.Apply(a.Action); err != nil {
			return fmt.Errorf("%w: planned %v on claim %d rejected: %w", ErrMalformedGame, a.Kind, a.Claim, err)
		}
		plan.Actions = append(plan.Actions, a)
		return nil
	}

	if g.Status == StatusInProgress {
		for i := range g.Claims {
			idx := uint32(i)
			if !cls.Relevant[i] || !g.WindowOpen(idx, now) {
				continue
			}
			a, skip, err := counter(g, idx, cls.Correct[i], self, now, tc)
			if err != nil {
				return nil, err
			}
			if skip != nil {
				plan.Skipped = append(plan.Skipped, *skip)
				continue
			}
			if a == nil {
				continue
			}
			if err := add(*a); err != nil {
				return nil, err
			}
		}
	}
	if opts.NoResolve {
		return plan, nil
	}

	if sim.Status == StatusInProgress {
		chunk := opts.ResolveChunk
		if chunk == 0 {
			chunk = DefaultResolveChunk
		}
		// ready[i]: claim i and all its descendants have closed windows, so
		// the whole subtree can be resolved now. Children have larger
		// indices than their parent, so one descending pass computes it, and
		// descending order is a valid resolution order.
		n := len(sim.Claims)
		ready := make([]bool, n)
		for i := n - 1; i >= 0; i-- {
			c := &sim.Claims[i]
			ready[i] = !sim.WindowOpen(uint32(i), now)
			for _, ch := range c.Children {
				if int(ch) <= i || int(ch) >= n {
					return nil, fmt.Errorf("%w: claim %d lists child %d", ErrMalformedGame, i, ch)
				}
				ready[i] = ready[i] && ready[ch]
			}
		}
		for i := n - 1; i >= 0; i-- {
			if !ready[i] {
				continue
			}
			for !sim.Claims[i].Resolved {
				if err := add(HonestAction{
					Action:   Action{Kind: ActionResolve, Time: now, Actor: self, Claim: uint32(i), MaxChildren: chunk},
					Position: sim.Claims[i].Position,
				}); err != nil {
					return nil, err
				}
			}
		}
	}
	if sim.Status != StatusInProgress {
		if sim.Credit(self).Sign() > 0 {
			if err := add(HonestAction{Action: Action{Kind: ActionClaimCredit, Time: now, Actor: self}}); err != nil {
				return nil, err
			}
		}
	}
	return plan, nil
}

// counter plans the honest counter of the relevant claim idx, or nothing if
// it is already countered the honest way.
func counter(g *Game, idx uint32, correct bool, self common.Address, now uint64, tc *traceCache) (*HonestAction, *Skip, error) {
	c := &g.Claims[idx]
	attack := !correct
	if c.Position.Depth() == g.MaxDepth {
		if c.CounteredBy != (common.Address{}) {
			return nil, nil, nil // a step already countered it: it resolves countered
		}
		spec, err := StepInputs(g, idx, attack)
		if err != nil {
			return nil, nil, err
		}
		if !spec.Pre.Exists || !spec.Post.Exists {
			return nil, &Skip{idx, fmt.Errorf("%w: %s step %d: %w", ErrUnprovableStep, stepKind(attack), spec.StepIndex, ErrNoTraceAncestor)}, nil
		}
		truePre, err := tc.pre(spec.StepIndex)
		if err != nil {
			return nil, nil, err
		}
		// Never step from a root the honest party cannot prove: the proof
		// binds to the pre-state root, and only true roots have a state the
		// honest party holds.
		if spec.Pre.Value != truePre {
			return nil, &Skip{idx, fmt.Errorf("%w: %s step %d from %x, true pre-state %x", ErrUnprovableStep, stepKind(attack), spec.StepIndex, spec.Pre.Value, truePre)}, nil
		}
		succ, err := tc.state(spec.StepIndex) // padding-aware: for a no-op it is the pre-state
		if err != nil {
			return nil, nil, err
		}
		if !spec.Counters(succ) {
			return nil, &Skip{idx, fmt.Errorf("%w: %s step %d would not counter", ErrUnprovableStep, stepKind(attack), spec.StepIndex)}, nil
		}
		return &HonestAction{
			Action:    Action{Kind: ActionStep, Time: now, Actor: self, Claim: idx, Attack: attack, VerifierPost: succ},
			Position:  c.Position,
			Correct:   correct,
			StepIndex: spec.StepIndex,
			NoOp:      spec.NoOp,
			PreState:  spec.Pre.Value,
		}, nil, nil
	}

	var pos Position
	var err error
	if attack {
		pos, err = c.Position.Attack(g.MaxDepth)
	} else {
		pos, err = c.Position.Defend(g.MaxDepth)
	}
	if err != nil {
		// Only a correct root cannot be defended, and a correct root is
		// protected, never relevant: this is a malformed game.
		return nil, nil, fmt.Errorf("%w: honest response to claim %d: %w", ErrMalformedGame, idx, err)
	}
	t, err := pos.TraceIndex(g.MaxDepth)
	if err != nil {
		return nil, nil, err
	}
	value, err := tc.state(t)
	if err != nil {
		return nil, nil, err
	}
	for _, ch := range c.Children {
		if int(ch) < len(g.Claims) && g.Claims[ch].Position == pos && g.Claims[ch].Value == value {
			return nil, nil, nil // the honest response exists (maybe someone else's): adopted
		}
	}
	return &HonestAction{
		Action: Action{
			Kind:     ActionMove,
			Time:     now,
			Actor:    self,
			Claim:    idx,
			Attack:   attack,
			Disputed: c.Value,
			Value:    value,
			Bond:     g.Params.BondAt(pos.Depth()),
		},
		Position: pos,
		Correct:  correct,
	}, nil, nil
}
