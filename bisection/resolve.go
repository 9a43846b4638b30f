package bisection

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ResolveClaim resolves claim idx, or advances its paginated resolution by at
// most maxChildren children (0 means all remaining children). It returns true
// when this call resolved the claim.
//
// Checks, in order (Go-only first): time not before Clock; the claim exists;
// it is not resolved; its counter window has closed (t − CreatedAt ≥
// claimTimeout); every child in this call's chunk is resolved. A failure
// changes nothing, not even the checkpoint.
//
// The children are processed in creation order from the checkpoint: an
// uncountered child whose position is smaller than the leftmost one seen so
// far (or the first uncountered child) becomes the leftmost. After the last
// child the claim resolves: it is countered iff some child is uncountered or a
// step countered it. Its payee, who ClaimCredit will pay its bond to, is the
// claimant of the leftmost uncountered child if there is one, otherwise the
// stepper if it was stepped, otherwise its own claimant. Resolving the root resolves the
// game: DEFENDER_WINS if the root stands, CHALLENGER_WINS otherwise, and for a
// sequencer claim that lost, SlashSigners with SlashRecipient.
func (g *Game) ResolveClaim(idx uint32, maxChildren uint32, t uint64) (bool, error) {
	if err := g.checkClock(t); err != nil {
		return false, err
	}
	c, err := g.claim(idx)
	if err != nil {
		return false, err
	}
	if c.Resolved {
		return false, fmt.Errorf("%w: claim %d", ErrAlreadyResolved, idx)
	}
	e, err := g.elapsed(idx, t)
	if err != nil {
		return false, err
	}
	if e < g.Params.ClaimTimeout {
		return false, fmt.Errorf("%w: claim %d created at %d, window %d, now %d", ErrWindowOpen, idx, c.CreatedAt, g.Params.ClaimTimeout, t)
	}
	n := uint64(len(c.Children))
	start := uint64(c.Checkpoint.NextChild)
	if start > n {
		return false, fmt.Errorf("%w: claim %d checkpoint %d beyond %d children", ErrMalformedGame, idx, start, n)
	}
	end := n
	if maxChildren != 0 && n-start > uint64(maxChildren) {
		end = start + uint64(maxChildren)
	}
	// Check the whole chunk before changing anything, as a revert would.
	for _, ch := range c.Children[start:end] {
		if ch <= idx || uint64(ch) >= uint64(len(g.Claims)) || g.Claims[ch].ParentIndex != idx {
			return false, fmt.Errorf("%w: claim %d lists child %d", ErrMalformedGame, idx, ch)
		}
		if !g.Claims[ch].Resolved {
			return false, fmt.Errorf("%w: claim %d, child %d", ErrChildUnresolved, idx, ch)
		}
	}
	cp := &c.Checkpoint
	for _, ch := range c.Children[start:end] {
		child := &g.Claims[ch]
		if !child.Countered && (cp.LeftmostPosition == 0 || child.Position < cp.LeftmostPosition) {
			cp.LeftmostPosition = child.Position
			cp.LeftmostIndex = ch
		}
	}
	cp.NextChild = uint32(end) // end ≤ len(Children) ≤ len(Claims) < 2^32
	g.Clock = t
	if end < n {
		return false, nil
	}

	recipient := c.Claimant
	switch {
	case cp.LeftmostPosition != 0:
		recipient = g.Claims[cp.LeftmostIndex].Claimant
		c.Countered = true
	case c.CounteredBy != (common.Address{}):
		recipient = c.CounteredBy
		c.Countered = true
	}
	c.Resolved = true
	c.Payee = recipient

	if idx == 0 {
		g.ResolvedAt = t
		if c.Countered {
			g.Status = StatusChallengerWins
			if g.SequencerClaim {
				g.SlashSigners = true
				g.SlashRecipient = recipient
			}
		} else {
			g.Status = StatusDefenderWins
		}
	}
	return true, nil
}

