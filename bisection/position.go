package bisection

import (
	"fmt"
	"math/bits"
)

// MaxGameDepthLimit is the largest game depth the model supports. With
// D ≤ 63 every position is below 2^64, every trace index below 2^63, and
// every intermediate value of TraceIndex at most 2^63, so uint64 arithmetic
// never wraps. The rollup config enforces the same bound on maxGameDepth.
const MaxGameDepthLimit = 63

// Position is a generalized index g ≥ 1 in the binary tree of a game:
// depth(g) = ⌊log₂ g⌋, index(g) = g − 2^depth(g); the root is 1 and the
// children of g are 2g and 2g + 1.
//
// It is a uint64 rather than OP's uint128 because depths are bounded by 63
// (positions at depth 63 are below 2^64): the Solidity contract stores it in
// a uint64 next to the 32-bit parent index and the 64-bit timestamp, and no
// computation of the rules needs more than 64 bits once a move's legality has
// been checked (Attack and Defend check before they multiply).
//
// Position 0 is invalid. Depth and IndexAtDepth return 0 for it so that they
// are total; every function that consumes a position (TraceIndex, Attack,
// Defend, the game) rejects it.
type Position uint64

// RootPosition is the position of the root claim.
const RootPosition Position = 1

// NewPosition returns the position at the given depth and index.
func NewPosition(depth uint8, index uint64) (Position, error) {
	if depth > MaxGameDepthLimit {
		return 0, fmt.Errorf("%w: depth %d exceeds %d", ErrInvalidPosition, depth, MaxGameDepthLimit)
	}
	if index>>depth != 0 {
		return 0, fmt.Errorf("%w: index %d at depth %d", ErrInvalidPosition, index, depth)
	}
	return Position(uint64(1)<<depth | index), nil
}

// Valid reports whether p is a position (p ≥ 1).
func (p Position) Valid() bool { return p != 0 }

// Depth returns ⌊log₂ p⌋, the index of the highest set bit.
func (p Position) Depth() uint8 {
	if p == 0 {
		return 0
	}
	return uint8(bits.Len64(uint64(p)) - 1)
}

// IndexAtDepth returns p − 2^depth(p), the position's index from the left
// within its depth.
func (p Position) IndexAtDepth() uint64 {
	if p == 0 {
		return 0
	}
	return uint64(p) &^ (uint64(1) << p.Depth())
}

// Side returns the side a claim at p belongs to: even depths are the root
// claimant's (defender), odd depths the challengers'.
func (p Position) Side() Side { return Side(p.Depth() & 1) }

// TraceIndex returns t(p) = (index(p) + 1) · 2^(D − depth(p)) − 1 for a game
// of depth D: the trace index whose post-state a claim at p asserts. It is
// at most 2^D − 1 (the root's).
func (p Position) TraceIndex(gameDepth uint8) (uint64, error) {
	if err := p.check(gameDepth); err != nil {
		return 0, err
	}
	return (p.IndexAtDepth()+1)<<(gameDepth-p.Depth()) - 1, nil
}

// Attack returns the position of an attack on p, 2p, if p may be attacked in
// a game of depth D: depth(p) < D.
func (p Position) Attack(gameDepth uint8) (Position, error) {
	if err := p.check(gameDepth); err != nil {
		return 0, err
	}
	if p.Depth() >= gameDepth {
		return 0, fmt.Errorf("%w: position %d is at depth %d of %d", ErrMaxDepth, p, p.Depth(), gameDepth)
	}
	return 2 * p, nil
}

// Defend returns the position of a defence of p, 2(p + 1), if p may be
// defended in a game of depth D: depth(p) < D, p is not the root, and t(p) is
// not the last trace index 2^D − 1. (Only positions on the right edge of the
// tree have t(p) = 2^D − 1, and no move reaches them except the root, so the
// last condition adds nothing for claims made by moves; it is kept because it
// is the reason the root cannot be defended, and it keeps the rule total.)
func (p Position) Defend(gameDepth uint8) (Position, error) {
	if err := p.check(gameDepth); err != nil {
		return 0, err
	}
	if p.Depth() >= gameDepth {
		return 0, fmt.Errorf("%w: position %d is at depth %d of %d", ErrMaxDepth, p, p.Depth(), gameDepth)
	}
	if p == RootPosition {
		return 0, fmt.Errorf("%w: root", ErrCannotDefend)
	}
	// p is not on the right edge, so index(p) + 1 < 2^depth(p) and 2(p + 1)
	// stays at depth(p) + 1 ≤ 63: no overflow.
	t, _ := p.TraceIndex(gameDepth)
	if t == LastTraceIndex(gameDepth) {
		return 0, fmt.Errorf("%w: position %d has the last trace index %d", ErrCannotDefend, p, t)
	}
	return 2 * (p + 1), nil
}

// check validates p against a game depth.
func (p Position) check(gameDepth uint8) error {
	if gameDepth > MaxGameDepthLimit {
		return fmt.Errorf("%w: %d exceeds %d", ErrInvalidDepth, gameDepth, MaxGameDepthLimit)
	}
	if p == 0 {
		return fmt.Errorf("%w: 0", ErrInvalidPosition)
	}
	if p.Depth() > gameDepth {
		return fmt.Errorf("%w: position %d is deeper than the game depth %d", ErrInvalidPosition, p, gameDepth)
	}
	return nil
}

// LastTraceIndex returns 2^D − 1, the trace index of the root claim (0 for
// an out-of-range D, for totality).
func LastTraceIndex(gameDepth uint8) uint64 {
	if gameDepth > MaxGameDepthLimit {
		return 0
	}
	return uint64(1)<<gameDepth - 1
}

// GameDepth returns the depth D of a game over a trace of length T: the
// smallest D with 2^D ≥ T, and at least 1 (so that even a game over an
// empty or single-step trace has a level of steps below the root). It fails
// if T > 2^63, which no D ≤ 63 covers.
func GameDepth(traceLength uint64) (uint8, error) {
	if traceLength <= 2 {
		return 1, nil
	}
	d := bits.Len64(traceLength - 1) // 2^(d−1) < T ≤ 2^d
	if d > MaxGameDepthLimit {
		return 0, fmt.Errorf("%w: trace length %d needs depth 64", ErrTraceTooLong, traceLength)
	}
	return uint8(d), nil
}

// Side is one of the two teams of a game.
type Side uint8

const (
	// SideDefender is the root claimant's side: claims at even depths.
	SideDefender Side = 0
	// SideChallenger is the challengers' side: claims at odd depths.
	SideChallenger Side = 1
)

// Opposite returns the other side.
func (s Side) Opposite() Side { return s ^ 1 }

func (s Side) String() string {
	switch s {
	case SideDefender:
		return "defender"
	case SideChallenger:
		return "challenger"
	}
	return fmt.Sprintf("Side(%d)", uint8(s))
}
