package bisection

import (
	"fmt"
	"math/big"
)

// Params are the dispute-game parameters of the rollup config (claimTimeout,
// maxGameDepth, bondsByDepth, anchorAirgap). They are immutables of the
// DisputeGame contracts. Durations are whole seconds of L1 block time,
// amounts are wei.
//
// The package does not import internal/config, so that config (which
// validates these same fields) may one day import bisection; the caller
// copies the four fields across.
type Params struct {
	// ClaimTimeout is the counter window of every claim: a claim created at
	// time c may be countered (moved against, or stepped) at times t with
	// t − c < ClaimTimeout, and resolved at times t with t − c ≥ ClaimTimeout.
	ClaimTimeout uint64
	// MaxGameDepth bounds the game depth D (1 ≤ D ≤ MaxGameDepth ≤ 63), hence
	// the trace length a game can cover (2^MaxGameDepth steps).
	MaxGameDepth uint8
	// BondsByDepth[d] is the bond of a claim at depth d; the last entry
	// repeats for deeper claims. Every entry is positive.
	BondsByDepth []*big.Int
	// AnchorAirgap is the delay between a game resolving DEFENDER_WINS and its
	// claim becoming eligible as the new anchor.
	AnchorAirgap uint64
}

// Validate checks the parameters the way the rollup config does.
func (p *Params) Validate() error {
	if p.ClaimTimeout == 0 {
		return fmt.Errorf("%w: claimTimeout is zero", ErrInvalidParams)
	}
	if p.MaxGameDepth == 0 || p.MaxGameDepth > MaxGameDepthLimit {
		return fmt.Errorf("%w: maxGameDepth %d not in [1, %d]", ErrInvalidParams, p.MaxGameDepth, MaxGameDepthLimit)
	}
	if len(p.BondsByDepth) == 0 {
		return fmt.Errorf("%w: bondsByDepth is empty", ErrInvalidParams)
	}
	for i, b := range p.BondsByDepth {
		if b == nil || b.Sign() <= 0 {
			return fmt.Errorf("%w: bondsByDepth[%d] is not positive", ErrInvalidParams, i)
		}
	}
	return nil
}

// BondAt returns the bond of a claim at depth d: BondsByDepth[min(d, len−1)].
// It returns a fresh copy (zero if BondsByDepth is empty).
func (p *Params) BondAt(depth uint8) *big.Int {
	n := len(p.BondsByDepth)
	if n == 0 {
		return new(big.Int)
	}
	i := int(depth)
	if i >= n {
		i = n - 1
	}
	if p.BondsByDepth[i] == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(p.BondsByDepth[i])
}

// Clone returns a deep copy.
func (p Params) Clone() Params {
	c := p
	c.BondsByDepth = make([]*big.Int, len(p.BondsByDepth))
	for i, b := range p.BondsByDepth {
		if b != nil {
			c.BondsByDepth[i] = new(big.Int).Set(b)
		}
	}
	return c
}
