package bisection

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Trace is the true trace of a game, the reference against which claims are
// judged: the anchor root and the state root after each of the T steps. A
// trace provider builds it from replay (ReplayBatch with
// ReplayOptions{Trace: true} over batches A+1 … B); tests make it up.
type Trace struct {
	Anchor common.Hash
	Length uint64
	// Root returns the state root after step i, for i < Length.
	Root func(i uint64) common.Hash
}

// SliceTrace returns the trace whose step roots are roots.
func SliceTrace(anchor common.Hash, roots []common.Hash) *Trace {
	return &Trace{
		Anchor: anchor,
		Length: uint64(len(roots)),
		Root:   func(i uint64) common.Hash { return roots[i] },
	}
}

// StateAt returns the true state root after step i, padding included: steps
// at index ≥ T are no-ops, so for i ≥ T it is the root after the last step
// (the anchor root if T = 0).
func (tr *Trace) StateAt(i uint64) common.Hash {
	if tr.Length == 0 {
		return tr.Anchor
	}
	if i >= tr.Length {
		i = tr.Length - 1
	}
	return tr.Root(i)
}

// PreState returns the true state before step s: the anchor for s = 0,
// otherwise the state after step s − 1.
func (tr *Trace) PreState(s uint64) common.Hash {
	if s == 0 {
		return tr.Anchor
	}
	return tr.StateAt(s - 1)
}

// Successor models the OneStepVerifier for step s. From the true pre-state
// the verifier can only return the true post-state (state proofs bind to the
// root), so ok is true and post = StateAt(s). From any other value the
// outcome is not determined by the trace: whoever knows a preimage of that
// root can make the verifier return what they like, and ok is false.
func (tr *Trace) Successor(s uint64, pre common.Hash) (post common.Hash, ok bool) {
	if pre != tr.PreState(s) {
		return common.Hash{}, false
	}
	return tr.StateAt(s), true
}

// TrueValue returns the value a correct claim at position p has in a game of
// depth D over this trace: the state after step t(p).
func (tr *Trace) TrueValue(p Position, gameDepth uint8) (common.Hash, error) {
	t, err := p.TraceIndex(gameDepth)
	if err != nil {
		return common.Hash{}, err
	}
	return tr.StateAt(t), nil
}

// Correctness returns, for every claim of the game, whether its value is the
// true state root at its trace index. It depends on nothing but the trace and
// the claims' positions and values, not on any strategy, which makes it the
// yardstick for tests of honest play: the game must end DEFENDER_WINS iff the
// root is correct.
func Correctness(g *Game, tr *Trace) ([]bool, error) {
	if tr.Length != g.TraceLength {
		return nil, fmt.Errorf("%w: trace length %d, game trace length %d", ErrMalformedGame, tr.Length, g.TraceLength)
	}
	out := make([]bool, len(g.Claims))
	for i := range g.Claims {
		v, err := tr.TrueValue(g.Claims[i].Position, g.MaxDepth)
		if err != nil {
			return nil, fmt.Errorf("claim %d: %w", i, err)
		}
		out[i] = v == g.Claims[i].Value
	}
	return out, nil
}

// ExpectedStatus returns the status a game with this root value must end
// with when an honest party plays: DEFENDER_WINS iff the root is correct.
func (tr *Trace) ExpectedStatus(root common.Hash) Status {
	if root == tr.StateAt(tr.Length) { // the state after the last step (padding-aware)
		return StatusDefenderWins
	}
	return StatusChallengerWins
}
