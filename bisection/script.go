package bisection

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
)

// ActionKind is the kind of one game transaction in a Script.
type ActionKind uint8

const (
	ActionMove        ActionKind = iota + 1 // move(disputed, parentIndex, claim, isAttack)
	ActionStep                              // step(claimIndex, isAttack, …)
	ActionResolve                           // resolveClaim(claimIndex, maxChildren)
	ActionClaimCredit                       // claimCredit(recipient, claimIndices)
)

func (k ActionKind) String() string {
	switch k {
	case ActionMove:
		return "move"
	case ActionStep:
		return "step"
	case ActionResolve:
		return "resolve"
	case ActionClaimCredit:
		return "claimCredit"
	}
	return fmt.Sprintf("ActionKind(%d)", uint8(k))
}

// Action is one transaction against a game: what a contract test sends, and
// what Apply replays on the model.
type Action struct {
	Kind  ActionKind
	Time  uint64         // block.timestamp
	Actor common.Address // msg.sender; for claimCredit also the recipient
	// Claim is the parent of a move, the target of a step or a resolve.
	Claim    uint32
	Attack   bool
	Disputed common.Hash // move
	Value    common.Hash // move: the new claim
	Bond     *big.Int    // move: msg.value
	// VerifierPost is the step's verifier result (a contract test makes its
	// verifier return it, or ignores it for no-op steps).
	VerifierPost common.Hash
	MaxChildren  uint32 // resolve
	// Claims are claimCredit's claim indices; nil means every claim owed
	// to Actor (Game.CreditClaims), as the Go client computes them.
	Claims []uint32
}

// Apply performs a on the game and returns the rule error, if any.
func (g *Game) Apply(a Action) error {
	switch a.Kind {
	case ActionMove:
		_, err := g.Move(MoveArgs{Parent: a.Claim, Disputed: a.Disputed, Attack: a.Attack, Value: a.Value, Claimant: a.Actor, Bond: a.Bond, Time: a.Time})
		return err
	case ActionStep:
		return g.Step(StepArgs{Claim: a.Claim, Attack: a.Attack, Stepper: a.Actor, VerifierPost: a.VerifierPost, Time: a.Time})
	case ActionResolve:
		_, err := g.ResolveClaim(a.Claim, a.MaxChildren, a.Time)
		return err
	case ActionClaimCredit:
		claims := a.Claims
		if claims == nil {
			claims = g.CreditClaims(a.Actor)
		}
		_, err := g.ClaimCredit(a.Actor, claims, a.Time)
		return err
	}
	return fmt.Errorf("%w: unknown action kind %d", ErrMalformedGame, a.Kind)
}

// ScriptOptions shape a random script.
type ScriptOptions struct {
	// Params of the game; zero value: TestParams with MaxGameDepth 4.
	Params Params
	// MaxTraceLength bounds the random trace length (default 16, so games
	// are shallow and steps frequent).
	MaxTraceLength uint64
	// Actors are the accounts that act; default four fixed addresses.
	Actors []common.Address
	// Moves is the number of move/step attempts before resolution (default 40).
	Moves int
	// Sequencer forces a sequencer-claim game; otherwise it is random.
	Sequencer bool
}

// Script is a random game with the result of every action on the model: the
// input of a randomized comparison between this package and the contract.
// Roughly one action in six is invalid on purpose (wrong bond, wrong disputed
// value, duplicate, closed window, out-of-order resolution, …), so the
// comparison covers rejections too.
type Script struct {
	Params  Params
	Setup   Setup
	Actions []Action
	Errors  []error // Errors[i] is the model's result for Actions[i]
	Final   *Game   // the game after all actions: resolved, credits claimed
}

