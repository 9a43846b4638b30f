package bisection

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// StateRef names one side of a step: the anchor (the state before step 0) or
// a claim in the stepped claim's ancestor chain.
type StateRef struct {
	// Exists is false if the chain holds no claim at the required trace
	// index. That cannot happen in a tree built by legal moves (see
	// docs/PROTOCOL.md §7, "Step"); it is reported rather than assumed so
	// that the functions stay total on any Game value.
	Exists bool
	// Anchor is true when the state is the game's anchor root (attack step on
	// trace index 0). Claim is then NoClaim and Side is meaningless: the
	// anchor belongs to neither side, and it is never a post-state.
	Anchor bool
	Claim  uint32
	Value  common.Hash
	Side   Side
}

// StepSpec is everything the game decides about a step before the verifier
// runs: which step of the trace is executed, from which pre-state value, and
// which claim the result is compared with.
type StepSpec struct {
	Claim  uint32 // the claim being countered, at the game depth
	Attack bool
	Side   Side // the countered claim's side
	// TraceIndex is i = t(claim); StepIndex is the step executed: i for an
	// attack step, i + 1 for a defend step.
	TraceIndex uint64
	StepIndex  uint64
	// NoOp is StepIndex ≥ TraceLength: the step lies in the padding after the
	// trace, so the successor is the pre-state value and no verifier runs.
	NoOp bool
	Pre  StateRef
	Post StateRef
}

// Successor returns the successor of the pre-state: the pre-state value for
// a no-op step, otherwise what the verifier returned.
func (s *StepSpec) Successor(verifierPost common.Hash) common.Hash {
	if s.NoOp {
		return s.Pre.Value
	}
	return verifierPost
}

// Counters applies the counter rule: the step counters the claim iff the
// post-state claim is on the claim's side and the successor differs from its
// value, or it is on the other side and the successor equals its value. (For
// an attack step the post-state claim is the countered claim itself, so the
// rule reduces to "the successor differs from the claim".) It is false if the
// pre- or post-state does not exist.
func (s *StepSpec) Counters(verifierPost common.Hash) bool {
	if !s.Pre.Exists || !s.Post.Exists || s.Post.Anchor {
		return false
	}
	succ := s.Successor(verifierPost)
	if s.Post.Side == s.Side {
		return succ != s.Post.Value
	}
	return succ == s.Post.Value
}

// StepInputs selects the pre- and post-state of an attack or defend step
// against claim idx, which must be at the game depth. With i = t(claim):
//
//   - attack step: pre = the state at i − 1, that is the anchor root if i = 0,
//     otherwise the claim in idx's ancestor chain whose trace index is i − 1;
//     post = the claim itself; step index i.
//   - defend step: pre = the claim itself; post = the claim in the ancestor
//     chain whose trace index is i + 1; step index i + 1.
//
// The ancestor chain is walked from the claim's parent towards the root; all
// claims of a chain have distinct trace indices, so the match is unique. An
// error means idx is not a claim at the game depth, or the game is malformed;
// a missing ancestor is reported in the StateRef, not as an error.
func StepInputs(g *Game, idx uint32, attack bool) (StepSpec, error) {
	c, err := g.claim(idx)
	if err != nil {
		return StepSpec{}, err
	}
	if !c.Position.Valid() || c.Position.Depth() != g.MaxDepth {
		return StepSpec{}, fmt.Errorf("%w: claim %d at position %d, game depth %d", ErrNotMaxDepth, idx, c.Position, g.MaxDepth)
	}
	i, err := c.Position.TraceIndex(g.MaxDepth)
	if err != nil {
		return StepSpec{}, fmt.Errorf("%w: claim %d: %w", ErrMalformedGame, idx, err)
	}
	self := StateRef{Exists: true, Claim: idx, Value: c.Value, Side: c.Position.Side()}
	s := StepSpec{Claim: idx, Attack: attack, Side: self.Side, TraceIndex: i}
	if attack {
		s.StepIndex = i
		s.Post = self
		if i == 0 {
			s.Pre = StateRef{Exists: true, Anchor: true, Claim: NoClaim, Value: g.AnchorRoot}
		} else {
			s.Pre = g.traceAncestor(idx, i-1)
		}
	} else {
		// i ≤ 2^63 − 1, so i + 1 does not wrap.
		s.StepIndex = i + 1
		s.Pre = self
		s.Post = g.traceAncestor(idx, i+1)
	}
	s.NoOp = s.StepIndex >= g.TraceLength
	return s, nil
}

// traceAncestor walks up from claim idx's parent to the root and returns the
// first claim whose trace index is target. The walk only follows parent
// indices that strictly decrease, so it terminates on any Game value.
func (g *Game) traceAncestor(idx uint32, target uint64) StateRef {
	missing := StateRef{Claim: NoClaim}
	cur := idx
	for {
		p := g.Claims[cur].ParentIndex
		if p == NoParent || p >= cur {
			return missing
		}
		cur = p
		c := &g.Claims[cur]
		t, err := c.Position.TraceIndex(g.MaxDepth)
		if err != nil {
			return missing
		}
		if t == target {
			return StateRef{Exists: true, Claim: cur, Value: c.Value, Side: c.Position.Side()}
		}
	}
}

// PreStateFor returns the pre-state of an attack or defend step against claim
// idx (see StepInputs).
func PreStateFor(g *Game, idx uint32, attack bool) (StateRef, error) {
	s, err := StepInputs(g, idx, attack)
	return s.Pre, err
}

// PostStateFor returns the post-state of an attack or defend step against
// claim idx (see StepInputs).
func PostStateFor(g *Game, idx uint32, attack bool) (StateRef, error) {
	s, err := StepInputs(g, idx, attack)
	return s.Post, err
}

// StepCounters reports whether a step against claim idx counters it, given
// what the verifier returned for the step (ignored for a no-op step). It fails
// with ErrNoTraceAncestor if the pre- or post-state does not exist. It does not
// look at windows, the game status or an earlier step; Game.Step does.
func StepCounters(g *Game, idx uint32, attack bool, verifierPost common.Hash) (bool, error) {
	s, err := StepInputs(g, idx, attack)
	if err != nil {
		return false, err
	}
	if !s.Pre.Exists || !s.Post.Exists {
		return false, fmt.Errorf("%w: claim %d, %s step %d", ErrNoTraceAncestor, idx, stepKind(attack), s.StepIndex)
	}
	return s.Counters(verifierPost), nil
}