// ResolveAll resolves every unresolved claim at time t, children before
// parents, with at most maxChildren children per call (0: all), and so the
// game. Descending claim index is always a valid order, because a claim is
// appended after its parent. It fails (with the game partly resolved) if some
// claim's window is still open.
func (g *Game) ResolveAll(maxChildren uint32, t uint64) error {
	for i := len(g.Claims) - 1; i >= 0; i-- {
		for !g.Claims[i].Resolved {
			if _, err := g.ResolveClaim(uint32(i), maxChildren, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// ClaimCredit pays who the bonds of the listed claims once the game is
// resolved and returns the amount. Checks, in order: time not before Clock
// (Go-only); the game is resolved; the list is not empty; then per claim in
// list order: it exists, and its bond is owed to who (Claim.Owed; a claim
// listed twice is paid by its first entry, so the second fails). A failure
// pays nothing.
func (g *Game) ClaimCredit(who common.Address, claims []uint32, t uint64) (*big.Int, error) {
	if err := g.checkClock(t); err != nil {
		return nil, err
	}
	if g.Status == StatusInProgress {
		return nil, ErrGameInProgress
	}
	if len(claims) == 0 {
		return nil, fmt.Errorf("%w: %v, no claims listed", ErrNoCredit, who)
	}
	amount := new(big.Int)
	seen := make(map[uint32]bool, len(claims))
	for _, i := range claims {
		if uint64(i) >= uint64(len(g.Claims)) {
			return nil, fmt.Errorf("%w: %d", ErrNoSuchClaim, i)
		}
		if c := &g.Claims[i]; seen[i] || !c.Owed(who) {
			return nil, fmt.Errorf("%w: claim %d for %v", ErrNoCredit, i, who)
		}
		seen[i] = true
		amount.Add(amount, g.Claims[i].Bond)
	}
	for _, i := range claims {
		g.Claims[i].Paid = true
	}
	g.Clock = t
	return amount, nil
}

// CreditClaims returns the indices of the claims whose bonds are owed to
// who, in index order: the list ClaimCredit pays all of who's credit for.
func (g *Game) CreditClaims(who common.Address) []uint32 {
	var out []uint32
	for i := range g.Claims {
		if g.Claims[i].Owed(who) {
			out = append(out, uint32(i))
		}
	}
	return out
}

// Credit returns the sum of the bonds owed to who (zero if none).
func (g *Game) Credit(who common.Address) *big.Int {
	sum := new(big.Int)
	for i := range g.Claims {
		if g.Claims[i].Owed(who) {
			sum.Add(sum, g.Claims[i].Bond)
		}
	}
	return sum
}

// Credits returns every non-zero credit owed, by payee.
func (g *Game) Credits() map[common.Address]*big.Int {
	out := make(map[common.Address]*big.Int)
	for i := range g.Claims {
		c := &g.Claims[i]
		if !c.Owed(c.Payee) {
			continue
		}
		if out[c.Payee] == nil {
			out[c.Payee] = new(big.Int)
		}
		out[c.Payee].Add(out[c.Payee], c.Bond)
	}
	return out
}

// CheckAnchorUpdate reports whether the game's claim may replace the current
// anchor (batch currentAnchor) at time t: the game resolved DEFENDER_WINS, at
// least anchorAirgap seconds ago, and its batch is after the current anchor.
// The AnchorStateRegistry applies the same checks in this order.
func (g *Game) CheckAnchorUpdate(currentAnchor uint64, t uint64) error {
	if g.Status != StatusDefenderWins {
		return fmt.Errorf("%w: %v", ErrNotDefenderWin, g.Status)
	}
	if t < g.ResolvedAt {
		return fmt.Errorf("%w: %d < resolution at %d", ErrClockBackwards, t, g.ResolvedAt)
	}
	if t-g.ResolvedAt < g.Params.AnchorAirgap {
		return fmt.Errorf("%w: resolved at %d, airgap %d, now %d", ErrAirgap, g.ResolvedAt, g.Params.AnchorAirgap, t)
	}
	if g.Batch <= currentAnchor {
		return fmt.Errorf("%w: batch %d, anchor %d", ErrAnchorNotNewer, g.Batch, currentAnchor)
	}
	return nil
}