// RandomScript generates a script from rng. The game always ends resolved
// with every credit claimed.
func RandomScript(rng *rand.Rand, opts ScriptOptions) (*Script, error) {
	p := opts.Params
	if len(p.BondsByDepth) == 0 {
		p = TestParams()
		p.MaxGameDepth = 4
	}
	maxT := opts.MaxTraceLength
	if maxT == 0 {
		maxT = 16
	}
	if maxT > uint64(1)<<p.MaxGameDepth {
		maxT = uint64(1) << p.MaxGameDepth
	}
	actors := opts.Actors
	if len(actors) == 0 {
		actors = []common.Address{
			common.HexToAddress("0x00000000000000000000000000000000000000a1"),
			common.HexToAddress("0x00000000000000000000000000000000000000a2"),
			common.HexToAddress("0x00000000000000000000000000000000000000a3"),
			common.HexToAddress("0x00000000000000000000000000000000000000a4"),
		}
	}
	moves := opts.Moves
	if moves == 0 {
		moves = 40
	}
	values := []common.Hash{H(1), H(2), H(3), H(4)}
	pick := func() common.Hash { return values[rng.IntN(len(values))] }

	s := Setup{
		AnchorBatch: 3,
		AnchorRoot:  H(0xa),
		Batch:       3 + 1 + rng.Uint64N(4),
		TraceLength: rng.Uint64N(maxT + 1),
		RootClaim:   pick(),
		Claimant:    actors[0],
		Time:        TestGameTime,
	}
	if opts.Sequencer || rng.IntN(4) == 0 {
		s.SequencerClaim = true
		s.Bond = new(big.Int)
		s.Opener = actors[rng.IntN(len(actors))]
		s.OpenerClaim = pick()
		s.OpenerBond = p.BondAt(1)
	} else {
		s.Bond = p.BondAt(0)
	}
	g, err := NewGame(p, s)
	if err != nil {
		return nil, err
	}
	sc := &Script{Params: p.Clone(), Setup: s}
	now := s.Time
	do := func(a Action) {
		err := g.Apply(a)
		sc.Actions = append(sc.Actions, a)
		sc.Errors = append(sc.Errors, err)
	}
	win := p.ClaimTimeout

	closed := 0
	for range moves {
		if g.Status != StatusInProgress {
			break // an early resolve of the root ended the game
		}
		// Mostly small steps of time, now and then most of a window, so
		// that some windows close while others are still open.
		if rng.IntN(12) == 0 {
			now += win/2 + rng.Uint64N(win)
		} else {
			now += rng.Uint64N(win/8 + 1)
		}
		who := actors[rng.IntN(len(actors))]
		// Mostly claims whose window is open; the rest test closed windows.
		var open []uint32
		for i := range g.Claims {
			if g.WindowOpen(uint32(i), now) {
				open = append(open, uint32(i))
			}
		}
		idx := uint32(rng.IntN(len(g.Claims)))
		if len(open) > 0 && rng.IntN(10) != 0 {
			idx = open[rng.IntN(len(open))]
		}
		if len(open) == 0 {
			closed++
			if closed > 2 {
				break // every window closed: nothing left to play
			}
		}
		c := &g.Claims[idx]
		invalid := rng.IntN(6) == 0
		if c.Position.Depth() == g.MaxDepth && rng.IntN(4) != 0 {
			attack := rng.IntN(2) == 0
			post := pick()
			if spec, err := StepInputs(g, idx, attack); err == nil && rng.IntN(2) == 0 {
				// Aim for a countering result half of the time.
				post = spec.Post.Value
				if spec.Post.Side == spec.Side {
					post[0] ^= 0xff
				}
			}
			do(Action{Kind: ActionStep, Time: now, Actor: who, Claim: idx, Attack: attack, VerifierPost: post})
			continue
		}
		a := Action{
			Kind:     ActionMove,
			Time:     now,
			Actor:    who,
			Claim:    idx,
			Attack:   idx == 0 && rng.IntN(10) != 0 || rng.IntN(3) != 0,
			Disputed: c.Value,
			Value:    pick(),
			Bond:     p.BondAt(c.Position.Depth() + 1),
		}
		if invalid {
			switch rng.IntN(4) {
			case 0:
				a.Bond = new(big.Int).Add(a.Bond, big.NewInt(1))
			case 1:
				a.Disputed = H(0xbad)
			case 2:
				a.Claim = uint32(len(g.Claims)) // no such claim
			case 3:
				// Resolve too early, usually; rarely the root, which would
				// end the game if it happened to be resolvable.
				a.Kind = ActionResolve
				a.MaxChildren = uint32(rng.IntN(3))
				if idx == 0 && rng.IntN(4) != 0 {
					a.Claim = uint32(rng.IntN(len(g.Claims)))
				}
			}
		}
		do(a)
	}

	// Resolution: past every window, in a random order that is sometimes
	// wrong (parents before children), with random chunk sizes, until done.
	for i := range g.Claims {
		if end := g.Claims[i].CreatedAt + win; end > now {
			now = end
		}
	}
	if rng.IntN(2) == 0 {
		do(Action{Kind: ActionClaimCredit, Time: now, Actor: actors[0]}) // game in progress
	}
	for g.Status == StatusInProgress {
		now += rng.Uint64N(3)
		var idx uint32
		if rng.IntN(4) == 0 {
			idx = uint32(rng.IntN(len(g.Claims)))
		} else {
			// The highest unresolved index is always resolvable.
			for i := len(g.Claims) - 1; i >= 0; i-- {
				if !g.Claims[i].Resolved {
					idx = uint32(i)
					break
				}
			}
		}
		do(Action{Kind: ActionResolve, Time: now, Actor: actors[rng.IntN(len(actors))], Claim: idx, MaxChildren: uint32(rng.IntN(3))})
	}
	now++
	// Explicit lists, often wrong: someone else's claim, a paid one, an
	// index listed twice or out of range; a right one pays part of a credit.
	for range rng.IntN(4) {
		a := actors[rng.IntN(len(actors))]
		owed := g.CreditClaims(a)
		var list []uint32
		switch rng.IntN(4) {
		case 0:
			list = []uint32{uint32(rng.IntN(len(g.Claims) + 1))}
		case 1:
			if len(owed) > 0 {
				list = []uint32{owed[0], owed[0]}
			}
		default:
			if len(owed) > 0 {
				list = []uint32{owed[rng.IntN(len(owed))]}
			}
		}
		if list != nil {
			do(Action{Kind: ActionClaimCredit, Time: now, Actor: a, Claims: list})
		}
	}
	for _, a := range actors {
		do(Action{Kind: ActionClaimCredit, Time: now, Actor: a})
	}
	sc.Final = g
	return sc, nil
}
