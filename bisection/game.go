package bisection

import (
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// NoParent is the ParentIndex of the root claim, and NoClaim marks "no claim"
// (the anchor) in a StateRef. Claim indices are uint32, as in the contract;
// index 2^32 − 1 is reserved for this marker.
const (
	NoParent uint32 = math.MaxUint32
	NoClaim  uint32 = math.MaxUint32
)

// Status is the outcome of a game. The values are those of the Solidity enum
// GameStatus { IN_PROGRESS, CHALLENGER_WINS, DEFENDER_WINS }.
type Status uint8

const (
	StatusInProgress     Status = 0
	StatusChallengerWins Status = 1
	StatusDefenderWins   Status = 2
)

func (s Status) String() string {
	switch s {
	case StatusInProgress:
		return "IN_PROGRESS"
	case StatusChallengerWins:
		return "CHALLENGER_WINS"
	case StatusDefenderWins:
		return "DEFENDER_WINS"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Claim is one node of a game's claim tree.
type Claim struct {
	// ParentIndex is the index of the claim this one counters (NoParent for
	// the root). Parents always precede their children in Game.Claims.
	ParentIndex uint32
	// Position is the claim's generalized index.
	Position Position
	// Value is the state root the claim asserts after step t(Position).
	Value common.Hash
	// Claimant posted the claim and is refunded its bond if it stands.
	Claimant common.Address
	// Bond is the wei the claimant locked (bondAt(depth); zero for the root
	// of a sequencer-claim game).
	Bond *big.Int
	// CreatedAt is the L1 timestamp of the move that created the claim; its
	// counter window is [CreatedAt, CreatedAt + claimTimeout).
	CreatedAt uint64
	// CounteredBy is whoever countered the claim with a one-step proof (zero
	// if nobody did). Only claims at the game depth can be stepped.
	CounteredBy common.Address
	// Children are the indices of the claims that counter this one, in
	// creation order (the contract's subgame list).
	Children []uint32

	// Resolution state.
	Resolved   bool       // the claim's subgame is resolved
	Countered  bool       // the resolution result; meaningful once Resolved
	Checkpoint Checkpoint // progress of a paginated resolution

	// Credit state. Payee is who the bond is paid to, set at resolution:
	// the claimant of the leftmost uncountered child, else the stepper,
	// else the claim's own claimant. Paid is set when ClaimCredit pays it.
	Payee common.Address
	Paid  bool
}

// Owed reports whether the claim's bond is owed to who: resolved, not yet
// paid, non-zero, and who is its payee.
func (c *Claim) Owed(who common.Address) bool {
	return c.Resolved && !c.Paid && c.Payee == who && c.Bond != nil && c.Bond.Sign() > 0
}

// Checkpoint is the progress of a claim's paginated resolution: how many of
// its children have been looked at, and the leftmost uncountered child among
// them.
type Checkpoint struct {
	// NextChild is the number of children already processed.
	NextChild uint32
	// LeftmostPosition is the smallest position of an uncountered child seen
	// so far, 0 if none (0 is not a position).
	LeftmostPosition Position
	// LeftmostIndex is the index of that child (meaningful when
	// LeftmostPosition ≠ 0): its claimant becomes the payee.
	LeftmostIndex uint32
}

// Game is the full state of one dispute game, as the DisputeGame contract
// holds it. Its methods apply the rules of docs/PROTOCOL.md §7; a method
// that returns an error leaves the game unchanged. A Game is not safe for
// concurrent use.
type Game struct {
	Params Params

	AnchorBatch    uint64      // A: the anchor batch the trace starts after
	AnchorRoot     common.Hash // the state root after batch A, the pre-state of step 0
	Batch          uint64      // B: the batch whose post-state root the root claim asserts
	TraceLength    uint64      // T = cumTrace[B] − cumTrace[A]; steps at index ≥ T are no-ops
	MaxDepth       uint8       // D = GameDepth(T)
	SequencerClaim bool        // the root is a batch header's stateRoot, backed by the signers' bonds
	CreatedAt      uint64

	Claims []Claim

	Status     Status
	ResolvedAt uint64 // L1 timestamp of the root's resolution
	// SlashSigners is set when a sequencer-claim game resolves
	// CHALLENGER_WINS: SequencerSet must slash every signer of the header and
	// reward SlashRecipient, the claimant of the root's leftmost uncountered
	// child.
	SlashSigners   bool
	SlashRecipient common.Address

	// Clock is the timestamp of the latest accepted action. The model rejects
	// earlier times (ErrClockBackwards); on L1 block.timestamp never
	// decreases.
	Clock uint64
}

// Setup describes a new game: what the factory checks and stores at creation.
type Setup struct {
	AnchorBatch uint64
	AnchorRoot  common.Hash
	Batch       uint64
	TraceLength uint64
	RootClaim   common.Hash
	// Claimant is the root claimant: the prover who posts the claim, or for a
	// sequencer claim the account that stands for the signers (SequencerSet).
	Claimant common.Address
	// Bond is the root's bond: bondAt(0), or zero for a sequencer claim.
	Bond *big.Int
	// Time is the L1 timestamp of creation.
	Time uint64

	// SequencerClaim opens a game on a batch header's stateRoot. The opener
	// must attack the root in the same transaction: OpenerClaim is the
	// attack's value and OpenerBond must be bondAt(1).
	SequencerClaim bool
	Opener         common.Address
	OpenerClaim    common.Hash
	OpenerBond     *big.Int
}

// NewGame creates a game: the root claim at index 0 and, for a sequencer
// claim, the opener's attack at index 1. Checks, in order: the Go-only ones
// (valid parameters, non-zero claimant and opener); Batch > AnchorBatch;
// GameDepth(TraceLength) ≤ MaxGameDepth; the root bond (bondAt(0), or zero
// for a sequencer claim); for a sequencer claim, the opener's attack as a
// move.
func NewGame(p Params, s Setup) (*Game, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if s.Claimant == (common.Address{}) {
		return nil, fmt.Errorf("%w: root claimant", ErrZeroAddress)
	}
	if s.SequencerClaim && s.Opener == (common.Address{}) {
		return nil, fmt.Errorf("%w: opener", ErrZeroAddress)
	}
	if s.Batch <= s.AnchorBatch {
		return nil, fmt.Errorf("%w: batch %d, anchor %d", ErrBatchNotAfterAnchor, s.Batch, s.AnchorBatch)
	}
	d, err := GameDepth(s.TraceLength)
	if err != nil {
		return nil, err
	}
	if d > p.MaxGameDepth {
		return nil, fmt.Errorf("%w: trace length %d needs depth %d, maximum %d", ErrTraceTooLong, s.TraceLength, d, p.MaxGameDepth)
	}
	rootBond := p.BondAt(0)
	if s.SequencerClaim {
		rootBond = new(big.Int)
	}
	if !bondEqual(s.Bond, rootBond) {
		return nil, fmt.Errorf("%w: root bond %v, want %v", ErrWrongBond, s.Bond, rootBond)
	}
	g := &Game{
		Params:         p.Clone(),
		AnchorBatch:    s.AnchorBatch,
		AnchorRoot:     s.AnchorRoot,
		Batch:          s.Batch,
		TraceLength:    s.TraceLength,
		MaxDepth:       d,
		SequencerClaim: s.SequencerClaim,
		CreatedAt:      s.Time,
		Clock:          s.Time,
	}
	g.Claims = append(g.Claims, Claim{
		ParentIndex: NoParent,
		Position:    RootPosition,
		Value:       s.RootClaim,
		Claimant:    s.Claimant,
		Bond:        rootBond,
		CreatedAt:   s.Time,
	})
	if s.SequencerClaim {
		// The mandatory first attack is an ordinary move, checked as one.
		if _, err := g.Move(MoveArgs{
			Parent:   0,
			Disputed: s.RootClaim,
			Attack:   true,
			Value:    s.OpenerClaim,
			Claimant: s.Opener,
			Bond:     s.OpenerBond,
			Time:     s.Time,
		}); err != nil {
			return nil, fmt.Errorf("opening attack: %w", err)
		}
	}
	return g, nil
}

// MoveArgs are the arguments of a move (the contract's move(disputed,
// parentIndex, claim, isAttack) with msg.sender, msg.value and
// block.timestamp).
type MoveArgs struct {
	Parent uint32
	// Disputed must equal the parent claim's value. It guards the mover
	// against an L1 reorganisation that changes which claim sits at Parent.
	Disputed common.Hash
	Attack   bool
	Value    common.Hash
	Claimant common.Address
	Bond     *big.Int
	Time     uint64
}

// Move adds a claim that counters the claim at a.Parent and returns its index.
// Checks, in order (Go-only first): time not before Clock; non-zero claimant;
// fewer than 2^32 − 1 claims; the game is in progress; the parent exists;
// a.Disputed equals the parent's value; the move is legal at the parent's
// position (attack: depth < D; defend: also not the root nor the last trace
// index); the parent's counter window is open; the bond is bondAt(depth of
// the new claim); no child of the parent has the same position and value.
func (g *Game) Move(a MoveArgs) (uint32, error) {
	if err := g.checkClock(a.Time); err != nil {
		return 0, err
	}
	if a.Claimant == (common.Address{}) {
		return 0, fmt.Errorf("%w: claimant", ErrZeroAddress)
	}
	if uint64(len(g.Claims)) >= uint64(NoParent) {
		return 0, ErrTooManyClaims
	}
	if g.Status != StatusInProgress {
		return 0, fmt.Errorf("%w: %v", ErrGameOver, g.Status)
	}
	parent, err := g.claim(a.Parent)
	if err != nil {
		return 0, err
	}
	if a.Disputed != parent.Value {
		return 0, fmt.Errorf("%w: claim %d is %x, not %x", ErrDisputedMismatch, a.Parent, parent.Value, a.Disputed)
	}
	var pos Position
	if a.Attack {
		pos, err = parent.Position.Attack(g.MaxDepth)
	} else {
		pos, err = parent.Position.Defend(g.MaxDepth)
	}
	if err != nil {
		return 0, fmt.Errorf("claim %d: %w", a.Parent, err)
	}
	if err := g.checkWindowOpen(a.Parent, a.Time); err != nil {
		return 0, err
	}
	if want := g.Params.BondAt(pos.Depth()); !bondEqual(a.Bond, want) {
		return 0, fmt.Errorf("%w: %v at depth %d, want %v", ErrWrongBond, a.Bond, pos.Depth(), want)
	}
	for _, c := range parent.Children {
		if int(c) < len(g.Claims) && g.Claims[c].Position == pos && g.Claims[c].Value == a.Value {
			return 0, fmt.Errorf("%w: claim %d has the same parent, position and value", ErrDuplicateClaim, c)
		}
	}

	idx := uint32(len(g.Claims))
	g.Claims = append(g.Claims, Claim{
		ParentIndex: a.Parent,
		Position:    pos,
		Value:       a.Value,
		Claimant:    a.Claimant,
		Bond:        copyAmount(a.Bond),
		CreatedAt:   a.Time,
	})
	parent = &g.Claims[a.Parent] // the append may have moved the slice
	parent.Children = append(parent.Children, idx)
	g.Clock = a.Time
	return idx, nil
}

// StepArgs are the arguments of a one-step counter of a claim at the game
// depth (the contract's step(claimIndex, isAttack, …proof) with msg.sender
// and block.timestamp).
type StepArgs struct {
	Claim   uint32
	Attack  bool // attack step (post-state = the claim) or defend step (pre-state = the claim)
	Stepper common.Address
	// VerifierPost is what the OneStepVerifier returned for the step: the
	// successor of the pre-state value. It is ignored for a no-op step (step
	// index ≥ TraceLength), whose successor is the pre-state itself and for
	// which the contract calls no verifier.
	VerifierPost common.Hash
	Time         uint64
}

// Step counters a claim at the game depth with a one-step proof, or fails
// with ErrValidStep if the proof shows the claim right. Checks, in order
// (Go-only first): time not before Clock; non-zero stepper; the game is in
// progress; the claim exists; it is at the game depth; its counter window is
// open; it has not been countered by a step already; the pre- and post-state
// exist (always true for trees built by moves); the step counters it
// (StepCounters).
func (g *Game) Step(a StepArgs) error {
	if err := g.checkClock(a.Time); err != nil {
		return err
	}
	if a.Stepper == (common.Address{}) {
		return fmt.Errorf("%w: stepper", ErrZeroAddress)
	}
	if g.Status != StatusInProgress {
		return fmt.Errorf("%w: %v", ErrGameOver, g.Status)
	}
	c, err := g.claim(a.Claim)
	if err != nil {
		return err
	}
	if c.Position.Depth() != g.MaxDepth || !c.Position.Valid() {
		return fmt.Errorf("%w: claim %d is at depth %d, game depth %d", ErrNotMaxDepth, a.Claim, c.Position.Depth(), g.MaxDepth)
	}
	if err := g.checkWindowOpen(a.Claim, a.Time); err != nil {
		return err
	}
	if c.CounteredBy != (common.Address{}) {
		return fmt.Errorf("%w: claim %d by %v", ErrAlreadyCountered, a.Claim, c.CounteredBy)
	}
	spec, err := StepInputs(g, a.Claim, a.Attack)
	if err != nil {
		return err
	}
	if !spec.Pre.Exists || !spec.Post.Exists {
		return fmt.Errorf("%w: claim %d, %s step %d", ErrNoTraceAncestor, a.Claim, stepKind(a.Attack), spec.StepIndex)
	}
	if !spec.Counters(a.VerifierPost) {
		return fmt.Errorf("%w: claim %d, %s step %d", ErrValidStep, a.Claim, stepKind(a.Attack), spec.StepIndex)
	}
	c.CounteredBy = a.Stepper
	g.Clock = a.Time
	return nil
}

func stepKind(attack bool) string {
	if attack {
		return "attack"
	}
	return "defend"
}

// claim returns the claim at idx.
func (g *Game) claim(idx uint32) (*Claim, error) {
	if uint64(idx) >= uint64(len(g.Claims)) {
		return nil, fmt.Errorf("%w: index %d of %d", ErrNoSuchClaim, idx, len(g.Claims))
	}
	return &g.Claims[idx], nil
}

func (g *Game) checkClock(t uint64) error {
	if t < g.Clock {
		return fmt.Errorf("%w: %d < %d", ErrClockBackwards, t, g.Clock)
	}
	return nil
}

// elapsed returns t − CreatedAt of claim idx, computed without overflow.
func (g *Game) elapsed(idx uint32, t uint64) (uint64, error) {
	c := &g.Claims[idx]
	if t < c.CreatedAt {
		return 0, fmt.Errorf("%w: claim %d created at %d, now %d", ErrClockBackwards, idx, c.CreatedAt, t)
	}
	return t - c.CreatedAt, nil
}

// WindowOpen reports whether claim idx may still be countered at time t:
// t − CreatedAt < claimTimeout. The window and the resolution period do not
// overlap: at t = CreatedAt + claimTimeout the claim can be resolved and no
// longer countered.
func (g *Game) WindowOpen(idx uint32, t uint64) bool {
	if uint64(idx) >= uint64(len(g.Claims)) {
		return false
	}
	e, err := g.elapsed(idx, t)
	return err == nil && e < g.Params.ClaimTimeout
}

func (g *Game) checkWindowOpen(idx uint32, t uint64) error {
	e, err := g.elapsed(idx, t)
	if err != nil {
		return err
	}
	if e >= g.Params.ClaimTimeout {
		return fmt.Errorf("%w: claim %d created at %d, now %d, window %d", ErrWindowClosed, idx, g.Claims[idx].CreatedAt, t, g.Params.ClaimTimeout)
	}
	return nil
}

// TotalBonds returns the sum of the bonds of all claims: what the contract
// holds, and what the credits add up to once every claim is resolved.
func (g *Game) TotalBonds() *big.Int {
	sum := new(big.Int)
	for i := range g.Claims {
		if g.Claims[i].Bond != nil {
			sum.Add(sum, g.Claims[i].Bond)
		}
	}
	return sum
}

// Clone returns a deep copy of the game.
func (g *Game) Clone() *Game {
	c := *g
	c.Params = g.Params.Clone()
	c.Claims = make([]Claim, len(g.Claims))
	for i, cl := range g.Claims {
		if cl.Bond != nil {
			cl.Bond = new(big.Int).Set(cl.Bond)
		}
		cl.Children = append([]uint32(nil), cl.Children...)
		c.Claims[i] = cl
	}
	return &c
}

// copyAmount copies an amount, nil as zero.
func copyAmount(a *big.Int) *big.Int {
	if a == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a)
}

// bondEqual compares amounts, treating nil as zero.
func bondEqual(a, b *big.Int) bool {
	if a == nil {
		return b == nil || b.Sign() == 0
	}
	if b == nil {
		return a.Sign() == 0
	}
	return a.Cmp(b) == 0
}
